import { useCallback, useEffect, useRef, useState } from "react";
import type { Appraisal } from "../../../core";
import type { AddinHost, RunReport, RunStep } from "../../../excel/addinHost";
import type { RobustnessReport } from "../../../excel/robustnessReport";
import type { RunOptions } from "../../../workbook";
import { failureText } from "../../words";

export interface AppraisalResults {
  readonly appraisal: Appraisal;
  readonly headline: readonly string[];
  /** ISO code of the workbook's currency, when the host reports it. */
  readonly currency?: string;
  /** Issue 4's figures, and the request the simulation needs, when the host reports them. */
  readonly robustness?: RobustnessReport;
}

export interface RunAppraisalState {
  readonly running: boolean;
  /** The step the run under way has reached. */
  readonly step?: RunStep;
  /** The last run's report (also when it stopped on errors). */
  readonly report?: RunReport;
  /** The results of the last run that wrote them: a run that stops on errors writes nothing. */
  readonly results?: AppraisalResults;
  /** An unexpected failure (the host's promise rejected). */
  readonly failure?: string;
  /**
   * Runs the appraisal. Runs never overlap: asked while a run is under way, it runs once more after it
   * (however many times it was asked meanwhile).
   */
  readonly run: () => Promise<void>;
  /** Forgets the results (after the output sheets were removed). */
  readonly clearResults: () => void;
}

/** `runOptions` is read at the start of every run (the pane's latest simulation goes with it). */
export function useRunAppraisal(host: AddinHost, onFinished: () => void, runOptions: () => RunOptions = () => ({})): RunAppraisalState {
  const [running, setRunning] = useState(false);
  const [step, setStep] = useState<RunStep>();
  const [report, setReport] = useState<RunReport>();
  const [results, setResults] = useState<AppraisalResults>();
  const [failure, setFailure] = useState<string>();
  const runningRef = useRef(false);
  const againRef = useRef(false);
  const onFinishedRef = useRef(onFinished);
  const optionsRef = useRef(runOptions);
  useEffect(() => {
    onFinishedRef.current = onFinished;
    optionsRef.current = runOptions;
  }, [onFinished, runOptions]);

  const run = useCallback(async () => {
    if (runningRef.current) {
      againRef.current = true;
      return;
    }
    runningRef.current = true;
    setRunning(true);
    try {
      do {
        againRef.current = false;
        setStep(undefined);
        setFailure(undefined);
        try {
          const done = await host.run((next) => setStep(next), optionsRef.current());
          setReport(done);
          if (done.ok && done.appraisal) {
            setResults({ appraisal: done.appraisal, headline: done.headline ?? [], ...(done.currency ? { currency: done.currency } : {}), ...(done.robustness ? { robustness: done.robustness } : {}) });
          }
        } catch (error) {
          setReport(undefined);
          setFailure(failureText(error));
        }
        onFinishedRef.current();
      } while (againRef.current);
    } finally {
      runningRef.current = false;
      setRunning(false);
      setStep(undefined);
    }
  }, [host]);

  const clearResults = useCallback(() => {
    setResults(undefined);
    setReport(undefined);
  }, []);

  return { running, step, report, results, failure, run, clearResults };
}
