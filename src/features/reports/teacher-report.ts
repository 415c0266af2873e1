// Each teacher's days: teaching, team planning meetings, their own free periods and lunch, and
// the limits of the spec that a day or the cycle breaks. Counted from the validator's occupancy
// index with the validator's definitions (a free period is available with no class, no planning
// meeting and no lunch; minFreePerCycle counts every day of the cycle), so the flags name
// exactly the teachers the validator does; test/app/reports-teachers.test.ts holds them to it.
import type { Model, Occupancy } from "../../../solver/index.ts";
import { count, dayName } from "./report-text.ts";

export type TeacherDay = {
  /** Periods in which the teacher teaches (a double period counts 2). */
  teaching: number;
  /** Team planning meetings (a team in a slot), as maxPlanningPerCycle counts them. */
  planning: number;
  free: number;
  /** Periods of the teacher's lunches that day (normally none or one). */
  lunch: number[];
  /** The spec's working day: the teacher teaches or plans. */
  works: boolean;
};

export type LimitRule =
  "max-teaching-per-day" | "min-free-per-day" | "min-free-per-cycle" | "max-planning-per-cycle";

export type TeacherFlag = {
  rule: LimitRule | "meetings-crowd-out-preparation";
  /** The day the flag is about, or null for the whole cycle. */
  day: number | null;
  message: string;
};

export type TeacherReport = {
  index: number;
  id: string;
  name: string;
  days: TeacherDay[];
  teaching: number;
  planning: number;
  free: number;
  flags: TeacherFlag[];
};

const LIMIT_RULES: ReadonlySet<string> = new Set<LimitRule>([
  "max-teaching-per-day",
  "min-free-per-day",
  "min-free-per-cycle",
  "max-planning-per-cycle",
]);

export const isLimitFlag = (flag: TeacherFlag): flag is TeacherFlag & { rule: LimitRule } =>
  LIMIT_RULES.has(flag.rule);

function dayOf(occ: Occupancy, t: number, d: number): TeacherDay {
  const { model } = occ;
  const unavailable = model.teachers[t]!.unavailable;
  const day: TeacherDay = { teaching: 0, planning: 0, free: 0, lunch: [], works: false };
  for (let p = 0; p < model.periodCount; p++) {
    const slot = d * model.periodCount + p;
    const key = t * model.slotCount + slot;
    const teaches = (occ.teaching[key]?.length ?? 0) > 0;
    const plannings = occ.teacherPlanning[key] ?? [];
    const lunches = (occ.teacherLunch[key]?.length ?? 0) > 0;
    // Two entries of one team in one slot are one meeting, as the validator counts them.
    const teams = new Set(plannings.map((id) => occ.plannings[id]?.team).filter((x) => x != null));
    if (teaches) day.teaching++;
    day.planning += teams.size;
    if (lunches) day.lunch.push(p);
    if (teaches || plannings.length > 0) day.works = true;
    else if (!unavailable[slot] && !lunches) day.free++;
  }
  return day;
}

function limitFlags(model: Model, t: number, days: TeacherDay[]): TeacherFlag[] {
  const teacher = model.teachers[t]!;
  const flags: TeacherFlag[] = [];
  days.forEach((day, d) => {
    const on = dayName(model, d);
    if (day.teaching > teacher.maxTeachingPerDay) {
      flags.push({
        rule: "max-teaching-per-day",
        day: d,
        message: `Teaches ${count(day.teaching, "period")} on ${on}; at most ${teacher.maxTeachingPerDay} allowed.`,
      });
    }
    if (day.works && day.free < teacher.minFreePerDay) {
      flags.push({
        rule: "min-free-per-day",
        day: d,
        message: `Has ${count(day.free, "free period")} on ${on}; needs at least ${teacher.minFreePerDay}.`,
      });
    }
  });
  const free = days.reduce((sum, day) => sum + day.free, 0);
  const planning = days.reduce((sum, day) => sum + day.planning, 0);
  if (free < teacher.minFreePerCycle) {
    flags.push({
      rule: "min-free-per-cycle",
      day: null,
      message: `Has ${count(free, "free period")} in the cycle; needs at least ${teacher.minFreePerCycle}.`,
    });
  }
  if (planning > teacher.maxPlanningPerCycle) {
    flags.push({
      rule: "max-planning-per-cycle",
      day: null,
      message: `Sits in ${count(planning, "planning meeting")} in the cycle; at most ${teacher.maxPlanningPerCycle} allowed.`,
    });
  }
  return flags;
}

export function teacherReports(occ: Occupancy): TeacherReport[] {
  const { model } = occ;
  if (occ.schedule.status === "infeasible") return [];
  return model.teachers.map((teacher) => {
    const days = Array.from({ length: model.dayCount }, (_, d) => dayOf(occ, teacher.index, d));
    const sum = (field: "teaching" | "planning" | "free"): number =>
      days.reduce((total, day) => total + day[field], 0);
    const flags = limitFlags(model, teacher.index, days);
    // Collaboration must stay in balance with a teacher's own preparation: we flag a teacher
    // whose team meetings over the cycle outnumber their free periods, even when every limit
    // the school set holds (a school may set none). It is advice, not a rule of the spec.
    if (sum("planning") > sum("free")) {
      flags.push({
        rule: "meetings-crowd-out-preparation",
        day: null,
        message: `Sits in ${count(sum("planning"), "planning meeting")} but keeps only ${count(sum("free"), "free period")} for their own preparation in the cycle.`,
      });
    }
    return {
      index: teacher.index,
      id: teacher.id,
      name: teacher.name,
      days,
      teaching: sum("teaching"),
      planning: sum("planning"),
      free: sum("free"),
      flags,
    };
  });
}
