import "fake-indexeddb/auto";
import Dexie from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import { CommonsDb } from "../../src/data/db.ts";
import { asSchoolId, asVersionId } from "../../src/data/ids.ts";
import type { Json } from "../../src/data/json.ts";
import { LATEST_SCHEMA_VERSION, SCHEMA_STEPS } from "../../src/data/migrations.ts";
import { diff } from "../../src/data/patch.ts";
import type {
  HistoryEntry,
  SchoolRecord,
  SettingRecord,
  VersionRecord,
} from "../../src/data/records.ts";
import { versionLog } from "../../src/data/records.ts";
import { getHistory, redo, undo } from "../../src/data/repositories/history.ts";
import { getVersion } from "../../src/data/repositories/versions.ts";
import { closeAll, moved, must, reopen, tinySchedule, tinySchool } from "./fixtures.ts";

afterEach(closeAll);

/** Version 1 as released. Never edit this: a change to a released step breaks old databases. */
const V1_STORES = {
  schools: "id",
  versions: "id, schoolId",
  history: "++id, log, schoolId",
  settings: "key",
};

describe("schema steps", () => {
  it("keeps version 1 exactly as released", () => {
    expect(SCHEMA_STEPS[0]).toMatchObject({ version: 1, stores: V1_STORES });
  });

  it("numbers the steps 1, 2, 3, ... and says why each exists", () => {
    expect(SCHEMA_STEPS.map((s) => s.version)).toEqual(SCHEMA_STEPS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(SCHEMA_STEPS.length);
    for (const step of SCHEMA_STEPS) expect(step.why.length).toBeGreaterThan(20);
  });
});

describe("opening a database written by schema version 1", () => {
  it("finds every record intact and can undo and redo the old history", async () => {
    const name = `commons-v1-${Date.now()}`;
    const school = tinySchool();
    const first = tinySchedule(school);
    const second = moved(first, 0, "Tue", "3");
    const third = moved(second, 2, "Mon", "3");
    const schoolId = asSchoolId("school-1");
    const versionId = asVersionId("version-1");
    const log = `version:${versionId}`;
    const schools: SchoolRecord[] = [
      {
        id: schoolId,
        name: school.name,
        school,
        createdAt: 1,
        updatedAt: 2,
        revision: 1,
        deletedAt: null,
      },
    ];
    const versions: VersionRecord[] = [
      {
        id: versionId,
        schoolId,
        name: "Draft",
        createdAt: 1,
        updatedAt: 3,
        status: "solved",
        origin: "manual",
        sourceVersionId: null,
        schedule: second,
        revision: 3,
        deletedAt: null,
      },
    ];
    const patch = (a: object, b: object) => diff(a as Json, b as Json);
    const history: HistoryEntry[] = [
      {
        id: 1,
        log,
        schoolId,
        label: "Move alg1-1 to Tue period 3",
        at: 2,
        undone: 0,
        change: { kind: "schedule", versionId, patch: patch(first, second) },
      },
      {
        id: 2,
        log,
        schoolId,
        label: "Move bio-1 to Mon period 3",
        at: 3,
        undone: 1,
        change: { kind: "schedule", versionId, patch: patch(second, third) },
      },
    ];
    const settings: SettingRecord[] = [
      { key: "currentSchoolId", value: schoolId },
      { key: "ui.gridZoom", value: { level: 2 } },
    ];

    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.table("schools").bulkAdd(schools);
    await v1.table("versions").bulkAdd(versions);
    await v1.table("history").bulkAdd(history);
    await v1.table("settings").bulkAdd(settings);
    v1.close();

    const db = new CommonsDb(name);
    expect(await db.schools.toArray()).toEqual(schools);
    expect(await db.versions.toArray()).toEqual(versions);
    expect(await db.history.toArray()).toEqual(history);
    expect(await db.settings.toArray()).toEqual(settings);
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);

    // The old entries are found through the index added after version 1.
    const state = must(await getHistory(versionLog(versionId), db));
    expect([state.undo?.id, state.redo?.id]).toEqual([1, 2]);
    must(await redo(versionLog(versionId), {}, db));
    expect(must(await getVersion(versionId, db)).schedule).toEqual(third);
    must(await undo(versionLog(versionId), {}, db));
    must(await undo(versionLog(versionId), {}, db));
    expect(must(await getVersion(versionId, reopen(db))).schedule).toEqual(first);
    db.close();
  });
});
