import { inputFromRequest, startSimulation, type SimulationOutcome, type SimulationRequest } from "../../core";

/** Iterations per slice: small enough that progress moves and a cancel is heard within a few milliseconds. */
export const SLICE = 500;

/**
 * Runs a simulation slice by slice, giving the event loop a turn between slices so that a cancel message
 * (or a click, in the page's own thread) is handled. The same loop runs in the worker and in tests.
 */
export async function runInSlices(
  request: SimulationRequest,
  iterations: number,
  onProgress: (done: number, total: number) => void,
  isCancelled: () => boolean,
): Promise<SimulationOutcome> {
  const run = startSimulation(inputFromRequest(request), { ...request.settings, iterations, progressEvery: SLICE });
  while (!run.finished) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (isCancelled()) return { status: "cancelled", iterationsDone: run.iterationsDone };
    run.step(SLICE);
    onProgress(run.iterationsDone, iterations);
  }
  return { status: "complete", result: run.result() };
}
