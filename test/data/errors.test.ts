import "fake-indexeddb/auto";
import Dexie from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import { CommonsDb, openDb } from "../../src/data/db.ts";
import { attempt, ok, toStorageError } from "../../src/data/errors.ts";
import { LATEST_SCHEMA_VERSION } from "../../src/data/migrations.ts";
import { versionLog } from "../../src/data/records.ts";
import { getHistory } from "../../src/data/repositories/history.ts";
import { createSchool } from "../../src/data/repositories/schools.ts";
import { setSetting } from "../../src/data/repositories/settings.ts";
import { createVersion, getVersion, updateSchedule } from "../../src/data/repositories/versions.ts";
import { closeAll, freshDb, moved, must, quotaDb, tinySchedule, tinySchool } from "./fixtures.ts";

afterEach(closeAll);

const dom = (name: string) => new DOMException("simulated", name);

describe("toStorageError", () => {
  it.each([
    ["a full disk", dom("QuotaExceededError"), "quota"],
    [
      "a full disk inside an aborted transaction",
      new Dexie.AbortError("aborted", dom("QuotaExceededError")),
      "quota",
    ],
    ["no IndexedDB at all", new Dexie.MissingAPIError("indexedDB API missing"), "unavailable"],
    ["Firefox private mode", dom("InvalidStateError"), "unavailable"],
    ["a failed open", new Dexie.OpenFailedError("open failed"), "unavailable"],
    ["a newer database than this code", dom("VersionError"), "version"],
    ["a disk error", dom("UnknownError"), "unknown"],
    ["a constraint error", new Dexie.ConstraintError("duplicate key"), "unknown"],
  ])("maps %s", (_, error, kind) => {
    const mapped = toStorageError(error);
    expect(mapped?.kind).toBe(kind);
    expect(mapped?.message.length).toBeGreaterThan(40);
  });

  it("leaves bugs alone: attempt rethrows them", async () => {
    expect(toStorageError(new TypeError("x is undefined"))).toBeUndefined();
    await expect(attempt(() => Promise.reject(new TypeError("bug")))).rejects.toThrow("bug");
    expect(await attempt(() => Promise.reject(dom("QuotaExceededError")))).toMatchObject({
      ok: false,
      error: { kind: "quota" },
    });
    expect(await attempt(async () => ok(1))).toEqual({ ok: true, value: 1 });
  });
});

describe("storage failures as values", () => {
  it("answers quota when an edit cannot be written, keeping the stored data and the caller's", async () => {
    const { db, failWrites, stop } = quotaDb();
    const school = must(await createSchool(tinySchool(), db));
    const version = must(
      await createVersion(school.id, tinySchedule(), { name: "Draft", origin: "manual" }, db),
    );
    const next = moved(version.schedule, 0, "Tue", "3");
    const snapshot = structuredClone(next);

    failWrites("history");
    const result = await updateSchedule(
      version.id,
      next,
      { expectedRevision: 1, label: "Move" },
      db,
    );
    expect(result).toMatchObject({ ok: false, error: { kind: "quota" } });
    if (!result.ok) expect(result.error.message).toMatch(/export a backup/);
    // The version write came first in the transaction and was rolled back with it.
    expect(must(await getVersion(version.id, db))).toEqual(version);
    expect(must(await getHistory(versionLog(version.id), db)).entries).toEqual([]);
    // The caller still holds its edit, so it can retry once there is room.
    expect(next).toEqual(snapshot);
    stop();
    expect(
      must(await updateSchedule(version.id, next, { expectedRevision: 1, label: "Move" }, db))
        .schedule,
    ).toEqual(snapshot);
  });

  it("answers quota for a setting too", async () => {
    const { db, failWrites } = quotaDb();
    failWrites("settings");
    expect(await setSetting("ui.zoom", 2, db)).toMatchObject({
      ok: false,
      error: { kind: "quota" },
    });
  });

  it("answers unavailable when the browser refuses to open IndexedDB (private mode)", async () => {
    const refusing = {
      open: () => {
        throw dom("InvalidStateError");
      },
      deleteDatabase: () => {
        throw dom("InvalidStateError");
      },
      cmp: (a: unknown, b: unknown) => indexedDB.cmp(a, b),
    } as unknown as IDBFactory;
    const db = new CommonsDb(`refused-${Date.now()}`, { indexedDB: refusing, IDBKeyRange });
    const opened = await openDb(db);
    expect(opened).toMatchObject({ ok: false, error: { kind: "unavailable" } });
    expect(await createSchool(tinySchool(), db)).toMatchObject({
      ok: false,
      error: { kind: "unavailable" },
    });
  });
});

/** The next release of the app: the same database with one more schema step. */
class NextReleaseDb extends CommonsDb {
  constructor(name: string) {
    super(name);
    this.version(LATEST_SCHEMA_VERSION + 1).stores({ notes: "id" });
  }
}

describe("upgrades in other tabs", () => {
  it("tells an open tab to reload when another tab upgrades the database", async () => {
    const oldTab = freshDb();
    must(await openDb(oldTab));
    const seen: string[] = [];
    oldTab.subscribeProblems((p) => seen.push(p.kind));
    const newTab = new NextReleaseDb(oldTab.name);
    await newTab.open();
    expect(seen).toEqual(["version"]);
    expect(oldTab.problem?.kind).toBe("version");
    newTab.close();
  });

  it("reports blocked while an old connection will not let go, and opens once it does", async () => {
    const db = freshDb();
    must(await openDb(db));
    db.close();
    // A connection that ignores versionchange, as a hung old tab would.
    const stuck = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(db.name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const newTab = new NextReleaseDb(db.name);
    const blocked = new Promise<string>((resolve) =>
      newTab.subscribeProblems((p) => resolve(p.kind)),
    );
    const opening = newTab.open();
    expect(await blocked).toBe("blocked");
    expect(newTab.problem?.message).toMatch(/Close the other Commons tabs/);
    stuck.close();
    await opening;
    expect(newTab.verno).toBe(LATEST_SCHEMA_VERSION + 1);
    newTab.close();
  });
});
