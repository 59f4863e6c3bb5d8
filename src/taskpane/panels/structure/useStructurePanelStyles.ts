import { makeStyles, tokens } from "@fluentui/react-components";

export const useStructurePanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  /** The spinner and its 取消, kept together when the actions wrap. */
  busy: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  summary: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", columnGap: tokens.spacingHorizontalS },
  stat: {
    display: "flex",
    flexDirection: "column",
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  statValue: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero700 },
  table: { width: "100%", tableLayout: "auto" },
  recordTable: { width: "100%", tableLayout: "fixed" },
  rowCol: { width: "2.6em" },
  unitCol: { width: "40%" },
  rowButton: { minWidth: 0, paddingLeft: 0, paddingRight: 0, height: "auto", verticalAlign: "top" },
  top: { verticalAlign: "top" },
  /** A description keeps the line breaks typed in its cell. */
  lines: { whiteSpace: "pre-line" },
  stack: { display: "table-cell", verticalAlign: "top", overflowWrap: "anywhere", "& > span": { display: "block" } },
  mappingRow: {
    display: "grid",
    gridTemplateColumns: "2.5em minmax(0, 1fr) minmax(0, 9em)",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: "2px",
  },
  dropdown: { minWidth: 0, width: "100%" },
  nowrap: { whiteSpace: "nowrap" },
  secondary: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  label: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  muted: { color: tokens.colorNeutralForeground3 },
  summaryLine: { cursor: "pointer", "& > span + span": { marginLeft: tokens.spacingHorizontalS } },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  problem: { display: "flex", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  reasons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});
