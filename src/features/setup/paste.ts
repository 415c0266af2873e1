// Rows pasted from a spreadsheet (tab-separated text) turned into items, with a preview of what
// each row becomes and what is wrong with it. A first row of column names (in any order) is used
// when there is one; otherwise the columns are taken in the order PASTE_COLUMNS lists them.
// References (a section's teachers, a team's members) match an id or a name, in any case.
import Papa from "papaparse";
import type { School } from "../../../solver/index.ts";
import { newGroup, newRoom, newSection, newTeacher, newTeam } from "./defaults.ts";

export type PasteKind = "teachers" | "rooms" | "groups" | "sections" | "teams";

type Column = { key: string; label: string; aliases: string[] };

const col = (key: string, label: string, ...aliases: string[]): Column => ({ key, label, aliases });

export const PASTE_COLUMNS: Record<PasteKind, Column[]> = {
  teachers: [
    col("name", "Name", "teacher", "full name"),
    col("departments", "Departments", "department", "subject", "subjects"),
    col("maxTeachingPerDay", "Most teaching a day", "max teaching per day", "max per day"),
    col("id", "ID"),
  ],
  rooms: [
    col("name", "Room", "name", "id", "number"),
    col("capacity", "Capacity", "seats"),
    col("features", "Features", "feature"),
  ],
  groups: [
    col("name", "Name", "group"),
    col("parent", "Parent", "in"),
    col("size", "Size", "students"),
    col("fullDay", "Full day", "homeroom"),
    col("id", "ID"),
  ],
  sections: [
    col("course", "Course", "class", "subject"),
    col("teachers", "Teachers", "teacher"),
    col("groups", "Groups", "group", "students"),
    col("meetings", "Meetings", "meetings per cycle", "times"),
    col("length", "Length", "periods"),
    col("room", "Room"),
    col("id", "ID"),
  ],
  teams: [
    col("name", "Name", "team"),
    col("members", "Members", "teachers"),
    col("lead", "Lead", "leader"),
    col("kind", "Kind", "type"),
    col("perCycle", "Planning per cycle", "planning", "per cycle"),
    col("id", "ID"),
  ],
};

export type PasteRow = {
  cells: string[];
  /** The item this row adds, or null when it cannot be added. */
  item: Record<string, unknown> | null;
  problems: string[];
};

export type PastePreview = {
  kind: PasteKind;
  columns: Column[];
  header: boolean;
  rows: PasteRow[];
};

const norm = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, "");

function headerColumns(kind: PasteKind, cells: string[]): Column[] | null {
  const columns = PASTE_COLUMNS[kind];
  const found = cells.map((cell) =>
    columns.find((c) => [c.key, c.label, ...c.aliases].some((name) => norm(name) === norm(cell))),
  );
  if (found.some((c) => c === undefined) || new Set(found).size !== found.length) return null;
  return found as Column[];
}

const splitList = (text: string): string[] =>
  text
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);

type Named = { id: string; name?: string | null };

/** Finds an item by id, then by name, ignoring case. */
function lookup(list: readonly Named[], text: string): string | null {
  const t = text.trim().toLowerCase();
  const hit =
    list.find((x) => x.id.toLowerCase() === t) ??
    list.find((x) => (x.name ?? "").trim().toLowerCase() === t);
  return hit?.id ?? null;
}

type Build = (
  v: (key: string) => string,
  school: School,
  problems: string[],
) => Record<string, unknown> | null;

function count(text: string, what: string, problems: string[], min = 0): number | undefined {
  if (text.trim() === "") return undefined;
  const n = Number(text.trim());
  if (!Number.isInteger(n) || n < min) {
    problems.push(`${what} must be a whole number${min > 0 ? ` from ${min}` : ""} (got "${text}")`);
    return undefined;
  }
  return n;
}

function refs(text: string, list: readonly Named[], noun: string, problems: string[]): string[] {
  const out: string[] = [];
  for (const name of splitList(text)) {
    const id = lookup(list, name);
    if (id === null) problems.push(`no ${noun} is called "${name}"`);
    else if (!out.includes(id)) out.push(id);
  }
  return out;
}

const YES = ["yes", "y", "true", "x", "1"];

/** Pasting the same list twice must not double it: a name already listed is refused. */
const sameName = (list: readonly Named[], name: string): boolean =>
  list.some((x) => (x.name ?? "").trim().toLowerCase() === name.trim().toLowerCase());

function missing(problems: string[], what: string): null {
  problems.push(what);
  return null;
}

