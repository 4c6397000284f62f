import { useCallback, useEffect, useId, useMemo, useRef } from "react";
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, webLightTheme } from "@fluentui/react-components";
import { formatPlace, type Issue, type Place } from "../../../core";
import type { AddinHost } from "../../../excel/addinHost";
import { environmentProblem, type PaneEnvironment } from "../../startup/environment";
import { useSectionStyles } from "../../styles";
import { listWithOr } from "../../words";
import { AutoUpdate } from "../AutoUpdate/AutoUpdate";
import { DEFAULT_DEBOUNCE_MS, useAutoUpdate } from "../AutoUpdate/useAutoUpdate";
import { useHeldWhile } from "../AutoUpdate/useHeldWhile";
import { InputTablesStatus, missingRequiredTables } from "../InputTablesStatus/InputTablesStatus";
import { useCreateInputTables } from "../InputTablesStatus/useCreateInputTables";
import { IssuesList } from "../IssuesList/IssuesList";
import { RankedResults } from "../RankedResults/RankedResults";
import { RemoveOutputs } from "../RemoveOutputs/RemoveOutputs";
import { RibbonRunNotice } from "../RibbonRunNotice/RibbonRunNotice";
import { useRibbonRun } from "../RibbonRunNotice/useRibbonRun";
import { useRemoveOutputs } from "../RemoveOutputs/useRemoveOutputs";
import { RunAppraisal } from "../RunAppraisal/RunAppraisal";
import { useRunAppraisal } from "../RunAppraisal/useRunAppraisal";
import { StartupMessageBody } from "../StartupMessage/StartupMessage";
import { WorkbookNotices } from "../WorkbookNotices/WorkbookNotices";
import { usePaneStyles } from "./App.styles";
import { useWorkbookStatus } from "./useWorkbookStatus";
import { PaneTitle, SectionHeading } from "../Headings/Headings";
import { Robustness } from "../Robustness/Robustness";
import { useSimulation } from "../Robustness/useSimulation";
import { inThreadRunner } from "../../simulation/inThreadRunner";
import type { SimulationRunner } from "../../simulation/protocol";
import type { RunOptions, StampedSimulation } from "../../../workbook";

export interface AppProps {
  readonly host: AddinHost;
  /** Where the pane runs; when it is not Excel, or Excel lacks the API set, the pane says so and does nothing else. */
  readonly environment?: PaneEnvironment;
  /** How long Update automatically waits after the last change before it runs (tests shorten it). */
  readonly debounceMs?: number;
  /** Where Monte Carlo runs: a Web Worker in Excel (index.tsx); the page's thread by default (tests). */
  readonly simulationRunner?: SimulationRunner;
}

/** The task pane. */
export function App({ host, environment, debounceMs = DEFAULT_DEBOUNCE_MS, simulationRunner = inThreadRunner }: AppProps) {
  const problem = environmentProblem(environment);
  return (
    <FluentProvider theme={webLightTheme}>
      {problem ? <StartupMessageBody problem={problem} /> : <Pane host={host} debounceMs={debounceMs} runner={simulationRunner} />}
    </FluentProvider>
  );
}

