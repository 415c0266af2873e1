// Types of the two documents in ../shared/spec/school-format.md, exactly as they appear in JSON.
// Optional fields stay optional here: defaults are applied by resolve.ts, never written back, so
// that parse-then-serialize returns the file the user gave us (unknown fields included).

export const SCHOOL_FORMAT = "commons-school/1";
export const SCHEDULE_FORMAT = "commons-schedule/1";

/** Fields this version does not know are kept on a round trip, never rejected. */
export type Extra = { [key: string]: unknown };

export type Slot = { day: string; period: string };

export type CalendarDay = { id: string; name?: string } & Extra;
export type CalendarPeriod = { id: string; name?: string; start?: string; end?: string } & Extra;
export type Term = {
  start: string;
  end: string;
  skip?: string[] | null;
  rotation?: "weekdays" | "cycle" | null;
} & Extra;
export type Calendar = {
  days: CalendarDay[];
  periods: CalendarPeriod[];
  term?: Term | null;
} & Extra;

export type Teacher = {
  id: string;
  name: string;
  departments?: string[] | null;
  unavailable?: Slot[] | null;
  maxTeachingPerDay?: number | null;
  minFreePerDay?: number | null;
  minFreePerCycle?: number | null;
  maxPlanningPerCycle?: number | null;
} & Extra;

export type Room = {
  id: string;
  name?: string | null;
  capacity?: number | null;
  features?: string[] | null;
  unavailable?: Slot[] | null;
} & Extra;

export type Group = {
  id: string;
  name: string;
  parent?: string | null;
  size?: number | null;
  fullDay?: boolean | null;
} & Extra;

export type Pin = { day: string; period: string; room?: string | null } & Extra;

export type Section = {
  id: string;
  course: string;
  department?: string | null;
  teachers: string[];
  groups?: string[] | null;
  meetings?: number | null;
  length?: number | null;
  samePeriod?: boolean | null;
  room?: string | null;
  roomFeatures?: string[] | null;
  size?: number | null;
  allowedPeriods?: string[] | null;
  allowedDays?: string[] | null;
  pinned?: Pin[] | null;
} & Extra;

export type TeamKind = "grade" | "subject" | "department" | "other";

export type Planning = {
  perCycle: number;
  maxPerDay?: number | null;
  periods?: string[] | null;
  samePeriod?: boolean | null;
} & Extra;

export type Team = {
  id: string;
  name?: string | null;
  kind?: TeamKind | null;
  members: string[];
  lead?: string | null;
  planning?: Planning | null;
} & Extra;

export type Lunch = { periods: string[] } & Extra;

export type School = {
  format: typeof SCHOOL_FORMAT;
  name: string;
  calendar: Calendar;
  teachers: Teacher[];
  rooms?: Room[] | null;
  groups?: Group[] | null;
  sections: Section[];
  teams?: Team[] | null;
  lunch?: Lunch | null;
} & Extra;

export type ScheduleStatus = "solved" | "partial" | "infeasible";

export type Placement = { section: string; day: string; period: string; room?: string } & Extra;
export type PlanningSlot = { team: string; day: string; period: string } & Extra;
export type LunchEntry =
  | ({ teacher: string; day: string; period: string } & Extra)
  | ({ group: string; day: string; period: string } & Extra);
export type Unplaced = { section: string; reason: string } & Extra;

export type Schedule = {
  format: typeof SCHEDULE_FORMAT;
  school: string;
  status: ScheduleStatus;
  placements: Placement[];
  planning: PlanningSlot[];
  lunch: LunchEntry[];
  unplaced: Unplaced[];
  explanation: string[];
} & Extra;
