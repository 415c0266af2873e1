// What the grid asks and what it is told. A move names entries of the occupancy index by id (a
// built index's meeting and planning ids are the schedule's placement and planning indices), and
// the answer says whether the validator's rules still hold and, if not, why, in reasons a
// scheduler reads in a cell while dragging.
import type { LunchTaken } from "../validate/occupancy.ts";
import type { RuleName, Violation } from "../validate/violation.ts";

/**
 * A section's meeting dragged to a slot. With samePeriod every meeting of the section goes to
 * the new period together (the dragged one also to the new day); otherwise only the one meeting.
 */
export type MeetingMove = {
  kind: "meeting";
  meeting: number;
  /** The target day; null keeps every meeting's own day (the compact view's columns). */
  day: number | null;
  period: number;
  /** The target room; null keeps the room when it is free there, else takes a free one that fits. */
  room: number | null;
};

/** A team's planning block dragged to a slot (all of them together when planning.samePeriod). */
export type PlanningMove = {
  kind: "planning";
  planning: number;
  day: number | null;
  period: number;
};

export type Move = MeetingMove | PlanningMove;

export type Place = { day: number; period: number };
export type MeetingPlace = Place & { room: number };

/** Where every entry a move touches goes; ids are the occupancy index's. */
export type MovePlan = {
  /** The section moved, or -1 for a planning move. */
  section: number;
  /** The team whose planning moves, or -1 for a meeting move. */
  team: number;
  meetings: { id: number; from: MeetingPlace; to: MeetingPlace }[];
  plannings: { id: number; from: Place; to: Place }[];
};

/** A lunch the move re-picks: moved to a free window period, added, or dropped (day not worked). */
export type LunchEdit =
  | { kind: "moved"; id: number; from: Place; to: Place }
  | ({ kind: "added"; id: number } & LunchTaken)
  | ({ kind: "removed"; id: number } & LunchTaken);

export type ReasonKind =
  | "pinned"
  | "teacher-busy"
  | "group-busy"
  | "room-taken"
  | "room-too-small"
  | "room-lacks-feature"
  | "room-unavailable"
  | "room-fixed"
  | "teacher-unavailable"
  | "planning-lost"
  | "planning-rule"
  | "lunch-vanishes"
  | "limit"
  | "students-without-class"
  | "not-allowed-here"
  | "other";

/** Why a drop is refused: labels for a cell (a narrow one too) and the validator's sentence. */
export type Reason = {
  kind: ReasonKind;
  label: string;
  short: string;
  message: string;
  rule: RuleName;
};

export type MoveVerdict = {
  /** True when the move breaks no rule that holds now (a rule broken already does not count). */
  allowed: boolean;
  /** Nothing would change (the target is where it is now). */
  unchanged: boolean;
  /** One per new violation, most serious first. */
  reasons: Reason[];
  /** Violations the move would add, and those it would mend. */
  added: Violation[];
  mended: Violation[];
  plan: MovePlan;
  lunches: LunchEdit[];
};
