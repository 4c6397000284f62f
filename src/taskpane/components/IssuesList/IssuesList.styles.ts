import { makeStyles, tokens } from "@fluentui/react-components";

export const useIssuesListStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  message: {
    margin: 0,
    overflowWrap: "anywhere",
  },
  goTo: {
    paddingLeft: 0,
    minWidth: 0,
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
  },
});