function Pane({ host, debounceMs, runner }: { host: AddinHost; debounceMs: number; runner: SimulationRunner }) {
  const styles = usePaneStyles();
  const section = useSectionStyles();
  const appraisalHeadingId = useId();
  const outputsHeadingId = useId();
  const { status, failure: statusFailure, refresh } = useWorkbookStatus(host);
  const creation = useCreateInputTables(host, refresh);
  const ribbonRun = useRibbonRun(host);
  const { dismiss: dismissRibbonRun } = ribbonRun;
  // The latest simulation goes with every run; the workbook layer writes it only while the inputs match.
  const simulationRef = useRef<StampedSimulation | null>(null);
  const runOptions = useCallback((): RunOptions => ({ simulation: simulationRef.current }), []);
  const runState = useRunAppraisal(host, refresh, runOptions);
  const rerun = runState.run;
  const simulation = useSimulation(
    runner,
    useCallback(
      (stamped: StampedSimulation) => {
        simulationRef.current = stamped;
        void rerun();
      },
      [rerun],
    ),
  );
  const lastIssues = runState.report?.issues;
  useEffect(() => {
    if (lastIssues?.some((issue) => issue.code === "SIMULATION_OUT_OF_DATE")) simulationRef.current = null;
  }, [lastIssues]);
  // A run from the pane supersedes whatever the ribbon's last run left.
  const paneRunReport = runState.report;
  useEffect(() => {
    if (paneRunReport) dismissRibbonRun();
  }, [paneRunReport, dismissRibbonRun]);
  const { clearResults } = runState;
  const onRemoved = useCallback(() => {
    clearResults();
    refresh();
  }, [clearResults, refresh]);
  const removal = useRemoveOutputs(host, onRemoved);
  const autoRun = runState.run;
  const changingWorkbook = creation.creating !== undefined || removal.removing;
  const autoRunWhenFree = useHeldWhile(useCallback(() => void autoRun(), [autoRun]), changingWorkbook);
  const autoUpdate = useAutoUpdate(host, autoRunWhenFree, debounceMs);
  const goTo = useCallback(
    (place: Place) => {
      host.goTo(place).catch(() => undefined);
    },
    [host],
  );

  const issues = useMemo(
    () => mergeIssues(status?.issues ?? [], runState.report?.issues ?? [], ribbonRun.outcome?.issues ?? []),
    [status, runState.report, ribbonRun.outcome],
  );
  const busy = runState.running || creation.creating !== undefined || removal.removing || simulation.phase === "running";
  const missing = status ? missingRequiredTables(status.tables) : [];
  const blockedBecause = !status
    ? "Reading the workbook…"
    : missing.length > 0
      ? `Create the input tables first: the workbook has no ${listWithOr(missing)} ${missing.length === 1 ? "table" : "tables"}.`
      : undefined;

  return (
    <main className={styles.pane}>
      <PaneTitle />
      {statusFailure && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>The workbook could not be read</MessageBarTitle>
            {statusFailure}
          </MessageBarBody>
        </MessageBar>
      )}
      {!status && !statusFailure && <Spinner size="small" label="Reading the workbook…" />}
      <RibbonRunNotice state={ribbonRun} />
      {status && <WorkbookNotices status={status} />}
      {status && <InputTablesStatus tables={status.tables} creation={creation} busy={busy} onGoTo={goTo} />}
      <section className={section.section} aria-labelledby={appraisalHeadingId}>
        <SectionHeading id={appraisalHeadingId}>Appraisal</SectionHeading>
        <RunAppraisal state={runState} blockedBecause={blockedBecause} busy={creation.creating !== undefined || removal.removing} />
        <AutoUpdate state={autoUpdate} />
        <Text size={200} className={section.note}>
          Running the appraisal, creating input tables and removing outputs change the workbook, and Excel clears its
          undo history when an add-in does: Undo (Ctrl+Z) cannot take them back.
        </Text>
      </section>
      {runState.results && (
        <RankedResults appraisal={runState.results.appraisal} headline={runState.results.headline} currency={runState.results.currency} />
      )}
      {runState.results?.robustness && (
        <Robustness report={runState.results.robustness} simulation={simulation} busy={runState.running || creation.creating !== undefined || removal.removing} />
      )}
      <IssuesList issues={issues} title="Problems" onGoTo={goTo} />
      {status && (status.outputsPresent || removal.removed || removal.failure) && (
        <section className={section.section} aria-labelledby={outputsHeadingId}>
          <SectionHeading id={outputsHeadingId}>Output sheets</SectionHeading>
          <RemoveOutputs state={removal} outputsPresent={status.outputsPresent} busy={busy} />
        </section>
      )}
    </main>
  );
}

/** The workbook's issues, the last run's and the ribbon run's, each once. */
function mergeIssues(...lists: readonly (readonly Issue[])[]): Issue[] {
  const seen = new Set<string>();
  const merged: Issue[] = [];
  for (const issue of lists.flat()) {
    const key = `${issue.code}\u0000${issue.message}\u0000${formatPlace(issue.place)}`;
    if (!seen.has(key)) {
      seen.add(key);
      merged.push(issue);
    }
  }
  return merged;
}
