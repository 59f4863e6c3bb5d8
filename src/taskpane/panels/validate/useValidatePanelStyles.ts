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
  group: { display: "flex", flexDirection: "column", rowGap: "2px" },
  groupTitle: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  item: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr) auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: "2px",
  },
  message: { overflowWrap: "anywhere" },
  itemActions: { display: "flex", columnGap: "2px" },
  muted: { color: tokens.colorNeutralForeground3 },
  scores: { width: "100%" },
});
