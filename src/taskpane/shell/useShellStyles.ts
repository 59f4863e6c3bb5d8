import { makeStyles, tokens } from "@fluentui/react-components";

export const useShellStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "760px",
    margin: "0 auto",
    fontFamily: tokens.fontFamilyBase,
  },
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  logo: { width: "32px", height: "32px" },
  picker: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  preview: { overflowX: "auto", maxHeight: "260px", overflowY: "auto", border: `1px solid ${tokens.colorNeutralStroke2}` },
  previewTable: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    // Long texts (a merged title, a description) are cut, not allowed to push every other column away.
    "& td": {
      border: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: "2px 6px",
      whiteSpace: "nowrap",
      maxWidth: "16em",
      overflow: "hidden",
      textOverflow: "ellipsis",
    },
  },
  highlightRow: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  highlight: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    outline: `2px solid ${tokens.colorPaletteYellowBorderActive}`,
    outlineOffset: "-2px",
  },
  rowNo: { color: tokens.colorNeutralForeground3, textAlign: "right" },
  muted: { color: tokens.colorNeutralForeground3 },
});
