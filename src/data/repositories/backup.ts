// Backup: every table as one JSON object, and a restore that checks all of it first and then
// replaces everything in one transaction, so a bad or failing restore changes nothing.
import { getDb, type CommonsDb } from "../db.ts";
import { attempt, fail, invalid, ok, type Result } from "../errors.ts";
import type { HistoryEntry, SchoolRecord, SettingRecord, VersionRecord } from "../records.ts";
import { checkBackup } from "./backup-check.ts";
import { BACKUP_FORMAT } from "./backup-format.ts";

export { BACKUP_FORMAT };

export type Backup = {
  format: typeof BACKUP_FORMAT;
  /** ISO time of the export, for the file name and the "restore from" message. */
  exportedAt: string;
  schools: SchoolRecord[];
  versions: VersionRecord[];
  history: HistoryEntry[];
  settings: SettingRecord[];
};

export type RestoreSummary = { schools: number; versions: number; history: number };

/** Reads every table in one read transaction, so the backup is a consistent snapshot. */
export function exportBackup(db: CommonsDb = getDb()): Promise<Result<Backup>> {
  return attempt(() =>
    db.transaction("r", [db.schools, db.versions, db.history, db.settings], async () =>
      ok<Backup>({
        format: BACKUP_FORMAT,
        exportedAt: new Date().toISOString(),
        schools: await db.schools.toArray(),
        versions: await db.versions.toArray(),
        history: await db.history.toArray(),
        settings: await db.settings.toArray(),
      }),
    ),
  );
}

/**
 * Replaces everything with the backup. The whole backup is checked first (an "invalid" answer
 * lists every problem and changes nothing); then all tables are cleared and refilled in one
 * transaction, so a failure half-way (a full disk) also leaves the old data in place.
 */
export function restoreBackup(
  backup: unknown,
  db: CommonsDb = getDb(),
): Promise<Result<RestoreSummary>> {
  const checked = checkBackup(backup);
  if (!checked.ok) {
    return Promise.resolve(
      fail(invalid("This backup has errors, so nothing was restored.", checked.errors)),
    );
  }
  const { schools, versions, history, settings } = checked.value;
  return attempt(() =>
    db.transaction("rw", [db.schools, db.versions, db.history, db.settings], async () => {
      await Promise.all([
        db.schools.clear(),
        db.versions.clear(),
        db.history.clear(),
        db.settings.clear(),
      ]);
      await db.schools.bulkAdd(schools);
      await db.versions.bulkAdd(versions);
      await db.history.bulkAdd(history);
      await db.settings.bulkAdd(settings);
      return ok({ schools: schools.length, versions: versions.length, history: history.length });
    }),
  );
}
