// The solver package's public door: what the app, the command line and the benchmarks may use.
// Each area keeps its own index (format/, validate/, explain/, moves/, generate/); this file
// gathers them so that a new caller needs one import and the internals (search/, constraints/)
// can change freely behind it.
export type * from "./model/format.ts";
export { SCHOOL_FORMAT, SCHEDULE_FORMAT } from "./model/format.ts";
export type { Model, PlanningM, TeamM } from "./model/model.ts";
export { resolveSchool } from "./model/resolve.ts";
export * from "./format/index.ts";
export { createErrorList, describe, type ErrorList } from "./format/errors.ts";
export { minutesOf } from "./format/check-calendar.ts";
export {
  validateSchedule,
  checkOccupancy,
  buildOccupancy,
  cell,
  type Occupancy,
  type RuleName,
  type Violation,
} from "./validate/index.ts";
export { precheck, type Finding } from "./explain/index.ts";
export {
  solve,
  solveWithStats,
  type SolveOptions,
  type SolveProgress,
  type SolveStats,
} from "./solve.ts";
export { generateSchool, type GenerateOptions, type SchoolKind } from "./generate/index.ts";
export * from "./moves/index.ts";
export { createRng, type Rng } from "./rng.ts";
