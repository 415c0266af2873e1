// Names the lunches of a planted timetable: one per teacher per working day, one per fullDay
// group per day. A missing lunch here is a generator bug, so it throws.
import type { Plan } from "./plan.ts";
import { covered } from "./plan.ts";

/**
 * Gives every teacher a lunch on each day they teach or plan: the preferred period when it is
 * free, otherwise the first free period of the window.
 */
export function addTeacherLunches(plan: Plan, preferred: ReadonlyMap<string, number>): void {
  const window = plan.lunchPeriods;
  if (window === null) return;
  const P = plan.periodCount;
  const busy = new Map<string, Set<number>>(
    plan.teachers.map((t) => [t.id, new Set(t.unavailable)]),
  );
  const working = new Map<string, Set<number>>(plan.teachers.map((t) => [t.id, new Set()]));
  const note = (teacher: string, slot: number): void => {
    busy.get(teacher)!.add(slot);
    working.get(teacher)!.add(Math.floor(slot / P));
  };
  for (const sec of plan.sections)
    for (const start of sec.starts)
      for (const s of covered(start, sec.length)) for (const t of sec.teachers) note(t, s);
  for (const team of plan.teams)
    for (const s of team.planning?.slots ?? []) for (const m of team.members) note(m, s);
  for (const t of plan.teachers) {
    const taken = busy.get(t.id)!;
    for (const d of [...working.get(t.id)!].sort((a, b) => a - b)) {
      const want = preferred.get(t.id);
      const options = want === undefined ? window : [want, ...window];
      const p = options.find((q) => window.includes(q) && !taken.has(d * P + q));
      if (p === undefined)
        throw new Error(`generator bug: ${t.id} has no free lunch period on day ${d}`);
      plan.lunches.push({ teacher: t.id, slot: d * P + p });
    }
  }
}

/**
 * Gives every fullDay group its lunch: the one period of each day in which neither it nor a group
 * above or below it has a section.
 */
export function addGroupLunches(plan: Plan): void {
  const window = plan.lunchPeriods;
  const P = plan.periodCount;
  const parent = new Map(plan.groups.map((g) => [g.id, g.parent ?? null]));
  const direct = new Map<string, Set<number>>(plan.groups.map((g) => [g.id, new Set()]));
  for (const sec of plan.sections)
    for (const g of sec.groups)
      for (const start of sec.starts)
        for (const s of covered(start, sec.length)) direct.get(g)!.add(s);
  const related = (a: string, b: string): boolean => {
    for (let x: string | null = a; x !== null; x = parent.get(x) ?? null) if (x === b) return true;
    for (let x: string | null = b; x !== null; x = parent.get(x) ?? null) if (x === a) return true;
    return false;
  };
  for (const g of plan.groups) {
    if (!g.fullDay) continue;
    const taken = new Set<number>();
    for (const other of plan.groups)
      if (related(g.id, other.id)) for (const s of direct.get(other.id)!) taken.add(s);
    for (let d = 0; d < plan.dayCount; d++) {
      const open = Array.from({ length: P }, (_, p) => p).filter((p) => !taken.has(d * P + p));
      const lunch = open[0];
      if (window === null || open.length !== 1 || lunch === undefined || !window.includes(lunch))
        throw new Error(
          `generator bug: fullDay group ${g.id} has free periods [${open}] on day ${d}`,
        );
      plan.lunches.push({ group: g.id, slot: d * P + lunch });
    }
  }
}
