// What each kind of CSV file can hold, the headers a spreadsheet or a student information system
// uses for each field, and the guesses made from a file's name and header row. The label of a
// field is the header the export writes, so an exported file maps itself on the way back in.

export type ImportKind = "teachers" | "rooms" | "groups" | "sections" | "teams";

/** In the order files are applied: each kind may refer to the kinds before it. */
export const KINDS: readonly ImportKind[] = ["teachers", "rooms", "groups", "sections", "teams"];

export const KIND_NAMES: Record<ImportKind, { one: string; many: string; title: string }> = {
  teachers: { one: "teacher", many: "teachers", title: "Teachers" },
  rooms: { one: "room", many: "rooms", title: "Rooms" },
  groups: { one: "group", many: "groups", title: "Student groups" },
  sections: { one: "section", many: "sections", title: "Sections" },
  teams: { one: "team", many: "teams", title: "Teams" },
};

export type FieldDef = {
  key: string;
  /** The header the export writes. */
  label: string;
  /** Other headers that mean this field (compared without case, spaces or punctuation). */
  aliases: readonly string[];
  /** Written by the export (false for helpers such as First Name). */
  exported: boolean;
};

const f = (key: string, label: string, ...aliases: string[]): FieldDef => ({
  key,
  label,
  aliases,
  exported: true,
});
const helper = (key: string, label: string, ...aliases: string[]): FieldDef => ({
  ...f(key, label, ...aliases),
  exported: false,
});
const slots = (key: string, label: string) => f(key, label, "unavailable slots", "not available");

export const FIELDS: Record<ImportKind, readonly FieldDef[]> = {
  teachers: [
    f("id", "ID", "teacher id", "staff id", "employee id", "staff number"),
    f("name", "Name", "teacher", "teacher name", "full name", "staff name", "instructor"),
    helper("firstName", "First Name", "first", "given name", "forename"),
    helper("lastName", "Last Name", "last", "surname", "family name"),
    f("departments", "Departments", "department", "dept", "subject", "subjects"),
    f("email", "Email", "e-mail", "email address", "mail"),
    f("maxTeachingPerDay", "Max Teaching Per Day", "max periods per day"),
    f("minFreePerDay", "Min Free Per Day", "free periods per day"),
    f("minFreePerCycle", "Min Free Per Cycle", "free periods per cycle"),
    f("maxPlanningPerCycle", "Max Planning Per Cycle", "max planning meetings"),
    slots("unavailable", "Unavailable"),
  ],
  rooms: [
    f("id", "Room", "room number", "room id", "room no", "id", "number"),
    f("name", "Name", "room name", "description"),
    f("capacity", "Capacity", "seats", "max capacity", "size"),
    f("features", "Features", "feature", "room type", "type"),
    slots("unavailable", "Unavailable"),
  ],
  groups: [
    f("id", "ID", "group id", "code"),
    f("name", "Name", "group", "group name", "homeroom", "cohort", "class"),
    f("parent", "Parent", "grade", "grade level", "parent group", "year"),
    f("size", "Size", "students", "enrollment", "student count", "number of students"),
    f("fullDay", "Full Day", "all day"),
  ],
  sections: [
    f("id", "ID", "section id"),
    helper("sectionNumber", "Section #", "section", "section number", "section no", "sec"),
    f("course", "Course", "course name", "course title", "class", "class name", "subject"),
    f("department", "Department", "dept"),
    f("teachers", "Teachers", "teacher", "teacher name", "teacher names", "instructor"),
    f("groups", "Groups", "group", "grade", "grades", "homeroom", "cohort"),
    f("meetings", "Meetings", "meetings per cycle", "meetings per week", "times per week"),
    f("length", "Length", "periods per meeting", "double period"),
    f("samePeriod", "Same Period"),
    f("room", "Room", "room number", "room no", "room id"),
    f("roomFeatures", "Room Features", "features", "needs"),
    f("size", "Size", "max enrollment", "enrollment", "max size", "class size", "seats"),
    f("allowedPeriods", "Periods", "period", "allowed periods", "block"),
    f("allowedDays", "Days", "day", "allowed days", "meeting days"),
    f("pinned", "Pinned", "pinned meetings", "fixed meetings"),
  ],
  teams: [
    f("id", "ID", "team id"),
    f("name", "Team", "name", "team name"),
    f("kind", "Kind", "type", "team type"),
    f("members", "Members", "teachers", "member", "team members"),
    f("lead", "Lead", "leader", "team lead", "team leader"),
    f("perCycle", "Planning Per Cycle", "planning", "planning slots", "planning per week"),
    f("maxPerDay", "Planning Max Per Day", "max planning per day"),
    f("planningPeriods", "Planning Periods"),
    f("planningSamePeriod", "Planning Same Period"),
  ],
};

