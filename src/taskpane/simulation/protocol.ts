import type { SimulationOutcome, SimulationRequest } from "../../core";

/** Messages to the simulation worker. */
export type ToWorker =
  | { readonly type: "start"; readonly request: SimulationRequest; readonly iterations: number }
  | { readonly type: "cancel" };

/** Messages from the simulation worker. */
export type FromWorker =
  | { readonly type: "progress"; readonly done: number; readonly total: number }
  | { readonly type: "finished"; readonly outcome: SimulationOutcome }
  | { readonly type: "failed"; readonly message: string };

/** A simulation under way: its outcome, and a way to stop it. */
export interface SimulationJob {
  readonly outcome: Promise<SimulationOutcome>;
  cancel(): void;
}

/** Runs simulations for the pane: in a Web Worker in Excel, in the page's own thread in component tests. */
export interface SimulationRunner {
  start(request: SimulationRequest, iterations: number, onProgress: (done: number, total: number) => void): SimulationJob;
}
