import { useId } from "react";
import { Button, ProgressBar, Text } from "@fluentui/react-components";
import { DEFAULT_SIMULATION_SETTINGS, Decimal, formatPercent } from "../../../core";
import type { RobustnessReport } from "../../../excel/robustnessReport";
import { useSectionStyles, useTableStyles } from "../../styles";
import { SectionHeading } from "../Headings/Headings";
import type { SimulationState } from "./useSimulation";

export const SIMULATION_ITERATIONS = DEFAULT_SIMULATION_SETTINGS.iterations;

export interface RobustnessProps {
  readonly report: RobustnessReport;
  readonly simulation: SimulationState;
  /** A run, table creation or removal is under way. */
  readonly busy: boolean;
}

const count = (n: number) => n.toLocaleString("en-GB");
const percent = (ratio: number) => formatPercent(new Decimal(ratio), 0);

/**
 * How robust the ranking is (issue 4): the binding switching value and the risk-weighted leader at once;
 * the Monte Carlo simulation on request, in a worker, with progress and Cancel.
 */
export function Robustness({ report, simulation, busy }: RobustnessProps) {
  const section = useSectionStyles();
  const table = useTableStyles();
  const headingId = useId();
  const running = simulation.phase === "running";
  const riskFirst = report.riskWeightedRanks.filter((r) => r.rank === 1).map((r) => r.option);
  const simulated = report.simulation ?? (simulation.phase === "finished" ? simulation.result : undefined);
  return (
    <section className={section.section} aria-labelledby={headingId}>
      <SectionHeading id={headingId}>Robustness</SectionHeading>
      <Text>{switchingSentence(report)}</Text>
      {riskFirst.length > 0 && <Text>Weighted for the risk of each saving, {riskFirst.join(" and ")} {riskFirst.length === 1 ? "ranks" : "rank"} first.</Text>}
      <div className={section.row}>
        <Button disabled={running || busy} onClick={() => simulation.start(report.request, SIMULATION_ITERATIONS)}>
          Run simulation ({count(SIMULATION_ITERATIONS)} draws)
        </Button>
        {running && <Button onClick={simulation.cancel}>Cancel</Button>}
      </div>
      <div role="status" aria-live="polite">
        {running && (
          <>
            <ProgressBar value={simulation.total > 0 ? simulation.done / simulation.total : 0} aria-label="Simulation progress" />
            <Text size={200}>Simulated {count(simulation.done)} of {count(simulation.total)}…</Text>
          </>
        )}
        {simulation.phase === "cancelled" && <Text>Simulation cancelled after {count(simulation.done)} draws; nothing was written.</Text>}
        {simulation.phase === "failed" && <Text>The simulation failed: {simulation.failure}</Text>}
        {report.clause && <Text>{report.clause} Written to the Risk &amp; Sensitivity sheet.</Text>}
      </div>
      {simulated && (
        <table className={table.table}>
          <caption className={table.caption}>Simulated: probability of ranking first</caption>
          <thead>
            <tr>
              <th scope="col" className={table.headerCell}>Option</th>
              <th scope="col" className={`${table.headerCell} ${table.number}`}>Ranks first</th>
              <th scope="col" className={`${table.headerCell} ${table.number}`}>Meets target</th>
            </tr>
          </thead>
          <tbody>
            {[...simulated.options].sort((a, b) => b.probabilityFirst - a.probabilityFirst).map((option) => (
              <tr key={option.option}>
                <th scope="row" className={table.rowHeader}>{option.option}</th>
                <td className={`${table.cell} ${table.number}`}>{percent(option.probabilityFirst)}</td>
                <td className={`${table.cell} ${table.number}`}>{percent(option.probabilityMeetsTarget)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function switchingSentence(report: RobustnessReport): string {
  if (!report.leader) return "No single option leads, so there is no switching value.";
  const { binding } = report;
  if (!binding) return `${report.leader} leads; no other option could take its place by confidence alone.`;
  if (!binding.withinReach) return `${report.leader} leads; no fall in its confidence alone would cost it first place.`;
  return `${report.leader} would lose first place to ${binding.against} if its confidence fell below ${formatPercent(new Decimal(binding.leaderConfidenceAtParity), 2)} (its switching value).`;
}
