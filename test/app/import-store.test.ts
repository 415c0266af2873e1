// Confirming an import: one checked write through the storage layer, or nothing at all.
import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import {
  createSchool,
  getSchool,
  getSetting,
  listHistory,
  listSchools,
  schoolLog,
} from "../../src/data/index.ts";
import { guessMapping } from "../../src/features/import/fields.ts";
import { planImport } from "../../src/features/import/plan.ts";
import { loadMapping, saveMappings, storeImport } from "../../src/features/import/store-import.ts";
import { newSchoolBase } from "../../src/features/import/store-import.ts";
import { closeAll, freshDb } from "../data/fixtures.ts";
import { fixtureFile, weekSchool } from "./import-fixtures.ts";

afterEach(closeAll);

const must = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe("storeImport", () => {
  it("merges into the school as one undoable step", async () => {
    const db = freshDb();
    const record = must(await createSchool(weekSchool("Adams Middle"), db));
    const plan = planImport(record.school, [fixtureFile("teachers-utf8-bom.csv")]);
    expect(plan.ready).toBe(true);
    const stored = must(
      await storeImport(
        plan.school,
        { kind: "merge", schoolId: record.id, expectedRevision: record.revision },
        "Import teachers-utf8-bom.csv",
        db,
      ),
    );
    expect(stored.revision).toBe(2);
    expect(stored.school.teachers.map((t) => t.name)).toContain("Sofía Núñez");
    const history = must(await listHistory(schoolLog(record.id), db));
    expect(history.map((h) => h.label)).toEqual(["Import teachers-utf8-bom.csv"]);
  });

  it("creates a new school with the calendar of the current one and makes it current", async () => {
    const db = freshDb();
    const current = weekSchool("Adams Middle");
    const plan = planImport(newSchoolBase(current, "Imported"), [
      fixtureFile("teachers-utf8-bom.csv"),
    ]);
    const stored = must(
      await storeImport(plan.school, { kind: "new", name: " Baker High " }, "Import", db),
    );
    expect(stored.name).toBe("Baker High");
    expect(stored.school.calendar).toEqual(current.calendar);
    expect(must(await getSetting("currentSchoolId", db))).toBe(stored.id);
  });

  it("stores nothing when the school has errors", async () => {
    const db = freshDb();
    const record = must(await createSchool(weekSchool("Adams Middle"), db));
    const plan = planImport(record.school, [fixtureFile("sections-sis.csv")]);
    expect(plan.ready).toBe(false);
    const merged = await storeImport(
      plan.school,
      { kind: "merge", schoolId: record.id, expectedRevision: 1 },
      "Import",
      db,
    );
    expect(merged.ok).toBe(false);
    expect(!merged.ok && merged.error.kind).toBe("invalid");
    const created = await storeImport(plan.school, { kind: "new", name: "X" }, "Import", db);
    expect(created.ok).toBe(false);
    expect(must(await getSchool(record.id, db)).revision).toBe(1);
    expect(must(await listSchools({}, db))).toHaveLength(1);
  });

  it("refuses to overwrite an edit saved since the preview", async () => {
    const db = freshDb();
    const record = must(await createSchool(weekSchool("Adams Middle"), db));
    const plan = planImport(record.school, [fixtureFile("teachers-utf8-bom.csv")]);
    must(
      await storeImport(
        plan.school,
        { kind: "merge", schoolId: record.id, expectedRevision: 1 },
        "A",
        db,
      ),
    );
    const again = await storeImport(
      plan.school,
      { kind: "merge", schoolId: record.id, expectedRevision: 1 },
      "B",
      db,
    );
    expect(!again.ok && again.error.kind).toBe("conflict");
  });
});

describe("remembered columns", () => {
  it("keeps the choice for each header of each kind, added to earlier ones", async () => {
    const db = freshDb();
    expect(await loadMapping("sections", db)).toEqual({});
    const header = ["Course Name", "Instructor", "Notes"];
    await saveMappings([{ kind: "sections", header, mapping: ["course", "teachers", null] }], db);
    await saveMappings([{ kind: "sections", header: ["Room #"], mapping: ["room"] }], db);
    const remembered = await loadMapping("sections", db);
    expect(guessMapping("sections", [...header, "Room #"], remembered)).toEqual([
      "course",
      "teachers",
      null,
      "room",
    ]);
    expect(await loadMapping("teachers", db)).toEqual({});
  });
});
