// A schedule as a teacher × period table: one row per teacher, grouped by department, one column
// per period of each day. Pure, so the component only renders what this builds.
import type { Schedule, Model } from "../../../solver/index.ts";

export type TableEntry =
  | {
      kind: "teach";
      section: string;
      course: string;
      room: string | null;
      /** The second (or later) period of a longer meeting. */
      continued: boolean;
    }
  | { kind: "plan"; team: string }
  | { kind: "lunch" };

export type TeacherRow = {
  teacherId: string;
  name: string;
  /** cells[slot], slot = day * periodCount + period; several entries only in a broken schedule. */
  cells: TableEntry[][];
};

export type DepartmentRows = { department: string; rows: TeacherRow[] };

export type TeacherTable = {
  days: { id: string; name: string }[];
  periods: { id: string; name: string }[];
  departments: DepartmentRows[];
};

export const NO_DEPARTMENT = "No department";

/**
 * Every teacher's cycle. A teacher in several departments is listed under the first, so each
 * appears once; departments are in alphabetical order, teachers in the school's order.
 */
export function buildTeacherTable(model: Model, schedule: Schedule): TeacherTable {
  const { school, periodCount } = model;
  const rows: TeacherRow[] = model.teachers.map((t) => ({
    teacherId: t.id,
    name: t.name,
    cells: Array.from({ length: model.slotCount }, () => []),
  }));
  const slotOf = (day: string, period: string): number | null => {
    const d = model.dayIndex.get(day);
    const p = model.periodIndex.get(period);
    return d === undefined || p === undefined ? null : d * periodCount + p;
  };
  const add = (teacher: number, slot: number, entry: TableEntry) =>
    rows[teacher]?.cells[slot]?.push(entry);

  for (const placement of schedule.placements) {
    const s = model.sectionIndex.get(placement.section);
    const section = s === undefined ? undefined : model.sections[s];
    const start = slotOf(placement.day, placement.period);
    if (section === undefined || start === null) continue;
    const period = start % periodCount;
    // A meeting never runs past the day's last period; the validator reports one that would.
    const length = Math.min(section.length, periodCount - period);
    for (let k = 0; k < length; k++) {
      for (const t of section.teachers) {
        add(t, start + k, {
          kind: "teach",
          section: section.id,
          course: section.course,
          room: placement.room ?? null,
          continued: k > 0,
        });
      }
    }
  }
  for (const planning of schedule.planning) {
    const team = model.teams[model.teamIndex.get(planning.team) ?? -1];
    const slot = slotOf(planning.day, planning.period);
    if (team === undefined || slot === null) continue;
    for (const t of team.members) add(t, slot, { kind: "plan", team: team.name });
  }
  for (const lunch of schedule.lunch) {
    if (typeof lunch.teacher !== "string") continue; // a group's lunch
    const t = model.teacherIndex.get(lunch.teacher);
    const slot = slotOf(lunch.day, lunch.period);
    if (t !== undefined && slot !== null) add(t, slot, { kind: "lunch" });
  }

  const byDepartment = new Map<string, TeacherRow[]>();
  rows.forEach((row, i) => {
    const department = school.teachers[i]?.departments?.[0] ?? NO_DEPARTMENT;
    const list = byDepartment.get(department) ?? [];
    list.push(row);
    byDepartment.set(department, list);
  });
  const departments = [...byDepartment.entries()]
    .map(([department, list]) => ({ department, rows: list }))
    .sort((a, b) => departmentOrder(a.department, b.department));

  return {
    days: school.calendar.days.map((d) => ({ id: d.id, name: d.name ?? d.id })),
    periods: school.calendar.periods.map((p) => ({ id: p.id, name: p.name ?? p.id })),
    departments,
  };
}

const departmentOrder = (a: string, b: string): number =>
  a === b ? 0 : a === NO_DEPARTMENT ? 1 : b === NO_DEPARTMENT ? -1 : a.localeCompare(b);

/** What a cell says: "sci6-a1", "Plan: 6A core team", "Lunch"; clashes joined by " / ". */
export function cellText(entries: readonly TableEntry[]): string {
  return entries.map(entryText).join(" / ");
}

function entryText(entry: TableEntry): string {
  switch (entry.kind) {
    case "teach":
      return entry.section;
    case "plan":
      return `Plan: ${entry.team}`;
    case "lunch":
      return "Lunch";
  }
}
