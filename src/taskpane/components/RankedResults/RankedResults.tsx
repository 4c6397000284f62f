import { useId } from "react";
import { Badge, Text } from "@fluentui/react-components";
import { formatMoney, formatPercent, type Appraisal } from "../../../core";
import { useSectionStyles, useTableStyles } from "../../styles";
import { useRankedResultsStyles } from "./RankedResults.styles";
import { SectionHeading } from "../Headings/Headings";

export interface RankedResultsProps {
  readonly appraisal: Appraisal;
  /** The Summary sheet's headline, sentence by sentence. */
  readonly headline: readonly string[];
  /** ISO code of the workbook's currency; GBP unless the Assumptions say otherwise. */
  readonly currency?: string;
}

/**
 * The options by rank, as the command line prints them but narrowed for a 320 px pane: rank, option
 * (with its shortlist decision under the name), total benefit and % of the savings target; then the headline.
 */
export function RankedResults({ appraisal, headline, currency = "GBP" }: RankedResultsProps) {
  const section = useSectionStyles();
  const table = useTableStyles();
  const styles = useRankedResultsStyles();
  const headingId = useId();
  return (
    <section className={section.section} aria-labelledby={headingId}>
      <SectionHeading id={headingId}>Ranked results</SectionHeading>
      <table className={table.table}>
        <caption className={section.visuallyHidden}>
          Options by rank: total benefit and percentage of the savings target
          {appraisal.hasShortlist ? ", with the shortlist" : ""}
        </caption>
        <colgroup>
          <col className={styles.rankColumn} />
          <col />
          <col className={styles.moneyColumn} />
          <col className={styles.percentColumn} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={table.headerCell}>
              Rank
            </th>
            <th scope="col" className={table.headerCell}>
              Option
            </th>
            <th scope="col" className={`${table.headerCell} ${table.number}`}>
              Total benefit
            </th>
            <th scope="col" className={`${table.headerCell} ${table.number}`}>
              % of target
            </th>
          </tr>
        </thead>
        <tbody>
          {appraisal.ranked.map((result) => (
            <tr key={result.option}>
              <td className={`${table.cell} ${table.number}`}>{result.rank}</td>
              <th scope="row" className={table.rowHeader}>
                <span>{result.option}</span>
                {result.shortlist?.shortlisted && (
                  <Badge appearance="tint" color="success" shape="rounded" size="small" className={styles.badge}>
                    Shortlisted
                  </Badge>
                )}
                {result.shortlist && !result.shortlist.shortlisted && (
                  <Text size={100} className={styles.reason}>
                    Not shortlisted: {result.shortlist.reason}
                  </Text>
                )}
              </th>
              <td className={`${table.cell} ${table.number}`}>{formatMoney(result.totalBenefit, currency)}</td>
              <td className={`${table.cell} ${table.number}`}>{formatPercent(result.percentOfTarget)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.headline}>
        {headline.map((sentence) => (
          <Text as="p" key={sentence} className={styles.sentence}>
            {sentence}
          </Text>
        ))}
      </div>
    </section>
  );
}
