// Schedule versions (scenarios) of a school. Creating, duplicating, renaming and deleting are
// steps in the school's log (so "Undo delete" brings a version back); schedule edits are steps
// in the version's own log.
import { checkSchedule, type Schedule } from "../../../solver/index.ts";
import { getDb, type CommonsDb } from "../db.ts";
import { attempt, fail, invalid, notFound, ok, type DataError, type Result } from "../errors.ts";
import { newVersionId, type SchoolId, type VersionId } from "../ids.ts";
import { toJson, type Json } from "../json.ts";
import { diff } from "../patch.ts";
import {
  logKey,
  schoolLog,
  versionLog,
  type VersionMeta,
  type VersionOrigin,
  type VersionRecord,
} from "../records.ts";
import { appendEntry } from "./history.ts";
import { checkLive, nextRevision } from "./revision.ts";
import { liveSchool, sortRecent, type EditOptions, type ListOptions } from "./schools.ts";

export function checkedSchedule(schedule: unknown): Result<Schedule> {
  const checked = checkSchedule(schedule);
  if (!checked.ok) {
    return fail(invalid("The schedule has errors, so it was not saved.", checked.errors));
  }
  return ok(toJson(checked.value));
}

const badName = (): DataError =>
  invalid("A version needs a name.", [{ path: "name", message: "the name is empty" }]);

export type CreateVersionOptions = { name: string; origin: VersionOrigin };

/** Adds a version to a live school; undo in the school's log removes it again. */
export function createVersion(
  schoolId: SchoolId,
  schedule: Schedule,
  options: CreateVersionOptions,
  db: CommonsDb = getDb(),
): Promise<Result<VersionRecord>> {
  const checked = checkedSchedule(schedule);
  if (!checked.ok) return Promise.resolve(checked);
  const name = options.name.trim();
  if (name === "") return Promise.resolve(fail(badName()));
  return attempt(() =>
    db.transaction("rw", db.schools, db.versions, db.history, async () => {
      const school = await liveSchool(db, schoolId, undefined);
      if (!school.ok) return school;
      const record = newRecord(schoolId, name, options.origin, checked.value, null);
      await addWithHistory(db, record, `Create version "${name}"`);
      return ok(record);
    }),
  );
}

/** Copies a version (its schedule, not its history) under a new name, as an undoable step. */
export function duplicateVersion(
  id: VersionId,
  options: { name?: string } = {},
  db: CommonsDb = getDb(),
): Promise<Result<VersionRecord>> {
  return attempt(() =>
    db.transaction("rw", db.schools, db.versions, db.history, async () => {
      const source = await liveVersion(db, id, undefined);
      if (!source.ok) return source;
      const { schoolId, origin, schedule, name: sourceName } = source.value;
      const school = await liveSchool(db, schoolId, undefined);
      if (!school.ok) return school;
      const name = options.name?.trim() || `${sourceName} (copy)`;
      const record = newRecord(schoolId, name, origin, structuredClone(schedule), id);
      await addWithHistory(db, record, `Duplicate "${sourceName}" as "${name}"`);
      return ok(record);
    }),
  );
}

function newRecord(
  schoolId: SchoolId,
  name: string,
  origin: VersionOrigin,
  schedule: Schedule,
  sourceVersionId: VersionId | null,
): VersionRecord {
  const now = Date.now();
  return {
    id: newVersionId(),
    schoolId,
    name,
    createdAt: now,
    updatedAt: now,
    status: schedule.status,
    origin,
    sourceVersionId,
    schedule,
    revision: 1,
    deletedAt: null,
  };
}

async function addWithHistory(db: CommonsDb, record: VersionRecord, label: string): Promise<void> {
  await db.versions.add(record);
  // Undoing a creation deletes the version (softly), so the "before" side is the deleted state.
  const after: VersionMeta = { name: record.name, deletedAt: null };
  const before: VersionMeta = { name: record.name, deletedAt: record.createdAt };
  await appendEntry(db, schoolLog(record.schoolId), record.schoolId, label, {
    kind: "version-meta",
    versionId: record.id,
    before,
    after,
  });
}

export function getVersion(id: VersionId, db: CommonsDb = getDb()): Promise<Result<VersionRecord>> {
  return attempt(async () => {
    const record = await db.versions.get(id);
    return record ? ok(record) : fail(notFound("Version", id));
  });
}

/** The school's versions, most recently edited first. */
export function listVersions(
  schoolId: SchoolId,
  options: ListOptions = {},
  db: CommonsDb = getDb(),
): Promise<Result<VersionRecord[]>> {
  return attempt(async () =>
    ok(sortRecent(await db.versions.where("schoolId").equals(schoolId).toArray(), options)),
  );
}

