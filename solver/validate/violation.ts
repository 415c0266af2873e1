// What the validator reports: one value per broken rule instance, readable by a scheduler and
// precise enough (ids) for the grid to highlight the cells and the people involved.

/** One name per rule of the spec (shared/spec/school-format.md); see solver/constraints/. */
export type RuleName =
  // The document
  | "wrong-format"
  | "wrong-school"
  | "status"
  | "unknown-reference"
  // Sections and their meetings
  | "meeting-count"
  | "unplaced-entry"
  | "meeting-past-day-end"
  | "section-twice-a-day"
  | "same-period"
  | "day-not-allowed"
  | "period-not-allowed"
  | "pin-moved"
  // People and cohorts
  | "teacher-clash"
  | "teacher-unavailable"
  | "group-clash"
  | "full-day-hole"
  // Rooms
  | "room-assignment"
  | "room-clash"
  | "room-too-small"
  | "room-lacks-feature"
  | "room-unavailable"
  | "fixed-room-not-used"
  // Workload
  | "max-teaching-per-day"
  | "min-free-per-day"
  | "min-free-per-cycle"
  | "max-planning-per-cycle"
  // Team planning
  | "planning-count"
  | "planning-max-per-day"
  | "planning-period-not-allowed"
  | "planning-same-period"
  | "planning-without-requirement"
  // Lunch
  | "lunch-missing"
  | "lunch-duplicate"
  | "lunch-outside-window"
  | "lunch-busy"
  | "lunch-not-needed";

export type Violation = {
  rule: RuleName;
  /** A sentence a scheduler understands, with names and ids. */
  message: string;
  /** Ids, when the violation is at one slot. */
  day?: string;
  period?: string;
  sections?: string[];
  teachers?: string[];
  groups?: string[];
  rooms?: string[];
  teams?: string[];
};
