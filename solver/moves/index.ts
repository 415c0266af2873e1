// The grid's move rules: the only door the app uses. Pure functions over the validator's
// occupancy index and rules, so that the grid and the validator never disagree.
export type {
  LunchEdit,
  MeetingMove,
  MeetingPlace,
  Move,
  MovePlan,
  MoveVerdict,
  Place,
  PlanningMove,
  Reason,
  ReasonKind,
} from "./types.ts";
export {
  checkMove,
  checkRules,
  moveScope,
  MOVE_RULES,
  subtract,
  type BeforeCache,
} from "./check.ts";
export { planMove, pickRoom } from "./plan.ts";
export { repickLunches, undoLunches } from "./lunch.ts";
export { applyMoveToSchedule } from "./apply.ts";
export { moveLabel } from "./label.ts";
export { reasonFor, reasonsFor } from "./reasons.ts";
