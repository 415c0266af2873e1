// The validator: the one source of truth on whether a schedule honours every rule of
// shared/spec/school-format.md. It shares no code with the search, so a solver bug cannot hide
// behind the check that is meant to catch it.
import type { Schedule } from "../model/format.ts";
import type { Model } from "../model/model.ts";
import { CONSTRAINTS } from "../constraints/index.ts";
import { buildOccupancy } from "./build.ts";
import type { Occupancy } from "./occupancy.ts";
import type { CheckScope } from "./scope.ts";
import type { Violation } from "./violation.ts";

export type { RuleName, Violation } from "./violation.ts";
export type { Occupancy } from "./occupancy.ts";
export type { CheckScope } from "./scope.ts";
export { buildOccupancy } from "./build.ts";
export {
  cell,
  addLunch,
  addMeeting,
  addPlanning,
  moveLunch,
  moveMeeting,
  movePlanning,
  removeLunch,
  removeMeeting,
  removePlanning,
  restoreLunch,
  undoAddLunch,
} from "./occupancy.ts";
export { CONSTRAINTS, constraintFor, type Constraint } from "../constraints/index.ts";

/** Every violation of the schedule, rule by rule in CONSTRAINTS order; empty when it is valid. */
export function validateSchedule(model: Model, schedule: Schedule): Violation[] {
  return checkOccupancy(buildOccupancy(model, schedule));
}

/**
 * Runs every rule over an index that may have been edited since it was built (the grid moves a
 * meeting with moveMeeting and asks again). An infeasible answer claims no timetable, so only the
 * rules about the document itself apply to it. With a scope, the timetable rules look only at
 * what it names (validate/scope.ts) and the document rules, which no move changes, are skipped.
 */
export function checkOccupancy(occ: Occupancy, scope?: CheckScope): Violation[] {
  const timetable = occ.schedule.status !== "infeasible";
  const out: Violation[] = [];
  for (const constraint of CONSTRAINTS) {
    if (constraint.scope === "document" ? scope === undefined : timetable) {
      out.push(...constraint.check(occ, scope));
    }
  }
  return out;
}
