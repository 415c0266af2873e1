// Which rows the grid shows: filters by department, team and grade, and a free-text search over
// names, ids and courses. Pure, over the facts each row carries.
import type { Model } from "../../../solver/index.ts";
import type { RowGroup } from "./rows.ts";

export type GridFilter = {
  department: string | null;
  team: number | null;
  /** A top-level group (a grade, an academy). */
  grade: number | null;
  search: string;
};

export const NO_FILTER: GridFilter = { department: null, team: null, grade: null, search: "" };

export function filterGroups(groups: readonly RowGroup[], filter: GridFilter): RowGroup[] {
  const words = filter.search.toLowerCase().split(/\s+/).filter(Boolean);
  const out: RowGroup[] = [];
  for (const group of groups) {
    const rows = group.rows.filter(({ facts }) => {
      if (filter.department !== null && !facts.departments.has(filter.department)) return false;
      if (filter.team !== null && !facts.teams.has(filter.team)) return false;
      if (filter.grade !== null && !facts.grades.has(filter.grade)) return false;
      return words.every((w) => facts.text.includes(w));
    });
    if (rows.length > 0) out.push({ ...group, rows });
  }
  return out;
}

export type FilterChoices = {
  departments: string[];
  teams: { index: number; name: string }[];
  grades: { index: number; name: string }[];
};

/** What each filter can choose from: departments of teachers and sections, teams, top groups. */
export function filterChoices(model: Model): FilterChoices {
  const departments = new Set<string>();
  for (const t of model.school.teachers) for (const d of t.departments ?? []) departments.add(d);
  for (const s of model.sections) if (s.department) departments.add(s.department);
  return {
    departments: [...departments].sort((a, b) => a.localeCompare(b)),
    teams: model.teams.map((t) => ({ index: t.index, name: t.name })),
    grades: model.groups.filter((g) => g.parent < 0).map((g) => ({ index: g.index, name: g.name })),
  };
}

export const rowCount = (groups: readonly RowGroup[]): number =>
  groups.reduce((n, g) => n + g.rows.length, 0);
