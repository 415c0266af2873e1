// Export then import: every shared school's lists, written as CSV and read back into an empty
// school with the same calendar, give the same teachers, rooms, groups, sections and teams on
// every field the CSV shapes carry.
import { describe, expect, it } from "vitest";
import type { School } from "../../solver/model/format.ts";
import { exportCsv, exportRows } from "../../src/features/import/export-csv.ts";
import { FIELDS, guessMapping, KINDS, type ImportKind } from "../../src/features/import/fields.ts";
import { planImport, type ImportFile } from "../../src/features/import/plan.ts";
import { readCsvBytes } from "../../src/features/import/read-csv.ts";
import { newSchoolBase } from "../../src/features/import/store-import.ts";
import { instanceFiles, readInstance } from "../shared-path.ts";

const PLANNING: Record<string, string> = {
  perCycle: "perCycle",
  maxPerDay: "maxPerDay",
  planningPeriods: "periods",
  planningSamePeriod: "samePeriod",
};

const absent = (v: unknown) =>
  v === undefined || v === null || (Array.isArray(v) && v.length === 0);

/** An item on the exported fields only; a missing, null or empty list is the same (the default). */
function mapped(kind: ImportKind, item: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const planning: Record<string, unknown> = {};
  for (const field of FIELDS[kind].filter((f) => f.exported)) {
    if (kind === "teams" && field.key in PLANNING) {
      const key = PLANNING[field.key]!;
      const value = (item.planning as Record<string, unknown> | null | undefined)?.[key];
      if (!absent(value)) planning[key] = value;
    } else if (!absent(item[field.key])) out[field.key] = item[field.key];
  }
  if (Object.keys(planning).length > 0) out.planning = planning;
  return out;
}

const lists = (school: School) =>
  Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      ((school[kind] ?? []) as Record<string, unknown>[]).map((item) => mapped(kind, item)),
    ]),
  );

function exportedFiles(school: School): ImportFile[] {
  return KINDS.map((kind) => {
    const bytes = new TextEncoder().encode(exportCsv(school, kind));
    const table = readCsvBytes(bytes, `${kind}.csv`);
    return { table, kind, mapping: guessMapping(kind, table.header), edits: {}, skipped: [] };
  });
}

describe("CSV round trip of the shared schools", () => {
  for (const name of instanceFiles(".school.json")) {
    it(name, () => {
      const school = JSON.parse(readInstance(name)) as School;
      const files = exportedFiles(school);
      // Every exported column maps itself back to its field.
      for (const file of files) expect(file.mapping.every((m) => m !== null)).toBe(true);
      const plan = planImport(newSchoolBase(school, "Round trip"), files);
      expect(plan.errorCount).toBe(0);
      expect(plan.files.map((f) => f.counts.create)).toEqual(
        KINDS.map((kind) => (school[kind] ?? []).length),
      );
      expect(lists(plan.school)).toEqual(lists(school));
      // Importing the same files into the school itself changes nothing.
      const again = planImport(school, files);
      expect(again.files.every((f) => f.counts.unchanged === f.rows.length)).toBe(true);
    });
  }

  it("keeps values with commas, quotes, line breaks and accents", () => {
    const base = newSchoolBase(JSON.parse(readInstance("middle-s-1.school.json")) as School, "Odd");
    const school: School = {
      ...base,
      teachers: [
        { id: "t-1", name: "King, Jr., Martin", departments: ["Arts, Music"] },
        {
          id: "t-2",
          name: 'Zoë "Z" Müller',
          departments: ["Music", "Drama"],
          email: "zm@example.org",
        },
      ],
      rooms: [{ id: "Main Gym", name: "Gym\nnorth", features: ["gym"] }],
      sections: [{ id: "s;1", course: "Band, Jazz", teachers: ["t-2"], samePeriod: false }],
    };
    const files = exportedFiles(school);
    expect(exportRows(school, "teachers")[0]).toEqual(["ID", "Name", "Departments", "Email"]);
    const plan = planImport(newSchoolBase(school, "Back"), files);
    expect(plan.errorCount).toBe(0);
    expect(lists(plan.school)).toEqual(lists(school));
    expect(plan.school.teachers[1]).toMatchObject({ email: "zm@example.org" });
  });
});
