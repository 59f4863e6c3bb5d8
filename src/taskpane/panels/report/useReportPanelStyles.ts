import { makeStyles, tokens } from "@fluentui/react-components";

export const useReportPanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, flexWrap: "wrap", alignItems: "end" },
  stats: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: tokens.spacingHorizontalS },
  stat: {
    display: "flex",
    flexDirection: "column",
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  statValue: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  chart: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  chartHead: { display: "flex", justifyContent: "space-between", alignItems: "center" },
  text: { width: "100%" },
  muted: { color: tokens.colorNeutralForeground3 },
});
