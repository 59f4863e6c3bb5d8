import { makeStyles, tokens } from "@fluentui/react-components";

export const useNoticesPanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  firstUse: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
  },
  unitList: { display: "flex", flexDirection: "column" },
  /** One unit per line: the checkbox with the name takes the width, its count sits at the end of the same line. */
  unitRow: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, minHeight: "32px" },
  unitCheck: { flexGrow: 1, minWidth: 0 },
  count: { marginLeft: "auto", flexShrink: 0 },
  grow: { flexGrow: 1, minWidth: 0 },
  /** Fluent's Dropdown brings a min-width wider than a 320 px pane's field. */
  dropdown: { minWidth: 0, width: "100%" },
  form: {
    display: "grid",
    gridTemplateColumns: "5.5em minmax(0, 1fr)",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  actions: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    flexWrap: "wrap",
    alignItems: "center",
  },
  preview: {
    width: "100%",
    overflow: "hidden",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  nowrap: { whiteSpace: "nowrap" },
  /** 级别 with its label, as tall as the 保存 button beside it. */
  level: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});
