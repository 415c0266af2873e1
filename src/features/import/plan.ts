// The preview of an import: every file's rows applied, in the order of KINDS, to a copy of the
// school (nothing is stored), with what each row does and every problem by file, row and column.
// The resulting school is checked by the school parser, and its errors are placed on the row that
// made the item, so "ready" means the school can be stored as it is.
import type { School } from "../../../solver/index.ts";
import { buildGroup, buildRoom, resolveParent } from "./build-places.ts";
import { buildTeacher, buildTeam } from "./build-people.ts";
import { buildSection } from "./build-sections.ts";
import { fieldLabel, FIELDS, KIND_NAMES, KINDS, type ImportKind, type Mapping } from "./fields.ts";
import type { ImportProblem, RowAction } from "./problems.ts";
import type { CsvTable } from "./read-csv.ts";
import type { Draft, RowInput } from "./row-input.ts";
import { placeSchoolErrors } from "./school-errors.ts";
import { Workbench, type Origin } from "./workbench.ts";

export type ImportFile = {
  table: CsvTable;
  kind: ImportKind;
  mapping: Mapping;
  /** Rows changed in the preview: all cells of the row, by row number. */
  edits: Readonly<Record<number, readonly string[]>>;
  /** Rows the person chose not to import. */
  skipped: readonly number[];
};

export type RowPlan = {
  row: number;
  action: RowAction;
  /** The item the row makes or changes. */
  id: string | null;
  label: string;
  /** Fields an update changes. */
  changes: string[];
  problems: ImportProblem[];
  note: string | null;
};

export type FilePlan = {
  fileName: string;
  kind: ImportKind;
  rows: RowPlan[];
  /** Problems of the whole file (an unreadable quote, no column for names). */
  problems: ImportProblem[];
  /** Things done beyond the rows, e.g. a parent group created for a Grade column. */
  notes: string[];
  counts: Record<RowAction, number>;
};

export type ImportPlan = {
  files: FilePlan[];
  /** The school as it would be stored. */
  school: School;
  /** Problems of the resulting school that no row caused. */
  problems: ImportProblem[];
  errorCount: number;
  ready: boolean;
};

type Builder = (input: RowInput, bench: Workbench) => Draft | null;

const BUILDERS: Record<ImportKind, Builder> = {
  teachers: buildTeacher,
  rooms: buildRoom,
  groups: buildGroup,
  sections: buildSection,
  teams: buildTeam,
};

/** Fields of which at least one must be mapped, for a row to say which item it is. */
const IDENTITY: Record<ImportKind, readonly string[]> = {
  teachers: ["id", "name", "firstName", "lastName"],
  rooms: ["id", "name"],
  groups: ["id", "name"],
  sections: ["id", "sectionNumber", "course"],
  teams: ["id", "name"],
};

export const cellsOf = (
  file: ImportFile,
  row: { row: number; cells: string[] },
): readonly string[] => file.edits[row.row] ?? row.cells;

const emptyCounts = (): Record<RowAction, number> => ({
  create: 0,
  update: 0,
  unchanged: 0,
  duplicate: 0,
  skipped: 0,
  error: 0,
});

type Claims = Map<string, { file: string; row: number; label: string }>;

export function planImport(base: School, files: readonly ImportFile[]): ImportPlan {
  const bench = new Workbench(base);
  const claims: Claims = new Map();
  const plans = new Map<ImportFile, FilePlan>();
  const order = [...files].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
  for (const file of order) plans.set(file, planFile(file, bench, claims));
  const filePlans = files.map((f) => plans.get(f)!);
  const school = bench.school();
  const problems = placeSchoolErrors(school, bench, filePlans);
  for (const plan of filePlans) {
    plan.counts = emptyCounts();
    for (const row of plan.rows) plan.counts[row.action]++;
  }
  const errorCount =
    problems.length + filePlans.reduce((n, p) => n + p.problems.length + p.counts.error, 0);
  return { files: filePlans, school, problems, errorCount, ready: errorCount === 0 };
}

