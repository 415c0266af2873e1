// The rows of each view of the grid, grouped under headings, with what the filters and the search
// need to know about each row. Pure: built from the resolved school and the occupancy index.
import type { Model, Occupancy } from "../../../solver/index.ts";

export type ViewKind = "teachers" | "groups" | "rooms" | "teams";
export type Grouping = "department" | "team";

export type RowOwner =
  | { kind: "teacher"; index: number }
  | { kind: "group"; index: number }
  | { kind: "room"; index: number }
  | { kind: "team"; index: number };

export type GridRow = {
  /** Unique in the view (a teacher in two teams has a row under each). */
  key: string;
  owner: RowOwner;
  label: string;
  /** A second, quieter line: departments, capacity, members. */
  detail: string;
  /** Nesting of groups under their parents. */
  depth: number;
  /** For filters and search. */
  facts: RowFacts;
};

export type RowFacts = {
  departments: ReadonlySet<string>;
  teams: ReadonlySet<number>;
  /** Top-level groups (grades, cohorts) whose students the row's sections involve. */
  grades: ReadonlySet<number>;
  /** Lower-case text the search looks in: names, ids, courses of the row's sections. */
  text: string;
};

export type RowGroup = { key: string; label: string; rows: GridRow[] };

const topOf = (model: Model, g: number): number => {
  const group = model.groups[g]!;
  return group.ancestors.length > 0 ? group.ancestors[group.ancestors.length - 1]! : g;
};

/** The sections a row shows: taught by the teacher, in the room, for the group, of the team. */
function sectionsOfRow(model: Model, occ: Occupancy, owner: RowOwner): number[] {
  switch (owner.kind) {
    case "teacher":
      return model.sectionsOfTeacher[owner.index]!;
    case "group":
      return model.sectionsOfGroup[owner.index]!;
    case "room": {
      const out = new Set<number>();
      for (const m of occ.meetings) if (m && m.room === owner.index) out.add(m.section);
      return [...out];
    }
    case "team": {
      const out = new Set<number>();
      for (const t of model.teams[owner.index]!.members) {
        for (const s of model.sectionsOfTeacher[t]!) out.add(s);
      }
      return [...out];
    }
  }
}

function factsOf(model: Model, occ: Occupancy, owner: RowOwner, label: string): RowFacts {
  const sections = sectionsOfRow(model, occ, owner);
  const departments = new Set<string>();
  const teams = new Set<number>();
  const grades = new Set<number>();
  const words = [label];
  for (const s of sections) {
    const section = model.sections[s]!;
    if (section.department) departments.add(section.department);
    for (const g of section.groups) grades.add(topOf(model, g));
    words.push(section.id, section.course);
  }
  if (owner.kind === "teacher") {
    const teacher = model.school.teachers[owner.index];
    for (const d of teacher?.departments ?? []) departments.add(d);
    model.teams.forEach((team) => {
      if (team.members.includes(owner.index)) teams.add(team.index);
    });
    words.push(model.teachers[owner.index]!.id);
  } else if (owner.kind === "team") {
    teams.add(owner.index);
    for (const t of model.teams[owner.index]!.members) {
      for (const d of model.school.teachers[t]?.departments ?? []) departments.add(d);
      words.push(model.teachers[t]!.name);
    }
  } else if (owner.kind === "group") {
    grades.add(topOf(model, owner.index));
    words.push(model.groups[owner.index]!.id);
  } else {
    words.push(model.rooms[owner.index]!.id);
  }
  if (owner.kind === "group" || owner.kind === "room") {
    // A group or room belongs to the teams of the teachers who teach there.
    for (const s of sections) {
      for (const t of model.sections[s]!.teachers) {
        for (const team of model.teams) if (team.members.includes(t)) teams.add(team.index);
      }
    }
  }
  return { departments, teams, grades, text: words.join(" ").toLowerCase() };
}

const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

function teacherRow(model: Model, occ: Occupancy, t: number, keyPrefix: string): GridRow {
  const teacher = model.teachers[t]!;
  const departments = model.school.teachers[t]?.departments ?? [];
  return {
    key: `${keyPrefix}t${t}`,
    owner: { kind: "teacher", index: t },
    label: teacher.name,
    detail: departments.join(", "),
    depth: 0,
    facts: factsOf(model, occ, { kind: "teacher", index: t }, teacher.name),
  };
}

