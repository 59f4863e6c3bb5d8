import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useMemo } from "react";
import { OfficeHost, officeApi } from "../../hosts/office/officeHost";
import { Panels } from "./Panels";
import { officeNoticeOutputs, officeReportOutputs } from "./officeNoticeOutputs";

/** Inside Excel: the panels over the open workbook. */
export function OfficeShell() {
  const created = useMemo(() => {
    try {
      return { host: new OfficeHost(officeApi()), error: null };
    } catch (e) {
      return { host: null, error: e instanceof Error ? e.message : String(e) };
    }
  }, []);
  if (!created.host)
    return (
      <MessageBar intent="error">
        <MessageBarBody>{created.error}</MessageBarBody>
      </MessageBar>
    );
  return <Panels host={created.host} outputs={{ notices: officeNoticeOutputs(created.host), report: officeReportOutputs(created.host) }} />;
}
