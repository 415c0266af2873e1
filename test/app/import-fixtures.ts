// The messy CSV files of test/fixtures/csv/ and a small school to import them into.
import { readFileSync } from "node:fs";
import { SCHOOL_FORMAT, type School } from "../../solver/model/format.ts";
import { guessMapping, guessKind } from "../../src/features/import/fields.ts";
import type { ImportFile } from "../../src/features/import/plan.ts";
import { readCsvBytes, type CsvTable } from "../../src/features/import/read-csv.ts";

const FIXTURES = new URL("../fixtures/csv/", import.meta.url);

export const fixtureBytes = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(name, FIXTURES)));

export const fixtureTable = (name: string): CsvTable => readCsvBytes(fixtureBytes(name), name);

/** The fixture as a file of the import, with the guessed kind and columns. */
export function fixtureFile(name: string, table: CsvTable = fixtureTable(name)): ImportFile {
  const kind = guessKind(name, table.header);
  return { table, kind, mapping: guessMapping(kind, table.header), edits: {}, skipped: [] };
}

/** A week of five days and seven periods ("Period 1" ...), and nothing in it yet. */
export function weekSchool(name = "Fixture School"): School {
  return {
    format: SCHOOL_FORMAT,
    name,
    calendar: {
      days: [
        { id: "Mon", name: "Monday" },
        { id: "Tue", name: "Tuesday" },
        { id: "Wed", name: "Wednesday" },
        { id: "Thu", name: "Thursday" },
        { id: "Fri", name: "Friday" },
      ],
      periods: Array.from({ length: 7 }, (_, i) => ({
        id: String(i + 1),
        name: `Period ${i + 1}`,
      })),
    },
    teachers: [],
    sections: [],
  };
}

/** Sections rows like a student information system's export, `count` of them. */
export function bigSectionsCsv(count: number, teachers: number): string {
  const lines = ["Course Name,Section #,Teacher,Period,Days,Max Enrollment"];
  for (let i = 0; i < count; i++) {
    const t = i % teachers;
    lines.push(
      `Course ${i % 500},${Math.floor(i / 500) + 1},"Last${t}, First${t}",${(i % 7) + 1},MTWRF,${20 + (i % 10)}`,
    );
  }
  return lines.join("\r\n") + "\r\n";
}
