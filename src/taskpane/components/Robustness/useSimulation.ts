import { useCallback, useEffect, useRef, useState } from "react";
import type { SimulationRequest, SimulationResult } from "../../../core";
import type { StampedSimulation } from "../../../workbook";
import { failureText } from "../../words";
import type { SimulationJob, SimulationRunner } from "../../simulation/protocol";

export type SimulationPhase = "idle" | "running" | "cancelled" | "finished" | "failed";

export interface SimulationState {
  readonly phase: SimulationPhase;
  readonly done: number;
  readonly total: number;
  readonly result?: SimulationResult;
  readonly failure?: string;
  /** Runs `iterations` draws of the inputs the request describes; a finished run is handed to `onFinished`. */
  readonly start: (request: SimulationRequest, iterations: number) => void;
  readonly cancel: () => void;
}

/** One simulation at a time, with its progress; the finished result is stamped with the inputs' fingerprint. */
export function useSimulation(runner: SimulationRunner, onFinished: (simulation: StampedSimulation) => void): SimulationState {
  const [phase, setPhase] = useState<SimulationPhase>("idle");
  const [done, setDone] = useState(0);
  const [total, setTotal] = useState(0);
  const [result, setResult] = useState<SimulationResult>();
  const [failure, setFailure] = useState<string>();
  const job = useRef<SimulationJob | undefined>(undefined);
  const onFinishedRef = useRef(onFinished);
  useEffect(() => {
    onFinishedRef.current = onFinished;
  }, [onFinished]);
  // A pane closed mid-run stops its worker.
  useEffect(() => () => job.current?.cancel(), []);

  const start = useCallback(
    (request: SimulationRequest, iterations: number) => {
      if (job.current) return;
      setPhase("running");
      setDone(0);
      setTotal(iterations);
      setFailure(undefined);
      const started = runner.start(request, iterations, (n, of) => {
        setDone(n);
        setTotal(of);
      });
      job.current = started;
      started.outcome
        .then((outcome) => {
          if (outcome.status === "cancelled") {
            setDone(outcome.iterationsDone);
            setPhase("cancelled");
            return;
          }
          setResult(outcome.result);
          setPhase("finished");
          onFinishedRef.current({ fingerprint: request.fingerprint, result: outcome.result });
        })
        .catch((error: unknown) => {
          setFailure(failureText(error));
          setPhase("failed");
        })
        .finally(() => {
          job.current = undefined;
        });
    },
    [runner],
  );

  const cancel = useCallback(() => job.current?.cancel(), []);
  return { phase, done, total, ...(result ? { result } : {}), ...(failure ? { failure } : {}), start, cancel };
}
