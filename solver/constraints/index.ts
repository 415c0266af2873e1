// Every rule of the spec, one constraint each, in the order a scheduler reads them: the document,
// then each meeting, then people and rooms, then workload, the planning guarantee and lunch.
// All are hard rules: a solved schedule breaks none of them.
import type { RuleName } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { dayNotAllowed } from "./day-not-allowed.ts";
import { fixedRoomNotUsed } from "./fixed-room-not-used.ts";
import { fullDayHole } from "./full-day-hole.ts";
import { groupClash } from "./group-clash.ts";
import { lunchBusy } from "./lunch-busy.ts";
import { lunchDuplicate } from "./lunch-duplicate.ts";
import { lunchMissing } from "./lunch-missing.ts";
import { lunchNotNeeded } from "./lunch-not-needed.ts";
import { lunchOutsideWindow } from "./lunch-outside-window.ts";
import { maxPlanningPerCycle } from "./max-planning-per-cycle.ts";
import { maxTeachingPerDay } from "./max-teaching-per-day.ts";
import { meetingCount } from "./meeting-count.ts";
import { meetingPastDayEnd } from "./meeting-past-day-end.ts";
import { minFreePerCycle } from "./min-free-per-cycle.ts";
import { minFreePerDay } from "./min-free-per-day.ts";
import { periodNotAllowed } from "./period-not-allowed.ts";
import { pinMoved } from "./pin-moved.ts";
import { planningCount } from "./planning-count.ts";
import { planningMaxPerDay } from "./planning-max-per-day.ts";
import { planningPeriodNotAllowed } from "./planning-period-not-allowed.ts";
import { planningSamePeriod } from "./planning-same-period.ts";
import { planningWithoutRequirement } from "./planning-without-requirement.ts";
import { roomAssignment } from "./room-assignment.ts";
import { roomClash } from "./room-clash.ts";
import { roomLacksFeature } from "./room-lacks-feature.ts";
import { roomTooSmall } from "./room-too-small.ts";
import { roomUnavailable } from "./room-unavailable.ts";
import { samePeriod } from "./same-period.ts";
import { sectionTwiceADay } from "./section-twice-a-day.ts";
import { status } from "./status.ts";
import { teacherClash } from "./teacher-clash.ts";
import { teacherUnavailable } from "./teacher-unavailable.ts";
import { unknownReference } from "./unknown-reference.ts";
import { unplacedEntry } from "./unplaced-entry.ts";
import { wrongFormat } from "./wrong-format.ts";
import { wrongSchool } from "./wrong-school.ts";

export type { Constraint } from "./constraint.ts";

/** Keyed by rule so that the compiler insists on exactly one constraint per RuleName. */
const BY_RULE: { readonly [R in RuleName]: Constraint<R> } = {
  "wrong-format": wrongFormat,
  "wrong-school": wrongSchool,
  status: status,
  "unknown-reference": unknownReference,
  "meeting-count": meetingCount,
  "unplaced-entry": unplacedEntry,
  "meeting-past-day-end": meetingPastDayEnd,
  "section-twice-a-day": sectionTwiceADay,
  "same-period": samePeriod,
  "day-not-allowed": dayNotAllowed,
  "period-not-allowed": periodNotAllowed,
  "pin-moved": pinMoved,
  "teacher-clash": teacherClash,
  "teacher-unavailable": teacherUnavailable,
  "group-clash": groupClash,
  "full-day-hole": fullDayHole,
  "room-assignment": roomAssignment,
  "room-clash": roomClash,
  "room-too-small": roomTooSmall,
  "room-lacks-feature": roomLacksFeature,
  "room-unavailable": roomUnavailable,
  "fixed-room-not-used": fixedRoomNotUsed,
  "max-teaching-per-day": maxTeachingPerDay,
  "min-free-per-day": minFreePerDay,
  "min-free-per-cycle": minFreePerCycle,
  "max-planning-per-cycle": maxPlanningPerCycle,
  "planning-count": planningCount,
  "planning-max-per-day": planningMaxPerDay,
  "planning-period-not-allowed": planningPeriodNotAllowed,
  "planning-same-period": planningSamePeriod,
  "planning-without-requirement": planningWithoutRequirement,
  "lunch-missing": lunchMissing,
  "lunch-duplicate": lunchDuplicate,
  "lunch-outside-window": lunchOutsideWindow,
  "lunch-busy": lunchBusy,
  "lunch-not-needed": lunchNotNeeded,
};

export const CONSTRAINTS: readonly Constraint[] = Object.values(BY_RULE);

export const constraintFor = (rule: RuleName): Constraint => BY_RULE[rule];
