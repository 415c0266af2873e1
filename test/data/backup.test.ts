import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import type { CommonsDb } from "../../src/data/db.ts";
import { schoolLog, versionLog } from "../../src/data/records.ts";
import {
  BACKUP_FORMAT,
  exportBackup,
  restoreBackup,
  type Backup,
} from "../../src/data/repositories/backup.ts";
import { undo } from "../../src/data/repositories/history.ts";
import { createSchool, renameSchool } from "../../src/data/repositories/schools.ts";
import { setCurrentVersion, setSetting } from "../../src/data/repositories/settings.ts";
import {
  createVersion,
  deleteVersion,
  duplicateVersion,
  getVersion,
  updateSchedule,
} from "../../src/data/repositories/versions.ts";
import { closeAll, freshDb, moved, must, quotaDb, tinySchedule, tinySchool } from "./fixtures.ts";

afterEach(closeAll);

/** Two schools with versions, edits, an undone edit, a deleted version and settings. */
async function fill(db: CommonsDb): Promise<void> {
  const a = must(await createSchool(tinySchool("Adams Middle"), db));
  must(await createSchool(tinySchool("Baker High"), db));
  must(await renameSchool(a.id, "Adams Middle School", 1, db));
  const v = must(
    await createVersion(a.id, tinySchedule(), { name: "Run 1", origin: "solver" }, db),
  );
  const copy = must(await duplicateVersion(v.id, { name: "Try B" }, db));
  must(await deleteVersion(copy.id, 1, db));
  let record = v;
  for (const [i, day, period] of [
    [0, "Tue", "3"],
    [2, "Mon", "3"],
    [1, "Mon", "2"],
  ] as const) {
    const next = moved(record.schedule, i, day, period);
    record = must(
      await updateSchedule(
        v.id,
        next,
        { expectedRevision: record.revision, label: `Move ${i}` },
        db,
      ),
    );
  }
  must(await undo(versionLog(v.id), {}, db));
  must(await setCurrentVersion(v.id, db));
  must(await setSetting("ui.theme", { dark: true, sizes: [1, 2] }, db));
}

const withoutTime = ({ exportedAt: _, ...rest }: Backup) => rest;

async function clearAll(db: CommonsDb): Promise<void> {
  await db.transaction("rw", [db.schools, db.versions, db.history, db.settings], () =>
    Promise.all([db.schools.clear(), db.versions.clear(), db.history.clear(), db.settings.clear()]),
  );
}

describe("backup", () => {
  it("exports every table; export, clear, restore gives the same data back", async () => {
    const db = freshDb();
    await fill(db);
    const backup = must(await exportBackup(db));
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect([backup.schools.length, backup.versions.length, backup.settings.length]).toEqual([
      2, 2, 3,
    ]);
    expect(backup.history.some((e) => e.undone === 1)).toBe(true);

    // Through a file, as a person would keep it.
    const file = JSON.stringify(backup);
    await clearAll(db);
    expect(await db.schools.count()).toBe(0);
    const summary = must(await restoreBackup(JSON.parse(file), db));
    expect(summary).toEqual({ schools: 2, versions: 2, history: backup.history.length });
    expect(withoutTime(must(await exportBackup(db)))).toEqual(withoutTime(backup));
  });

  it("restores into another browser's empty database, history included", async () => {
    const source = freshDb();
    await fill(source);
    const backup = JSON.parse(JSON.stringify(must(await exportBackup(source)))) as Backup;
    const target = freshDb();
    must(await restoreBackup(backup, target));
    const version = backup.versions.find((v) => v.name === "Run 1")!;
    must(await undo(versionLog(version.id), {}, target));
    const school = backup.schools.find((s) => s.name === "Adams Middle School")!;
    must(await undo(schoolLog(school.id), {}, target)); // the deletion of "Try B"
    const restoredCopy = backup.versions.find((v) => v.name === "Try B")!;
    expect(must(await getVersion(restoredCopy.id, target)).deletedAt).toBeNull();
  });

  const breakers: [string, (b: Backup) => unknown, string][] = [
    ["not a backup", () => [1, 2], ""],
    ["another format", (b) => ({ ...b, format: "commons-backup/9" }), "format"],
    ["a table that is not a list", (b) => ({ ...b, history: {} }), "history"],
    [
      "a school the parser rejects",
      (b) => {
        b.schools[1]!.school.teachers = [{ id: "", name: "Nobody" }];
        return b;
      },
      "schools[1].school.teachers[0].id",
    ],
    [
      "a schedule the parser rejects",
      (b) => {
        (b.versions[0]!.schedule as { status: string }).status = "finished";
        return b;
      },
      "versions[0].schedule.status",
    ],
    [
      "a version of a school that is not in the backup",
      (b) => ({ ...b, schools: b.schools.filter((s) => s.id !== b.versions[0]!.schoolId) }),
      "versions[0].schoolId",
    ],
    [
      "two versions with one id",
      (b) => ({ ...b, versions: [...b.versions, b.versions[0]] }),
      "versions[2].id",
    ],
    [
      "a history step of an unknown kind",
      (b) => {
        (b.history[0]!.change as { kind: string }).kind = "teleport";
        return b;
      },
      "history[0].change.kind",
    ],
    [
      "a revision that is not a whole number",
      (b) => {
        b.schools[0]!.revision = 1.5;
        return b;
      },
      "schools[0].revision",
    ],
  ];

  it.each(breakers)("refuses %s, naming where, and changes nothing", async (_, breakIt, path) => {
    const db = freshDb();
    await fill(db);
    const before = must(await exportBackup(db));
    const bad = breakIt(structuredClone(before));
    const result = await restoreBackup(bad, db);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("invalid");
    if (result.error.kind !== "invalid") return;
    expect(result.error.errors.map((e) => e.path)).toContain(path);
    expect(withoutTime(must(await exportBackup(db)))).toEqual(withoutTime(before));
  });

  it("leaves everything as it was when the disk fills half-way through a restore", async () => {
    const { db, failWrites } = quotaDb();
    await fill(db);
    const before = must(await exportBackup(db));
    const other = freshDb();
    const school = must(await createSchool(tinySchool("Other"), other));
    must(await createVersion(school.id, tinySchedule(), { name: "V", origin: "manual" }, other));
    const incoming = must(await exportBackup(other));

    failWrites("history", ["add", "put"]); // schools and versions are written first, then this fails
    const result = await restoreBackup(incoming, db);
    expect(result).toMatchObject({ ok: false, error: { kind: "quota" } });
    expect(withoutTime(must(await exportBackup(db)))).toEqual(withoutTime(before));
  });
});