/** One field key per column of the file, or null for a column that is not imported. */
export type Mapping = readonly (string | null)[];

/** What a person chose before, per header: kept in settings under ui.import.mapping.<kind>. */
export type RememberedMapping = Readonly<Record<string, string | null>>;

/** "Section #" and "section_number" are the same header; so are "E-mail" and "Email". */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/#/g, " number ")
    .replace(/\bno\b\.?/g, " number ")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * A field for each column: what the person chose for this header before, else the field whose
 * label or alias is the header. A field goes to one column only (the first that claims it).
 */
export function guessMapping(
  kind: ImportKind,
  header: readonly string[],
  remembered: RememberedMapping = {},
): Mapping {
  const fields = FIELDS[kind];
  const known = new Set(fields.map((x) => x.key));
  const taken = new Set<string>();
  const claim = (key: string | null): string | null => {
    if (key === null || taken.has(key) || !known.has(key)) return null;
    taken.add(key);
    return key;
  };
  const keys = header.map(headerKey);
  // Remembered choices first, so that a guess never takes a field the person gave another column.
  const out: (string | null)[] = keys.map((k) =>
    Object.hasOwn(remembered, k) ? claim(remembered[k] ?? null) : null,
  );
  keys.forEach((k, i) => {
    if (out[i] !== null || Object.hasOwn(remembered, k)) return;
    const field = fields.find((x) => [x.label, ...x.aliases].some((a) => headerKey(a) === k));
    out[i] = claim(field?.key ?? null);
  });
  return out;
}

/** The mapping to remember: the person's choice for every header of the file. */
export function rememberMapping(
  header: readonly string[],
  mapping: Mapping,
  before: RememberedMapping = {},
): Record<string, string | null> {
  const out: Record<string, string | null> = { ...before };
  header.forEach((h, i) => {
    out[headerKey(h)] = mapping[i] ?? null;
  });
  return out;
}

const NAME_HINTS: readonly [RegExp, ImportKind][] = [
  [/team|plc/i, "teams"],
  [/section|course|master|schedule|class(?!room)/i, "sections"],
  [/teacher|staff|faculty|instructor|employee/i, "teachers"],
  [/group|homeroom|cohort|grade/i, "groups"],
  [/room|facilit/i, "rooms"],
];

/** The kind a file's name says ("staff.csv"), else the kind whose fields match most headers. */
export function guessKind(fileName: string, header: readonly string[]): ImportKind {
  const base = fileName.replace(/\.[^.]*$/, "");
  const named = NAME_HINTS.find(([pattern]) => pattern.test(base));
  if (named) return named[1];
  let best: ImportKind = "teachers";
  let bestScore = -1;
  for (const kind of KINDS) {
    const score = guessMapping(kind, header).filter((m) => m !== null).length;
    if (score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  return best;
}

export function fieldLabel(kind: ImportKind, key: string): string {
  return FIELDS[kind].find((x) => x.key === key)?.label ?? key;
}
