// The planted timetable a generator builds first, with time as integers (slot s = day *
// periodCount + period). finish.ts derives the school file and the schedule file from it, so the
// school is feasible by construction.
import type { Calendar, Group, TeamKind } from "../model/format.ts";

/** The teacher's contract: finish.ts loosens it only where the planted timetable needs it. */
export type Contract = {
  maxTeachingPerDay: number;
  minFreePerDay: number;
  /** null: derive from the planted timetable (a little below what it gives). */
  minFreePerCycle: number | null;
  maxPlanningPerCycle: number;
  /** Chance that the teacher gets a few unavailable slots among their free periods. */
  unavailableChance: number;
};

export type PlanTeacher = {
  id: string;
  name: string;
  departments: string[];
  contract: Contract;
  /** Slots the teacher is unavailable in (part-time days, appointments). */
  unavailable: number[];
};

export type PlanRoom = {
  id: string;
  features: string[];
  /** A hall with no seat limit (an auditorium). */
  noCapacity?: boolean;
  /** Seats of a room whose size is its own (a resource room), not derived from its classes. */
  capacity?: number;
  unavailable: number[];
};

export type PlanSection = {
  id: string;
  course: string;
  department: string;
  teachers: string[];
  groups: string[];
  length: number;
  /** The start slot of each meeting, one per day at most, in day order. */
  starts: number[];
  /** The room of each meeting, parallel to `starts`. */
  rooms: string[];
  /** Number of students (room capacity must cover it). */
  size: number;
  /** Write `size` into the file (sections without groups, or larger than their groups). */
  explicitSize: boolean;
  roomFeatures: string[];
  /** Write `room` (the room of every meeting) when the generator wants it fixed. */
  fixRoom: boolean;
};

export type PlanTeam = {
  id: string;
  name: string;
  kind: TeamKind | null;
  members: string[];
  lead: string | null;
  planning: { perCycle: number; slots: number[] } | null;
};

export type PlanLunch = { teacher: string; slot: number } | { group: string; slot: number };

export type Plan = {
  name: string;
  calendar: Calendar;
  dayCount: number;
  periodCount: number;
  /** Period indices of the lunch window, or null when the school has none. */
  lunchPeriods: number[] | null;
  teachers: PlanTeacher[];
  rooms: PlanRoom[];
  groups: Group[];
  sections: PlanSection[];
  teams: PlanTeam[];
  lunches: PlanLunch[];
};

/** A plan with its calendar, lunch window and rooms, and nothing else yet. */
export const emptyPlan = (
  shape: Pick<Plan, "name" | "calendar" | "dayCount" | "periodCount" | "lunchPeriods" | "rooms"> &
    Partial<Pick<Plan, "groups">>,
): Plan => ({ teachers: [], groups: [], sections: [], teams: [], lunches: [], ...shape });

/** Every slot a meeting starting at `start` covers. */
export const covered = (start: number, length: number): number[] =>
  Array.from({ length }, (_, i) => start + i);
