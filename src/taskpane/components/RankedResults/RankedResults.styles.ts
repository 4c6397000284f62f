import { makeStyles, tokens } from "@fluentui/react-components";

export const useRankedResultsStyles = makeStyles({
  rankColumn: { width: "3em" },
  moneyColumn: { width: "7.5em" },
  percentColumn: { width: "4.5em" },
  badge: {
    display: "flex",
    width: "fit-content",
    marginTop: tokens.spacingVerticalXXS,
  },
  reason: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground3,
  },
  headline: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  sentence: {
    margin: 0,
  },
});