function planFile(file: ImportFile, bench: Workbench, claims: Claims): FilePlan {
  const { table, kind, mapping } = file;
  const fileName = table.fileName;
  const plan: FilePlan = {
    fileName,
    kind,
    rows: [],
    problems: [],
    notes: [],
    counts: emptyCounts(),
  };
  const columnOf = new Map<string, number>();
  mapping.forEach((field, i) => {
    if (field !== null && !columnOf.has(field)) columnOf.set(field, i);
  });
  const headerOf = (field: string | null) =>
    field === null ? null : (table.header[columnOf.get(field) ?? -1] ?? fieldLabel(kind, field));
  const columns: Record<string, string> = {};
  for (const [field, i] of columnOf) columns[field] = table.header[i] ?? field;

  const rowIssues = new Map<number, string[]>();
  for (const issue of table.issues) {
    if (issue.row === null || !table.rows.some((r) => r.row === issue.row)) {
      plan.problems.push({
        file: fileName,
        row: issue.row,
        column: null,
        message: issue.message,
        fix: "Correct the file and choose it again.",
      });
    } else rowIssues.set(issue.row, [...(rowIssues.get(issue.row) ?? []), issue.message]);
  }
  const identity = IDENTITY[kind];
  if (!identity.some((field) => columnOf.has(field))) {
    const names = identity.map((k) => fieldLabel(kind, k)).join(" or ");
    plan.problems.push({
      file: fileName,
      row: null,
      column: null,
      message: `no column is mapped to ${names}`,
      fix: `Choose which column holds the ${KIND_NAMES[kind].many}' ${kind === "rooms" ? "numbers" : "names"}.`,
    });
    return plan;
  }

  const skipped = new Set(file.skipped);
  const seen = new Map<string, number>();
  const pending: { input: RowInput; draft: Draft; origin: Origin; plan: RowPlan }[] = [];
  for (const raw of table.rows) {
    const cells = cellsOf(file, raw);
    const row: RowPlan = {
      row: raw.row,
      action: "create",
      id: null,
      label: "",
      changes: [],
      problems: [],
      note: null,
    };
    plan.rows.push(row);
    if (skipped.has(raw.row)) {
      row.action = "skipped";
      continue;
    }
    const key = cells.join("\u001f");
    const first = seen.get(key);
    if (first !== undefined) {
      row.action = "duplicate";
      row.note = `repeats row ${first}; only row ${first} is imported`;
      continue;
    }
    seen.set(key, raw.row);
    const fail = (field: string | null, message: string, fix: string) =>
      row.problems.push({ file: fileName, row: raw.row, column: headerOf(field), message, fix });
    for (const message of rowIssues.get(raw.row) ?? [])
      fail(null, message, "Correct the row in the file or here.");
    const input: RowInput = {
      file: fileName,
      row: raw.row,
      value: (field) => {
        const i = columnOf.get(field);
        return i === undefined ? "" : (cells[i] ?? "").trim();
      },
      mapped: (field) => columnOf.has(field),
      fail,
      claim: (claimKind, id, field) => {
        const claimKey = `${claimKind}:${id}`;
        const earlier = claims.get(claimKey);
        if (earlier) {
          const where =
            earlier.file === fileName ? `row ${earlier.row}` : `${earlier.file} row ${earlier.row}`;
          fail(
            field,
            `this row describes the same ${KIND_NAMES[claimKind].one} as ${where} (${earlier.label})`,
            "Keep one of the two rows: fix this one or skip it.",
          );
          return false;
        }
        claims.set(claimKey, {
          file: fileName,
          row: raw.row,
          label:
            bench.label(claimKind, id) === id
              ? input.value("name") || input.value("course") || id
              : bench.label(claimKind, id),
        });
        return true;
      },
    };
    const draft = BUILDERS[kind](input, bench);
    if (!draft) {
      row.action = "error";
      continue;
    }
    const origin: Origin = { file: fileName, row: raw.row, columns };
    bench.put(kind, draft.next, origin);
    pending.push({ input, draft, origin, plan: row });
  }
  if (kind === "groups") {
    const created = new Set<string>();
    for (const { input, draft, origin } of pending) {
      const made = resolveParent(input, bench, draft.next, origin);
      if (made !== null && !created.has(made)) {
        created.add(made);
        plan.notes.push(`Creates the group ${made}, named in column ${headerOf("parent")}.`);
      }
    }
  }
  for (const { draft, plan: row } of pending) {
    row.id = draft.next.id;
    row.label = bench.label(kind, draft.next.id);
    row.changes = draft.before ? changedFields(kind, draft.before, draft.next) : [];
    row.action =
      row.problems.length > 0
        ? "error"
        : draft.before === null
          ? "create"
          : row.changes.length === 0
            ? "unchanged"
            : "update";
  }
  return plan;
}

function changedFields(kind: ImportKind, before: object, next: object): string[] {
  const a = before as Record<string, unknown>;
  const b = next as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const changed = keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  const known = new Set(FIELDS[kind].map((f) => f.key));
  return changed.map((k) => (known.has(k) ? fieldLabel(kind, k) : k));
}
