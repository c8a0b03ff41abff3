import { makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";

/**
 * The pane's layout. A task pane can be 320 px wide: nothing may be wider than the pane
 * (min-width 0 lets drop-downs and fields shrink; long names and texts wrap anywhere).
 */
/** The page itself: no margin around the pane (no inline styles either: the pages' CSP allows none in markup). */
export const usePageStyles = makeStaticStyles({ body: { margin: 0 } });

export const useStyles = makeStyles({
  main: {
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    padding: "12px",
    boxSizing: "border-box",
    maxWidth: "100%",
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  header: { display: "flex", flexWrap: "wrap", alignItems: "baseline", justifyContent: "space-between", columnGap: "8px", rowGap: "4px" },
  title: { margin: 0 },
  headerTools: { display: "flex", alignItems: "center", gap: "8px", flexWrap: "wrap" },
  tabs: { flexWrap: "wrap", rowGap: "2px" },
  panel: { display: "flex", flexDirection: "column", gap: "10px", minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: "6px", minWidth: 0 },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  shrink: { minWidth: 0, maxWidth: "100%" },
  muted: { color: tokens.colorNeutralForeground3 },
  wrapText: { overflowWrap: "anywhere", whiteSpace: "normal" },
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
  buttonRow: { display: "flex", gap: "8px", flexWrap: "wrap" },
  hiddenInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  items: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    display: "grid",
    gridTemplateColumns: "2.5em minmax(0, 1fr)",
    columnGap: "6px",
    padding: "6px 0",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  code: { fontWeight: tokens.fontWeightSemibold },
  fileList: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "6px" },
  file: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: "6px",
    rowGap: "2px",
    alignItems: "start",
    paddingBottom: "4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  fileStatus: { gridColumn: "1 / -1" },
  statusError: { color: tokens.colorPaletteRedForeground1 },
  statusWarning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  mappingHeader: { overflowWrap: "anywhere", whiteSpace: "normal", textAlign: "start" },
  mappingFields: { display: "flex", flexDirection: "column", gap: "6px", paddingBottom: "8px" },
  problemList: { margin: "4px 0", paddingLeft: "16px" },
  notes: { margin: 0, paddingLeft: "16px", display: "flex", flexDirection: "column", gap: "2px" },
  problem: { marginBottom: "6px" },
  problemText: { margin: 0, color: tokens.colorNeutralForeground2 },
  /** The early warnings under the summary's button: set off by a warning-coloured rule on the left. */
  warnings: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    minWidth: 0,
    paddingLeft: "8px",
    borderLeft: `3px solid ${tokens.colorStatusWarningBorder2}`,
  },
  subTitle: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  warningList: {
    margin: 0,
    paddingLeft: "16px",
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});
