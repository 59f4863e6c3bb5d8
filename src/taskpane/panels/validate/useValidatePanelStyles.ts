import { makeStyles, tokens } from "@fluentui/react-components";

export const useValidatePanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    flexWrap: "wrap",
    alignItems: "center",
  },
  counts: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  /** The 截至 date beside its label, as tall as the buttons around it (Field's horizontal grid let it run into 清除标记). */
  asOf: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  /** One grid for a rule's problems: every cell reference takes the same column, so the messages start in line. */
  group: { display: "grid", gridTemplateColumns: "auto minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalS, rowGap: "2px" },
  groupTitle: {
    gridColumn: "1 / -1",
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
  },
  item: {
    gridColumn: "1 / -1",
    display: "grid",
    gridTemplateColumns: "subgrid",
    alignItems: "center",
    paddingBlock: "2px",
    "& > :first-child": { justifySelf: "start" },
  },
  more: { gridColumn: "1 / -1", color: tokens.colorNeutralForeground3 },
  message: { overflowWrap: "anywhere" },
  itemActions: { display: "flex", columnGap: "2px" },
  muted: { color: tokens.colorNeutralForeground3 },
  scores: { width: "100%" },
});