function teacherGroups(model: Model, occ: Occupancy, grouping: Grouping): RowGroup[] {
  const groups = new Map<string, RowGroup>();
  const add = (key: string, label: string, row: GridRow) => {
    let group = groups.get(key);
    if (!group) {
      group = { key, label, rows: [] };
      groups.set(key, group);
    }
    group.rows.push(row);
  };
  for (const teacher of model.teachers) {
    const t = teacher.index;
    if (grouping === "department") {
      const dept = model.school.teachers[t]?.departments?.[0] ?? "No department";
      add(`d:${dept}`, dept, teacherRow(model, occ, t, `d:${dept}:`));
      continue;
    }
    const teams = model.teams.filter((team) => team.members.includes(t));
    if (teams.length === 0) add("t:none", "Not in a team", teacherRow(model, occ, t, "t:none:"));
    for (const team of teams) {
      add(`t:${team.index}`, team.name, teacherRow(model, occ, t, `t:${team.index}:`));
    }
  }
  const out = [...groups.values()];
  for (const g of out) g.rows.sort(byName);
  // Departments by name; teams in the school's order, "Not in a team" last.
  if (grouping === "department") out.sort(byName);
  else out.sort((a, b) => (a.key === "t:none" ? 1 : b.key === "t:none" ? -1 : 0));
  return out;
}

/** Groups as a tree: each top-level group (a grade) heads its own block. */
function groupGroups(model: Model, occ: Occupancy): RowGroup[] {
  const children = model.groups.map(() => [] as number[]);
  const roots: number[] = [];
  for (const g of model.groups) {
    if (g.parent >= 0) children[g.parent]!.push(g.index);
    else roots.push(g.index);
  }
  return roots.map((root) => {
    const rows: GridRow[] = [];
    const visit = (g: number, depth: number) => {
      const group = model.groups[g]!;
      const size = group.size > 0 ? `${group.size} students` : "";
      rows.push({
        key: `g${g}`,
        owner: { kind: "group", index: g },
        label: group.name,
        detail: [group.id, size, group.fullDay ? "full day" : ""].filter(Boolean).join(" · "),
        depth,
        facts: factsOf(model, occ, { kind: "group", index: g }, group.name),
      });
      for (const c of children[g]!) visit(c, depth + 1);
    };
    visit(root, 0);
    return { key: `g${root}`, label: model.groups[root]!.name, rows };
  });
}

function roomGroups(model: Model, occ: Occupancy): RowGroup[] {
  const rows = model.rooms.map((room): GridRow => {
    const capacity = Number.isFinite(room.capacity) ? `${room.capacity} seats` : "";
    const name = model.school.rooms?.[room.index]?.name ?? "";
    const label = name ? `${name} (${room.id})` : `Room ${room.id}`;
    return {
      key: `r${room.index}`,
      owner: { kind: "room", index: room.index },
      label,
      detail: [capacity, ...room.features].filter(Boolean).join(" · "),
      depth: 0,
      facts: factsOf(model, occ, { kind: "room", index: room.index }, label),
    };
  });
  return [{ key: "rooms", label: "Rooms", rows }];
}

function teamGroups(model: Model, occ: Occupancy): RowGroup[] {
  const rows = model.teams.map((team): GridRow => {
    const need = team.planning ? `${team.planning.perCycle} planning per cycle` : "no planning";
    return {
      key: `m${team.index}`,
      owner: { kind: "team", index: team.index },
      label: team.name,
      detail: `${team.members.length} members · ${need}`,
      depth: 0,
      facts: factsOf(model, occ, { kind: "team", index: team.index }, team.name),
    };
  });
  return [{ key: "teams", label: "Teams", rows }];
}

export function buildRows(
  model: Model,
  occ: Occupancy,
  view: ViewKind,
  grouping: Grouping,
): RowGroup[] {
  switch (view) {
    case "teachers":
      return teacherGroups(model, occ, grouping);
    case "groups":
      return groupGroups(model, occ);
    case "rooms":
      return roomGroups(model, occ);
    case "teams":
      return teamGroups(model, occ);
  }
}
