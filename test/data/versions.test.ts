import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { createSchool } from "../../src/data/repositories/schools.ts";
import {
  createVersion,
  deleteVersion,
  duplicateVersion,
  getVersion,
  listVersions,
  purgeVersion,
  renameVersion,
  updateSchedule,
} from "../../src/data/repositories/versions.ts";
import { getHistory, redo, undo } from "../../src/data/repositories/history.ts";
import { getSetting, setCurrentVersion } from "../../src/data/repositories/settings.ts";
import { schoolLog, versionLog } from "../../src/data/records.ts";
import {
  closeAll,
  freshDb,
  moved,
  must,
  reopen,
  tick,
  tinySchedule,
  tinySchool,
} from "./fixtures.ts";

afterEach(closeAll);

async function setup() {
  const db = freshDb();
  const school = must(await createSchool(tinySchool(), db));
  const version = must(
    await createVersion(school.id, tinySchedule(), { name: "Solver run 1", origin: "solver" }, db),
  );
  return { db, school, version };
}

describe("versions", () => {
  it("creates a version whose status mirrors its schedule", async () => {
    const { db, school, version } = await setup();
    expect(version).toMatchObject({
      schoolId: school.id,
      name: "Solver run 1",
      origin: "solver",
      status: "solved",
      revision: 1,
      deletedAt: null,
      sourceVersionId: null,
    });
    expect(must(await getVersion(version.id, db)).schedule).toEqual(tinySchedule());
  });

  it("refuses an invalid schedule, an empty name or a missing school, storing nothing", async () => {
    const { db, school } = await setup();
    const broken = { ...tinySchedule(), status: "done" } as unknown as ReturnType<
      typeof tinySchedule
    >;
    const bad = await createVersion(school.id, broken, { name: "x", origin: "manual" }, db);
    expect(bad).toMatchObject({ ok: false, error: { kind: "invalid" } });
    const unnamed = await createVersion(
      school.id,
      tinySchedule(),
      { name: " ", origin: "manual" },
      db,
    );
    expect(unnamed).toMatchObject({ ok: false, error: { kind: "invalid" } });
    const orphan = await createVersion(
      "school-nope" as typeof school.id,
      tinySchedule(),
      { name: "x", origin: "manual" },
      db,
    );
    expect(orphan).toMatchObject({ ok: false, error: { kind: "not-found" } });
    expect(await db.versions.count()).toBe(1);
  });

  it("duplicates, renames and deletes as steps that undo brings back", async () => {
    const { db, school, version } = await setup();
    const log = schoolLog(school.id);
    const copy = must(await duplicateVersion(version.id, { name: "Scenario B" }, db));
    expect(copy).toMatchObject({
      name: "Scenario B",
      origin: "solver",
      sourceVersionId: version.id,
      schedule: version.schedule,
    });
    expect(copy.id).not.toBe(version.id);
    const defaultName = must(await duplicateVersion(version.id, {}, db));
    expect(defaultName.name).toBe("Solver run 1 (copy)");

    must(await renameVersion(copy.id, "Scenario C", 1, db));
    must(await deleteVersion(copy.id, 2, db));
    const names = async () =>
      must(await listVersions(school.id, {}, db))
        .map((v) => v.name)
        .sort();
    expect(await names()).toEqual(["Solver run 1", "Solver run 1 (copy)"]);
    expect(must(await listVersions(school.id, { deleted: true }, db)).map((v) => v.name)).toEqual([
      "Scenario C",
    ]);

    expect(must(await undo(log, {}, db))?.label).toBe('Delete version "Scenario C"');
    expect(await names()).toEqual(["Scenario C", "Solver run 1", "Solver run 1 (copy)"]);
    expect(must(await getVersion(copy.id, db)).schedule).toEqual(version.schedule);
    expect(must(await undo(log, {}, db))?.label).toBe('Rename "Scenario B" to "Scenario C"');
    expect(await names()).toEqual(["Scenario B", "Solver run 1", "Solver run 1 (copy)"]);
    must(await undo(log, {}, db)); // the default-named duplicate
    must(await undo(log, {}, db)); // the first duplicate
    expect(await names()).toEqual(["Solver run 1"]);
    must(await redo(log, {}, db));
    expect(await names()).toEqual(["Scenario B", "Solver run 1"]);
  });

  it("edits the schedule with a labelled step per edit in the version's own log", async () => {
    const { db, school, version } = await setup();
    const next = moved(version.schedule, 2, "Tue", "3");
    const label = "Move bio-1 to Tue period 3";
    const updated = must(
      await updateSchedule(version.id, next, { expectedRevision: 1, label }, db),
    );
    expect(updated).toMatchObject({ revision: 2, schedule: next });
    const history = must(await getHistory(versionLog(version.id), db));
    expect(history.entries.map((e) => e.label)).toEqual([label]);
    expect(history.entries[0]?.change).toMatchObject({ kind: "schedule", versionId: version.id });
    // The school's log holds the creation, not the schedule edit.
    const schoolHistory = must(await getHistory(schoolLog(school.id), db));
    expect(schoolHistory.entries.map((e) => e.label)).toEqual(['Create version "Solver run 1"']);
  });

  it("mirrors a status change of the schedule on the record", async () => {
    const { db, version } = await setup();
    const partial = { ...version.schedule, status: "partial" as const };
    const updated = must(
      await updateSchedule(version.id, partial, { expectedRevision: 1, label: "Unplace" }, db),
    );
    expect(updated.status).toBe("partial");
    must(await undo(versionLog(version.id), {}, db));
    expect(must(await getVersion(version.id, db)).status).toBe("solved");
  });

  it("refuses a stale edit from another tab with a typed conflict", async () => {
    const { db, version } = await setup();
    const tabB = reopen(db);
    const a = moved(version.schedule, 0, "Mon", "3");
    const b = moved(version.schedule, 1, "Tue", "3");
    must(await updateSchedule(version.id, b, { expectedRevision: 1, label: "B's move" }, tabB));
    const result = await updateSchedule(
      version.id,
      a,
      { expectedRevision: 1, label: "A's move" },
      db,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { kind: "conflict", expectedRevision: 1, actualRevision: 2 },
    });
    expect(must(await getVersion(version.id, db)).schedule).toEqual(b);
    expect(await renameVersion(version.id, "x", 1, db)).toMatchObject({
      ok: false,
      error: { kind: "conflict" },
    });
  });

  it("lists the school's versions most recently edited first", async () => {
    const { db, school, version } = await setup();
    await tick();
    const other = must(
      await createVersion(school.id, tinySchedule(), { name: "Other", origin: "manual" }, db),
    );
    await tick();
    must(await renameVersion(version.id, "Renamed", 1, db));
    expect(must(await listVersions(school.id, {}, db)).map((v) => v.id)).toEqual([
      version.id,
      other.id,
    ]);
  });

  it("sets the current version and its school", async () => {
    const { db, school, version } = await setup();
    must(await setCurrentVersion(version.id, db));
    expect(must(await getSetting("currentVersionId", db))).toBe(version.id);
    expect(must(await getSetting("currentSchoolId", db))).toBe(school.id);
    must(await deleteVersion(version.id, 1, db));
    expect(await setCurrentVersion(version.id, db)).toMatchObject({
      ok: false,
      error: { kind: "not-found" },
    });
  });

  it("purges only a deleted version, with every history step about it", async () => {
    const { db, school, version } = await setup();
    const keep = must(await duplicateVersion(version.id, { name: "Keep" }, db));
    const next = moved(version.schedule, 0, "Mon", "3");
    must(await updateSchedule(version.id, next, { expectedRevision: 1, label: "Move" }, db));
    expect(await purgeVersion(version.id, db)).toMatchObject({ ok: false });
    must(await deleteVersion(version.id, 2, db));
    must(await purgeVersion(version.id, db));
    expect(await getVersion(version.id, db)).toMatchObject({
      ok: false,
      error: { kind: "not-found" },
    });
    expect(must(await getHistory(versionLog(version.id), db)).entries).toEqual([]);
    const left = must(await getHistory(schoolLog(school.id), db)).entries;
    expect(left.map((e) => e.label)).toEqual(['Duplicate "Solver run 1" as "Keep"']);
    expect(must(await getVersion(keep.id, db)).name).toBe("Keep");
  });
});
