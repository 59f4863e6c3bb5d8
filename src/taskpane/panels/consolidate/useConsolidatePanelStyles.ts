import { makeStyles, tokens } from "@fluentui/react-components";

export const useConsolidatePanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  units: {
    display: "flex",
    flexDirection: "column",
    maxHeight: "160px",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    paddingInline: tokens.spacingHorizontalXS,
  },
  drop: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalM,
    textAlign: "center",
    color: tokens.colorNeutralForeground3,
  },
  dropActive: { border: `1px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  list: { display: "flex", flexDirection: "column", rowGap: "2px", margin: 0, padding: 0, listStyle: "none" },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: "2px",
  },
  name: { overflowWrap: "anywhere" },
  detail: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  conflict: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  stats: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground3 },
});
