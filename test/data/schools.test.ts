import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import {
  createSchool,
  deleteSchool,
  getSchool,
  listSchools,
  purgeSchool,
  renameSchool,
  restoreSchool,
  updateSchool,
} from "../../src/data/repositories/schools.ts";
import { createVersion, listVersions } from "../../src/data/repositories/versions.ts";
import { getSetting, setCurrentSchool } from "../../src/data/repositories/settings.ts";
import { getHistory, undo, redo } from "../../src/data/repositories/history.ts";
import { asSchoolId } from "../../src/data/ids.ts";
import { schoolLog } from "../../src/data/records.ts";
import { closeAll, freshDb, must, reopen, tick, tinySchedule, tinySchool } from "./fixtures.ts";

afterEach(closeAll);

describe("schools", () => {
  it("stores the school document exactly as given, unknown fields included", async () => {
    const db = freshDb();
    const school = tinySchool();
    const record = must(await createSchool(school, db));
    expect(record).toMatchObject({ name: "Tiny School", revision: 1, deletedAt: null });
    const stored = must(await getSchool(record.id, db));
    expect(stored.school).toEqual(school);
    expect(stored.school["x-district"]).toEqual({ code: 42, tags: ["pilot"] });
  });

  it("refuses an invalid school with the parser's errors and stores nothing", async () => {
    const db = freshDb();
    const school = tinySchool();
    school.sections[0]!.teachers = ["t-nobody"];
    const result = await createSchool(school, db);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("invalid");
    if (result.error.kind !== "invalid") return;
    expect(result.error.errors.map((e) => e.path)).toContain("sections[0].teachers[0]");
    expect(await db.schools.count()).toBe(0);
  });

  it("answers not-found for an unknown id", async () => {
    const result = await getSchool(asSchoolId("nope"), freshDb());
    expect(result).toMatchObject({ ok: false, error: { kind: "not-found" } });
  });

  it("lists live schools most recently edited first, and the trash apart", async () => {
    const db = freshDb();
    const b = must(await createSchool(tinySchool("B"), db));
    await tick();
    const a = must(await createSchool(tinySchool("A"), db));
    await tick();
    must(await renameSchool(b.id, "B2", 1, db));
    expect(must(await listSchools({}, db)).map((s) => s.name)).toEqual(["B2", "A"]);
    must(await deleteSchool(a.id, 1, db));
    expect(must(await listSchools({}, db)).map((s) => s.name)).toEqual(["B2"]);
    expect(must(await listSchools({ deleted: true }, db)).map((s) => s.name)).toEqual(["A"]);
  });

  it("renames as an undoable step that changes the document's name too", async () => {
    const db = freshDb();
    const record = must(await createSchool(tinySchool(), db));
    const renamed = must(await renameSchool(record.id, "  Lincoln Middle  ", 1, db));
    expect(renamed).toMatchObject({ name: "Lincoln Middle", revision: 2 });
    expect(renamed.school.name).toBe("Lincoln Middle");
    const history = must(await getHistory(schoolLog(record.id), db));
    expect(history.undo?.label).toBe('Rename school to "Lincoln Middle"');
    must(await undo(schoolLog(record.id), {}, db));
    const back = must(await getSchool(record.id, db));
    expect(back).toMatchObject({ name: "Tiny School", revision: 3 });
    expect(back.school).toEqual(tinySchool());
  });

  it("updates with a history step; undo and redo restore each document", async () => {
    const db = freshDb();
    const original = tinySchool();
    const record = must(await createSchool(original, db));
    const edited = structuredClone(original);
    edited.teachers.push({ id: "t-chen", name: "Kai Chen" });
    edited.teams![0]!.members.push("t-chen");
    const label = "Add teacher Kai Chen";
    const updated = must(await updateSchool(record.id, edited, { expectedRevision: 1, label }, db));
    expect(updated.revision).toBe(2);
    expect(must(await getSchool(record.id, db)).school).toEqual(edited);

    expect(must(await undo(schoolLog(record.id), {}, db))?.label).toBe(label);
    expect(must(await getSchool(record.id, db)).school).toEqual(original);
    expect(must(await redo(schoolLog(record.id), {}, db))?.label).toBe(label);
    expect(must(await getSchool(record.id, db)).school).toEqual(edited);
  });

  it("records nothing for an edit that changes nothing", async () => {
    const db = freshDb();
    const record = must(await createSchool(tinySchool(), db));
    const same = must(
      await updateSchool(record.id, tinySchool(), { expectedRevision: 1, label: "x" }, db),
    );
    expect(same.revision).toBe(1);
    expect(must(await getHistory(schoolLog(record.id), db)).entries).toEqual([]);
  });

  it("refuses an edit that would make the school invalid, keeping the stored one", async () => {
    const db = freshDb();
    const record = must(await createSchool(tinySchool(), db));
    const broken = { ...tinySchool(), teachers: [] };
    const result = await updateSchool(record.id, broken, { expectedRevision: 1, label: "x" }, db);
    expect(result).toMatchObject({ ok: false, error: { kind: "invalid" } });
    expect(must(await getSchool(record.id, db))).toEqual(record);
  });

  it("detects a conflict when another tab saved first, and keeps that tab's work", async () => {
    const db = freshDb();
    const otherTab = reopen(db);
    const record = must(await createSchool(tinySchool(), db));
    must(await renameSchool(record.id, "Renamed in tab B", record.revision, otherTab));
    const mine = { ...tinySchool(), name: "Renamed in tab A" };
    const result = await updateSchool(
      record.id,
      mine,
      { expectedRevision: record.revision, label: "Rename" },
      db,
    );
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: "conflict", expectedRevision: 1, actualRevision: 2 }),
    });
    expect(must(await getSchool(record.id, db)).name).toBe("Renamed in tab B");
  });

  it("deletes to the trash, restores, and purges only from the trash", async () => {
    const db = freshDb();
    const record = must(await createSchool(tinySchool(), db));
    const version = must(
      await createVersion(record.id, tinySchedule(), { name: "Draft", origin: "manual" }, db),
    );
    must(await setCurrentSchool(record.id, db));

    expect(await purgeSchool(record.id, db)).toMatchObject({ ok: false });
    const deleted = must(await deleteSchool(record.id, 1, db));
    expect(deleted.deletedAt).not.toBeNull();
    expect(must(await getSetting("currentSchoolId", db))).toBeNull();
    expect(
      await updateSchool(record.id, tinySchool("X"), { expectedRevision: 2, label: "x" }, db),
    ).toMatchObject({ ok: false, error: { kind: "not-found" } });

    const restored = must(await restoreSchool(record.id, db));
    expect(restored).toMatchObject({ deletedAt: null, revision: 3 });
    expect(must(await listVersions(record.id, {}, db)).map((v) => v.id)).toEqual([version.id]);

    must(await deleteSchool(record.id, 3, db));
    must(await purgeSchool(record.id, db));
    expect(await getSchool(record.id, db)).toMatchObject({
      ok: false,
      error: { kind: "not-found" },
    });
    expect(await db.versions.count()).toBe(0);
    expect(await db.history.count()).toBe(0);
  });
});
