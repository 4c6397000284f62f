import { inThreadRunner } from "./inThreadRunner";
import type { FromWorker, SimulationRunner, ToWorker } from "./protocol";

/**
 * The simulation in a Web Worker, one worker per run (ended when the run ends). webpack bundles the worker
 * from this `new URL(...)`; where a worker cannot start, the simulation runs in the page's thread instead.
 */
export const workerRunner: SimulationRunner = {
  start(request, iterations, onProgress) {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./simulation.worker.ts", import.meta.url));
    } catch {
      return inThreadRunner.start(request, iterations, onProgress);
    }
    const send = (message: ToWorker) => worker.postMessage(message);
    const outcome = new Promise<import("../../core").SimulationOutcome>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (message.type === "progress") onProgress(message.done, message.total);
        else {
          worker.terminate();
          if (message.type === "finished") resolve(message.outcome);
          else reject(new Error(message.message));
        }
      };
      worker.onerror = (event) => {
        worker.terminate();
        reject(new Error(event.message || "The simulation's worker stopped."));
      };
    });
    send({ type: "start", request, iterations });
    return { outcome, cancel: () => send({ type: "cancel" }) };
  },
};
