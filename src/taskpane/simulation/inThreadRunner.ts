import { runInSlices } from "./runInSlices";
import type { SimulationRunner } from "./protocol";

/** The simulation in the page's own thread: for component tests, and where a Web Worker cannot start. */
export const inThreadRunner: SimulationRunner = {
  start(request, iterations, onProgress) {
    let cancelled = false;
    return {
      outcome: runInSlices(request, iterations, onProgress, () => cancelled),
      cancel: () => {
        cancelled = true;
      },
    };
  },
};
