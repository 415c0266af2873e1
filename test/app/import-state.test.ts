// The dialog's state and its sentences, without a browser.
import { describe, expect, it } from "vitest";
import {
  importReducer,
  initialImport,
  type LoadedFile,
} from "../../src/features/import/import-state.ts";
import { blockedMessage, doneMessage, fileSummary } from "../../src/features/import/import-text.ts";
import { fixtureFile } from "./import-fixtures.ts";

const loaded = (name: string, tableId: number): LoadedFile => ({ ...fixtureFile(name), tableId });

const counts = (c: Partial<Record<string, number>>) => ({
  create: 0,
  update: 0,
  unchanged: 0,
  duplicate: 0,
  skipped: 0,
  error: 0,
  ...c,
});

describe("importReducer", () => {
  const start = () => {
    let s = initialImport("New");
    s = importReducer(s, { type: "reading", key: 1, name: "sections-sis.csv" });
    s = importReducer(s, { type: "progress", key: 1, fraction: 0.5 });
    expect(s.reading).toEqual([{ key: 1, name: "sections-sis.csv", fraction: 0.5 }]);
    return importReducer(s, { type: "read", key: 1, file: loaded("sections-sis.csv", 7) });
  };

  it("moves a file from reading to read, and a failure to the failures", () => {
    const s = start();
    expect(s.reading).toEqual([]);
    expect(s.files.map((f) => f.tableId)).toEqual([7]);
    const failed = importReducer(importReducer(s, { type: "reading", key: 2, name: "x.csv" }), {
      type: "read-failed",
      key: 2,
      message: "x.csv could not be read",
    });
    expect(failed.reading).toEqual([]);
    expect(failed.failures).toEqual(["x.csv could not be read"]);
  });

  it("gives a field to one column: choosing it takes it from the other", () => {
    const s = start();
    expect(s.files[0]!.mapping[2]).toBe("teachers");
    const next = importReducer(s, { type: "map", tableId: 7, column: 0, field: "teachers" });
    expect(next.files[0]!.mapping[0]).toBe("teachers");
    expect(next.files[0]!.mapping[2]).toBeNull();
  });

  it("keeps an edit as the row's whole cells, and drops an edit that changes nothing", () => {
    const s = start();
    const edited = importReducer(s, {
      type: "edit",
      tableId: 7,
      row: 14,
      column: 2,
      value: "Alan Lee",
    });
    expect(edited.files[0]!.edits[14]).toEqual([
      "Statistics",
      "1",
      "Alan Lee",
      "101",
      "3",
      "MTWRF",
      "7",
      "28",
      "Math",
    ]);
    expect(
      importReducer(edited, { type: "edit", tableId: 7, row: 14, column: 2, value: "Alan Lee" }),
    ).toBe(edited);
    expect(importReducer(s, { type: "edit", tableId: 7, row: 99, column: 2, value: "x" })).toEqual(
      s,
    );
  });

  it("skips and unskips rows, and re-guesses the columns when the kind changes", () => {
    let s = importReducer(start(), { type: "skip", tableId: 7, row: 14, skip: true });
    s = importReducer(s, { type: "skip", tableId: 7, row: 5, skip: true });
    expect(s.files[0]!.skipped).toEqual([14, 5]);
    s = importReducer(s, { type: "skip", tableId: 7, row: 14, skip: false });
    expect(s.files[0]!.skipped).toEqual([5]);
    s = importReducer(s, { type: "kind", tableId: 7, kind: "rooms", remembered: {} });
    expect(s.files[0]!.kind).toBe("rooms");
    // Only "Room" means something in a rooms file.
    expect(s.files[0]!.mapping).toEqual([null, null, null, "id", null, null, null, null, null]);
  });

  it("goes back to the first step when the last file is removed", () => {
    let s = importReducer(start(), { type: "step", step: "preview" });
    s = importReducer(s, { type: "remove", tableId: 7 });
    expect(s.step).toBe("files");
  });
});

describe("import texts", () => {
  it("summarizes a file", () => {
    expect(fileSummary({ kind: "teachers", counts: counts({ create: 1 }) })).toBe("1 new teacher");
    expect(
      fileSummary({
        kind: "sections",
        counts: counts({ create: 20_000, update: 2, duplicate: 1, error: 3 }),
      }),
    ).toBe("20,000 new sections, 2 updated; 1 duplicate row, 3 rows with problems");
    expect(fileSummary({ kind: "rooms", counts: counts({ skipped: 2 }) })).toBe(
      "no rooms; 2 rows skipped",
    );
  });

  it("says what was imported", () => {
    expect(
      doneMessage(
        [
          { fileName: "a.csv", kind: "teachers", counts: counts({ create: 5 }) },
          { fileName: "b.csv", kind: "sections", counts: counts({ create: 1, update: 2 }) },
        ],
        "Adams",
      ),
    ).toBe("Imported a.csv and b.csv into Adams: 5 teachers and 1 section added, 2 items updated.");
    expect(blockedMessage(1)).toBe(
      "1 problem must be fixed (or its row skipped) before importing.",
    );
  });
});
