import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useMemo } from "react";
import { OfficeHost, officeApi } from "../../hosts/office/officeHost";
import { withSimplifier } from "../lazy/withSimplifier";
import { Panels } from "./Panels";
import { officeNoticeOutputs, officeReportOutputs } from "./officeNoticeOutputs";
import { errorText } from "../panels/errorText";
import { ErrorText } from "../panels/ErrorText";

/** Inside Excel: the panels over the open workbook. */
export function OfficeShell() {
  const created = useMemo(() => {
    try {
      return { host: withSimplifier(new OfficeHost(officeApi())), error: null };
    } catch (e) {
      return { host: null, error: errorText(e) };
    }
  }, []);
  if (!created.host)
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <ErrorText text={created.error ?? ""} />
        </MessageBarBody>
      </MessageBar>
    );
  return <Panels host={created.host} outputs={{ notices: officeNoticeOutputs(created.host), report: officeReportOutputs(created.host) }} />;
}