export function renameVersion(
  id: VersionId,
  name: string,
  expectedRevision: number,
  db: CommonsDb = getDb(),
): Promise<Result<VersionRecord>> {
  const trimmed = name.trim();
  if (trimmed === "") return Promise.resolve(fail(badName()));
  return changeMeta(id, expectedRevision, db, (v) => ({
    meta: { name: trimmed, deletedAt: v.deletedAt },
    label: `Rename "${v.name}" to "${trimmed}"`,
  }));
}

/** Deletes a version softly: "Undo" in the school's log (or restore via redo) brings it back. */
export function deleteVersion(
  id: VersionId,
  expectedRevision: number,
  db: CommonsDb = getDb(),
): Promise<Result<VersionRecord>> {
  return changeMeta(id, expectedRevision, db, (v) => ({
    meta: { name: v.name, deletedAt: Date.now() },
    label: `Delete version "${v.name}"`,
  }));
}

function changeMeta(
  id: VersionId,
  expectedRevision: number,
  db: CommonsDb,
  next: (v: VersionRecord) => { meta: VersionMeta; label: string },
): Promise<Result<VersionRecord>> {
  return attempt(() =>
    db.transaction("rw", db.versions, db.history, async (): Promise<Result<VersionRecord>> => {
      const current = await liveVersion(db, id, expectedRevision);
      if (!current.ok) return current;
      const record = current.value;
      const before: VersionMeta = { name: record.name, deletedAt: record.deletedAt };
      const { meta, label } = next(record);
      if (meta.name === before.name && meta.deletedAt === before.deletedAt) return ok(record);
      const updated = nextRevision(record, meta);
      await db.versions.put(updated);
      await appendEntry(db, schoolLog(record.schoolId), record.schoolId, label, {
        kind: "version-meta",
        versionId: id,
        before,
        after: meta,
      });
      return ok(updated);
    }),
  );
}

/**
 * Replaces the version's schedule, recording the difference as one undoable step in the
 * version's log (label e.g. "Move alg1-3 to Tue period 2").
 */
export function updateSchedule(
  id: VersionId,
  next: Schedule,
  options: EditOptions,
  db: CommonsDb = getDb(),
): Promise<Result<VersionRecord>> {
  const checked = checkedSchedule(next);
  if (!checked.ok) return Promise.resolve(checked);
  const schedule = checked.value;
  return attempt(() =>
    db.transaction("rw", db.versions, db.history, async (): Promise<Result<VersionRecord>> => {
      const current = await liveVersion(db, id, options.expectedRevision);
      if (!current.ok) return current;
      const record = current.value;
      const patch = diff(record.schedule as unknown as Json, schedule as unknown as Json);
      if (patch.length === 0) return ok(record);
      const updated = nextRevision(record, { schedule, status: schedule.status });
      await db.versions.put(updated);
      await appendEntry(db, versionLog(id), record.schoolId, options.label, {
        kind: "schedule",
        versionId: id,
        patch,
      });
      return ok(updated);
    }),
  );
}

/**
 * Removes a deleted version for good (its history too), to free space. A version that is not
 * deleted is refused.
 */
export function purgeVersion(id: VersionId, db: CommonsDb = getDb()): Promise<Result<void>> {
  return attempt(() =>
    db.transaction("rw", db.versions, db.history, db.settings, async (): Promise<Result<void>> => {
      const record = await db.versions.get(id);
      if (!record) return fail(notFound("Version", id));
      if (record.deletedAt === null) {
        return fail<DataError>({
          kind: "not-found",
          message: `Version "${record.name}" is not deleted; delete it before removing it for good.`,
        });
      }
      await db.history
        .where("log")
        .equals(logKey(versionLog(id)))
        .delete();
      await db.history
        .where("schoolId")
        .equals(record.schoolId)
        .filter((e) => "versionId" in e.change && e.change.versionId === id)
        .delete();
      await db.versions.delete(id);
      const current = await db.settings.get("currentVersionId");
      if (current?.value === id) await db.settings.delete("currentVersionId");
      return ok(undefined);
    }),
  );
}

/** The version if it exists, is not deleted and is at the expected revision. */
export async function liveVersion(
  db: CommonsDb,
  id: VersionId,
  expectedRevision: number | undefined,
): Promise<Result<VersionRecord>> {
  return checkLive(await db.versions.get(id), "Version", id, expectedRevision);
}
