// The school's lists as CSV files of the shapes the import reads: one column per field, headed by
// the field's label, references written as ids, lists separated by "; ". Importing an exported
// file into an empty school with the same calendar gives back the same items.
import Papa from "papaparse";
import type { School } from "../../../solver/index.ts";
import { slug } from "../../lib/slug.ts";
import { writeFlag, writeList, writePins, writeSlots } from "./cells.ts";
import { FIELDS, type ImportKind } from "./fields.ts";

type Row = Record<string, unknown>;

/** Where a field's value lives when it is not the item's own key. */
const PLANNING: Record<string, string> = {
  perCycle: "perCycle",
  maxPerDay: "maxPerDay",
  planningPeriods: "periods",
  planningSamePeriod: "samePeriod",
};

function valueOf(kind: ImportKind, item: Row, key: string): unknown {
  if (kind === "teams" && key in PLANNING) {
    const planning = item.planning as Row | null | undefined;
    return planning?.[PLANNING[key]!];
  }
  return item[key];
}

function cell(key: string, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (key === "unavailable") return writeSlots(value as never);
  if (key === "pinned") return writePins(value as never);
  if (typeof value === "boolean") return writeFlag(value);
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return writeList(value);
  return JSON.stringify(value);
}

/** The rows of one list: a header row, then one row per item. Empty columns are left out. */
export function exportRows(school: School, kind: ImportKind): string[][] {
  const items = (school[kind] ?? []) as Row[];
  const fields = FIELDS[kind].filter((f) => f.exported);
  const table = items.map((item) => fields.map((f) => cell(f.key, valueOf(kind, item, f.key))));
  const keep = fields.map((_, i) => i === 0 || table.some((row) => row[i] !== ""));
  const pick = (row: string[]) => row.filter((_, i) => keep[i]);
  return [pick(fields.map((f) => f.label)), ...table.map(pick)];
}

export function exportCsv(school: School, kind: ImportKind): string {
  const [header, ...rows] = exportRows(school, kind);
  // CRLF line ends are what RFC 4180 and spreadsheet imports expect.
  return Papa.unparse({ fields: header ?? [], data: rows }, { newline: "\r\n" });
}

/** "lincoln-middle-school.teachers.csv" */
export function exportFileName(schoolName: string, kind: ImportKind): string {
  const base = slug(schoolName);
  return `${base === "" ? "school" : base}.${kind}.csv`;
}
