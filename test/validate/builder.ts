// Tiny schools in code: each rule's test starts from the smallest school that can break it
// (by default one day, Mon, of three periods) and names only what that rule needs.
import type {
  LunchEntry,
  Placement,
  PlanningSlot,
  Schedule,
  School,
  Section,
  Teacher,
} from "../../solver/model/format.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { validateSchedule, type RuleName, type Violation } from "../../solver/validate/index.ts";

export const SCHOOL_NAME = "Tiny School";

type SchoolParts = Omit<Partial<School>, "calendar"> & { days?: string[]; periods?: string[] };

export function school({
  days = ["Mon"],
  periods = ["1", "2", "3"],
  ...rest
}: SchoolParts): School {
  return {
    format: "commons-school/1",
    name: SCHOOL_NAME,
    calendar: {
      days: days.map((id) => ({ id, name: id })),
      periods: periods.map((id) => ({ id, name: `Period ${id}` })),
    },
    teachers: [],
    sections: [],
    ...rest,
  };
}

/** A teacher called by their id, e.g. teacher("t1") is "Teacher t1 (t1)". */
export const teacher = (id: string, more: Partial<Teacher> = {}): Teacher => ({
  id,
  name: `Teacher ${id}`,
  ...more,
});

export const section = (id: string, teachers: string[], more: Partial<Section> = {}): Section => ({
  id,
  course: `Course ${id}`,
  teachers,
  ...more,
});

export function schedule(more: Partial<Schedule> = {}): Schedule {
  return {
    format: "commons-schedule/1",
    school: SCHOOL_NAME,
    status: "solved",
    placements: [],
    planning: [],
    lunch: [],
    unplaced: [],
    explanation: [],
    ...more,
  };
}

/** "s1@Mon/2" or "s1@Mon/2#r1" (room r1). */
export function place(...specs: string[]): Placement[] {
  return specs.map((spec) => {
    const [sec, rest] = spec.split("@") as [string, string];
    const [slot, room] = rest.split("#") as [string, string | undefined];
    const [day, period] = slot.split("/") as [string, string];
    return room === undefined ? { section: sec, day, period } : { section: sec, day, period, room };
  });
}

/** "team@Mon/2". */
export function plan(...specs: string[]): PlanningSlot[] {
  return specs.map((spec) => {
    const [team, slot] = spec.split("@") as [string, string];
    const [day, period] = slot.split("/") as [string, string];
    return { team, day, period };
  });
}

/** "t1@Mon/2" for a teacher, "group:g1@Mon/2" for a group. */
export function lunch(...specs: string[]): LunchEntry[] {
  return specs.map((spec) => {
    const [who, slot] = spec.split("@") as [string, string];
    const [day, period] = slot.split("/") as [string, string];
    return who.startsWith("group:")
      ? { group: who.slice("group:".length), day, period }
      : { teacher: who, day, period };
  });
}

export const validate = (s: School, sch: Schedule): Violation[] =>
  validateSchedule(resolveSchool(s), sch);

/** The distinct rules a schedule breaks, sorted. */
export const rulesBroken = (s: School, sch: Schedule): RuleName[] =>
  [...new Set(validate(s, sch).map((v) => v.rule))].sort();
