import { makeStyles } from "@fluentui/react-components";

/** Column widths that fit a 320 px pane; the table's name takes the rest. */
export const useInputTablesStyles = makeStyles({
  sheetColumn: { width: "4.8em" },
  rowsColumn: { width: "3.5em" },
  problemsColumn: { width: "6em" },
});
