// Why a drop is refused, in the words of a cell: one function per reason, each deciding whether a
// violation the move would add is that reason. The violation itself (the validator's sentence)
// stays attached, so the grid can say exactly who is busy and when.
import type { Violation } from "../validate/violation.ts";
import type { MovePlan, Reason, ReasonKind } from "./types.ts";

type Classifier = {
  kind: ReasonKind;
  /** What a cell says, in two or three words, and in one for a narrow cell. */
  label: string;
  short: string;
  matches: (v: Violation, plan: MovePlan) => boolean;
};

/** The meeting (or planning block) was pinned by hand where it is. */
export const isPinned = (v: Violation): boolean => v.rule === "pin-moved";

/** A teacher would teach two sections at once, or sit in two planning meetings at once. */
export const isTeacherBusy = (v: Violation, plan: MovePlan): boolean =>
  v.rule === "teacher-clash" && !isPlanningLost(v, plan);

/** A section would land in a team member's planning slot, or a team would lose a slot. */
export const isPlanningLost = (v: Violation, plan: MovePlan): boolean =>
  (v.rule === "teacher-clash" && plan.section >= 0 && !!v.sections && !!v.teams) ||
  v.rule === "planning-count";

export const isGroupBusy = (v: Violation): boolean => v.rule === "group-clash";

export const isRoomTaken = (v: Violation): boolean => v.rule === "room-clash";

export const isRoomTooSmall = (v: Violation): boolean => v.rule === "room-too-small";

export const isRoomLackingFeature = (v: Violation): boolean => v.rule === "room-lacks-feature";

export const isRoomUnavailable = (v: Violation): boolean => v.rule === "room-unavailable";

export const isRoomNotFixed = (v: Violation): boolean =>
  v.rule === "fixed-room-not-used" || v.rule === "room-assignment";

export const isTeacherUnavailable = (v: Violation): boolean => v.rule === "teacher-unavailable";

/** No free period left in the lunch window for a teacher or a fullDay group. */
export const isLunchGone = (v: Violation): boolean =>
  v.rule === "lunch-missing" || v.rule === "lunch-busy";

/** A teacher's maxTeachingPerDay, minFreePerDay, minFreePerCycle or maxPlanningPerCycle. */
export const isLimitBroken = (v: Violation): boolean =>
  v.rule === "max-teaching-per-day" ||
  v.rule === "min-free-per-day" ||
  v.rule === "min-free-per-cycle" ||
  v.rule === "max-planning-per-cycle";

export const isStudentsWithoutClass = (v: Violation): boolean => v.rule === "full-day-hole";

/** The team's own planning rules: maxPerDay, its allowed periods, samePeriod. */
export const isPlanningRule = (v: Violation): boolean =>
  v.rule === "planning-max-per-day" ||
  v.rule === "planning-period-not-allowed" ||
  v.rule === "planning-same-period";

/** The section's own rules: allowed days and periods, once a day, one period, inside the day. */
export const isNotAllowedHere = (v: Violation): boolean =>
  v.rule === "day-not-allowed" ||
  v.rule === "period-not-allowed" ||
  v.rule === "meeting-past-day-end" ||
  v.rule === "section-twice-a-day" ||
  v.rule === "same-period";

/** Most serious first: a pin is the person's own decision, then clashes, then limits. */
const CLASSIFIERS: readonly Classifier[] = [
  { kind: "pinned", label: "Pinned", short: "Pinned", matches: isPinned },
  { kind: "teacher-busy", label: "Teacher busy", short: "Teacher", matches: isTeacherBusy },
  { kind: "group-busy", label: "Students busy", short: "Students", matches: isGroupBusy },
  { kind: "room-taken", label: "Room taken", short: "Room", matches: isRoomTaken },
  { kind: "room-too-small", label: "Room too small", short: "Small", matches: isRoomTooSmall },
  {
    kind: "room-lacks-feature",
    label: "Room lacks a feature",
    short: "Feature",
    matches: isRoomLackingFeature,
  },
  { kind: "room-unavailable", label: "Room closed", short: "Closed", matches: isRoomUnavailable },
  { kind: "room-fixed", label: "Not its room", short: "Not its", matches: isRoomNotFixed },
  {
    kind: "teacher-unavailable",
    label: "Teacher unavailable",
    short: "Away",
    matches: isTeacherUnavailable,
  },
  {
    kind: "planning-lost",
    label: "Team loses planning",
    short: "Planning",
    matches: isPlanningLost,
  },
  { kind: "planning-rule", label: "Planning rule", short: "Planning", matches: isPlanningRule },
  { kind: "lunch-vanishes", label: "No lunch left", short: "Lunch", matches: isLunchGone },
  { kind: "limit", label: "Limit broken", short: "Limit", matches: isLimitBroken },
  {
    kind: "students-without-class",
    label: "Class left empty",
    short: "Gap",
    matches: isStudentsWithoutClass,
  },
  {
    kind: "not-allowed-here",
    label: "Not allowed here",
    short: "Not here",
    matches: isNotAllowedHere,
  },
];

const ORDER = new Map(CLASSIFIERS.map((c, i) => [c.kind, i]));

export function reasonFor(v: Violation, plan: MovePlan): Reason {
  const found = CLASSIFIERS.find((c) => c.matches(v, plan));
  return {
    kind: found?.kind ?? "other",
    label: found?.label ?? "Breaks a rule",
    short: found?.short ?? "Rule",
    message: v.message,
    rule: v.rule,
  };
}

/** Reasons for the violations a move adds, most serious first (stable within a kind). */
export function reasonsFor(added: readonly Violation[], plan: MovePlan): Reason[] {
  const rank = (r: Reason) => ORDER.get(r.kind) ?? CLASSIFIERS.length;
  return added.map((v) => reasonFor(v, plan)).sort((a, b) => rank(a) - rank(b));
}
