// What each teacher does in every slot of a planted timetable, and the counts the spec's limits
// are about (teaching per day, free periods per day and per cycle, planning meetings).
import type { Slot } from "../model/format.ts";
import type { Plan } from "./plan.ts";
import { covered } from "./plan.ts";

export type TeacherLoad = {
  teachingPerDay: number[];
  /** Available periods with no teaching, planning or lunch, per day. */
  freePerDay: number[];
  /** Days on which the teacher teaches or plans (the days the spec's daily rules apply to). */
  working: boolean[];
  freeSlots: number[];
  planning: number;
  slotOf(s: number): Slot;
};

const enum Use {
  Free = 0,
  Teach = 1,
  Plan = 2,
  Lunch = 3,
  Unavailable = 4,
}

export function teacherLoads(plan: Plan): Map<string, TeacherLoad> {
  const P = plan.periodCount;
  const slotCount = plan.dayCount * P;
  const use = new Map<string, Use[]>();
  for (const t of plan.teachers) {
    const row = new Array<Use>(slotCount).fill(Use.Free);
    for (const s of t.unavailable) row[s] = Use.Unavailable;
    use.set(t.id, row);
  }
  const mark = (teacher: string, slot: number, what: Use, by: string): void => {
    const row = use.get(teacher);
    if (row === undefined) throw new Error(`generator bug: ${by} names unknown teacher ${teacher}`);
    if (row[slot] !== Use.Free)
      throw new Error(`generator bug: ${teacher} is busy in slot ${slot} (${by})`);
    row[slot] = what;
  };
  for (const sec of plan.sections)
    for (const start of sec.starts)
      for (const s of covered(start, sec.length))
        for (const t of sec.teachers) mark(t, s, Use.Teach, sec.id);
  const planning = new Map<string, number>();
  for (const team of plan.teams)
    for (const s of team.planning?.slots ?? [])
      for (const m of team.members) {
        mark(m, s, Use.Plan, team.id);
        planning.set(m, (planning.get(m) ?? 0) + 1);
      }
  for (const l of plan.lunches) if ("teacher" in l) mark(l.teacher, l.slot, Use.Lunch, "lunch");

  const slotOf = (s: number): Slot => ({
    day: plan.calendar.days[Math.floor(s / P)]!.id,
    period: plan.calendar.periods[s % P]!.id,
  });
  const loads = new Map<string, TeacherLoad>();
  for (const [id, row] of use) {
    const teachingPerDay = new Array<number>(plan.dayCount).fill(0);
    const freePerDay = new Array<number>(plan.dayCount).fill(0);
    const working = new Array<boolean>(plan.dayCount).fill(false);
    const freeSlots: number[] = [];
    row.forEach((u, s) => {
      const d = Math.floor(s / P);
      if (u === Use.Teach) teachingPerDay[d]!++;
      if (u === Use.Teach || u === Use.Plan) working[d] = true;
      if (u === Use.Free) {
        freePerDay[d]!++;
        freeSlots.push(s);
      }
    });
    loads.set(id, {
      teachingPerDay,
      freePerDay,
      working,
      freeSlots,
      planning: planning.get(id) ?? 0,
      slotOf,
    });
  }
  return loads;
}
