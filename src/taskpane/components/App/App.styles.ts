import { makeStyles, tokens } from "@fluentui/react-components";

export const usePaneStyles = makeStyles({
  pane: {
    boxSizing: "border-box",
    maxWidth: "100%",
    minWidth: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    overflowWrap: "anywhere",
  },
  title: {
    margin: 0,
  },
});
