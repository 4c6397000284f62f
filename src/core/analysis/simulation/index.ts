export { seededRandom, type RandomSource } from "./random";
export { triangular, triangularMean } from "./triangular";
export { percentileInPlace } from "./percentile";
export {
  DEFAULT_LINE_DISTRIBUTIONS,
  DEFAULT_SIMULATION_SETTINGS,
  SIMULATION_TOLERANCE,
  checkSimulationSettings,
  type LineDistributions,
  type SimulationSettings,
  type Triangular,
} from "./settings";
export { simulationModel, type SimulationModel } from "./simulationModel";
export {
  simulate,
  startSimulation,
  type OptionSimulation,
  type SimulationHooks,
  type SimulationOutcome,
  type SimulationResult,
  type SimulationRun,
} from "./simulate";
export { inputFromRequest, simulationRequest, type SimulationRequest } from "./request";
