/// <reference lib="webworker" />
/**
 * The Monte Carlo simulation's Web Worker: the pane stays responsive while 10,000 draws run, with progress
 * after every slice and a cancel that is heard between slices.
 */
import { runInSlices } from "./runInSlices";
import type { FromWorker, ToWorker } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
let cancelled = false;

function post(message: FromWorker): void {
  scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === "cancel") {
    cancelled = true;
    return;
  }
  cancelled = false;
  runInSlices(message.request, message.iterations, (done, total) => post({ type: "progress", done, total }), () => cancelled)
    .then((outcome) => post({ type: "finished", outcome }))
    .catch((error: unknown) => post({ type: "failed", message: error instanceof Error ? error.message : String(error) }));
};
