import { FluentProvider, Text, Title3, webLightTheme } from "@fluentui/react-components";
import { OfficeShell } from "./shell/OfficeShell";
import { StandaloneShell } from "./shell/StandaloneShell";
import { useShellStyles } from "./shell/useShellStyles";

export function App({ mode }: { mode: "office" | "standalone" }) {
  const classes = useShellStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={classes.page}>
        <header className={classes.header}>
          <img className={classes.logo} src="assets/icon-32.png" alt="" />
          <div>
            <Title3 as="h1" block>
              创卫台账助手
            </Title3>
            <Text size={200} block className={classes.muted}>
              {mode === "office" ? "当前工作簿" : "独立网页版 · 不需要安装 Excel"}
            </Text>
          </div>
        </header>
        {mode === "office" ? <OfficeShell /> : <StandaloneShell />}
      </main>
    </FluentProvider>
  );
}