const BUILD: Record<PasteKind, Build> = {
  teachers: (v, school, problems) => {
    if (v("name") === "") return missing(problems, "the name is empty");
    if (sameName(school.teachers, v("name")))
      return missing(problems, `a teacher called "${v("name")}" is already listed`);
    const t: Record<string, unknown> = newTeacher(school, v("name"));
    if (v("id")) t.id = v("id");
    const departments = splitList(v("departments"));
    if (departments.length > 0) t.departments = departments;
    const max = count(v("maxTeachingPerDay"), "Most teaching a day", problems);
    if (max !== undefined) t.maxTeachingPerDay = max;
    return t;
  },
  rooms: (v, school, problems) => {
    if (v("name") === "") return missing(problems, "the room is empty");
    const r: Record<string, unknown> = newRoom(
      school,
      v("name"),
      count(v("capacity"), "Capacity", problems),
    );
    const features = splitList(v("features"));
    if (features.length > 0) r.features = features;
    return r;
  },
  groups: (v, school, problems) => {
    if (v("name") === "") return missing(problems, "the name is empty");
    if (sameName(school.groups ?? [], v("name")))
      return missing(problems, `a group called "${v("name")}" is already listed`);
    const parent =
      v("parent") === "" ? undefined : (lookup(school.groups ?? [], v("parent")) ?? undefined);
    if (v("parent") !== "" && parent === undefined)
      problems.push(`no group is called "${v("parent")}"`);
    const g: Record<string, unknown> = newGroup(school, v("name"), parent);
    if (v("id")) g.id = v("id");
    const size = count(v("size"), "Size", problems);
    if (size !== undefined) g.size = size;
    if (YES.includes(v("fullDay").toLowerCase())) g.fullDay = true;
    return g;
  },
  sections: (v, school, problems) => {
    if (v("course") === "") return missing(problems, "the course is empty");
    const teachers = refs(v("teachers"), school.teachers, "teacher", problems);
    if (teachers.length === 0 && v("teachers") === "") problems.push("no teacher is named");
    const groups = refs(v("groups"), school.groups ?? [], "group", problems);
    const s: Record<string, unknown> = newSection(school, v("course"), teachers, groups);
    if (v("id")) s.id = v("id");
    const meetings = count(v("meetings"), "Meetings", problems, 1);
    if (meetings !== undefined) s.meetings = meetings;
    const length = count(v("length"), "Length", problems, 1);
    if (length !== undefined) s.length = length;
    if (v("room") !== "") {
      const room = lookup(school.rooms ?? [], v("room"));
      if (room === null) problems.push(`no room is called "${v("room")}"`);
      else s.room = room;
    }
    return s;
  },
  teams: (v, school, problems) => {
    if (v("name") === "") return missing(problems, "the name is empty");
    const members = refs(v("members"), school.teachers, "teacher", problems);
    if (members.length === 0 && v("members") === "") problems.push("no member is named");
    const t: Record<string, unknown> = newTeam(school, v("name"), members);
    if (v("id")) t.id = v("id");
    if (v("lead") !== "") {
      const lead = lookup(school.teachers, v("lead"));
      if (lead === null) problems.push(`no teacher is called "${v("lead")}"`);
      else if (!members.includes(lead)) problems.push(`the lead ${v("lead")} is not a member`);
      else t.lead = lead;
    }
    const kind = v("kind").toLowerCase();
    if (["grade", "subject", "department", "other"].includes(kind)) t.kind = kind;
    else if (kind !== "") problems.push(`kind must be grade, subject, department or other`);
    const perCycle = count(v("perCycle"), "Planning per cycle", problems);
    if (perCycle !== undefined) t.planning = { perCycle };
    return t;
  },
};

/**
 * Reads pasted text. Each row is built on the school as it would be after the rows above it were
 * added, so ids stay unique and a group may name a parent pasted above it.
 */
export function parsePaste(kind: PasteKind, text: string, school: School): PastePreview {
  const parsed = Papa.parse<string[]>(text.replace(/\r\n?/g, "\n").trim(), {
    delimiter: "\t",
    skipEmptyLines: "greedy",
  });
  const table = parsed.data.map((row) => row.map((cell) => cell.trim()));
  const fromHeader = table[0] ? headerColumns(kind, table[0]) : null;
  const columns = fromHeader ?? PASTE_COLUMNS[kind];
  let working = school;
  const rows = table.slice(fromHeader ? 1 : 0).map((cells): PasteRow => {
    const problems: string[] = [];
    const at = new Map(columns.map((c, i) => [c.key, cells[i] ?? ""]));
    if (cells.length > columns.length)
      problems.push(`${cells.length - columns.length} extra cells are ignored`);
    const item = BUILD[kind]((key) => at.get(key) ?? "", working, problems);
    const taken = ((working[kind] ?? []) as Named[]).some((x) => x.id === item?.id);
    if (item && taken) problems.push(`the id "${String(item.id)}" is already used`);
    const blocking = problems.filter((p) => !p.endsWith("are ignored"));
    if (item && blocking.length === 0) {
      working = { ...working, [kind]: [...((working[kind] ?? []) as unknown[]), item] };
      return { cells, item, problems };
    }
    return { cells, item: null, problems };
  });
  return { kind, columns, header: fromHeader !== null, rows };
}

/** The school with every row that has an item added. */
export function applyPaste(school: School, preview: PastePreview): School {
  const items = preview.rows.flatMap((r) => (r.item ? [r.item] : []));
  return { ...school, [preview.kind]: [...((school[preview.kind] ?? []) as unknown[]), ...items] };
}
