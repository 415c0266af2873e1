// Schools: create, read, list, edit (with a history step), trash, restore, purge. Every write is
// one transaction and checks the revision the caller started from.
import { checkSchool, type School } from "../../../solver/index.ts";
import { getDb, type CommonsDb } from "../db.ts";
import { attempt, fail, invalid, notFound, ok, type DataError, type Result } from "../errors.ts";
import { newSchoolId, type SchoolId } from "../ids.ts";
import { toJson, type Json } from "../json.ts";
import { diff } from "../patch.ts";
import { schoolLog, type SchoolRecord } from "../records.ts";
import { appendEntry } from "./history.ts";
import { checkLive, nextRevision } from "./revision.ts";

/** Runs the school parser's checks on a document about to be stored. */
export function checkedSchool(school: unknown): Result<School> {
  const checked = checkSchool(school);
  if (!checked.ok)
    return fail(invalid("The school has errors, so it was not saved.", checked.errors));
  return ok(toJson(checked.value));
}

export function createSchool(
  school: School,
  db: CommonsDb = getDb(),
): Promise<Result<SchoolRecord>> {
  const checked = checkedSchool(school);
  if (!checked.ok) return Promise.resolve(checked);
  const now = Date.now();
  const record: SchoolRecord = {
    id: newSchoolId(),
    name: checked.value.name,
    school: checked.value,
    createdAt: now,
    updatedAt: now,
    revision: 1,
    deletedAt: null,
  };
  return attempt(async () => {
    await db.schools.add(record);
    return ok(record);
  });
}

/** The school, in the trash or not (see `deletedAt`). */
export function getSchool(id: SchoolId, db: CommonsDb = getDb()): Promise<Result<SchoolRecord>> {
  return attempt(async () => {
    const record = await db.schools.get(id);
    return record ? ok(record) : fail(notFound("School", id));
  });
}

export type ListOptions = { /** List the trash instead. */ deleted?: boolean };

/** Schools, most recently edited first. */
export function listSchools(
  options: ListOptions = {},
  db: CommonsDb = getDb(),
): Promise<Result<SchoolRecord[]>> {
  return attempt(async () => ok(sortRecent(await db.schools.toArray(), options)));
}

export function sortRecent<
  T extends { createdAt: number; updatedAt: number; deletedAt: number | null },
>(records: T[], options: ListOptions): T[] {
  return records
    .filter((r) => (r.deletedAt !== null) === (options.deleted ?? false))
    .sort((a, b) => b.updatedAt - a.updatedAt || b.createdAt - a.createdAt);
}

export type EditOptions = {
  /** The `revision` of the record the edit started from. */
  expectedRevision: number;
  /** For the history, e.g. "Add teacher Ana Lee". */
  label: string;
};

/**
 * Replaces the school document, recording the difference as one undoable step in the school's
 * log. An edit that changes nothing answers the record as it is and records nothing.
 */
export function updateSchool(
  id: SchoolId,
  next: School,
  options: EditOptions,
  db: CommonsDb = getDb(),
): Promise<Result<SchoolRecord>> {
  const checked = checkedSchool(next);
  if (!checked.ok) return Promise.resolve(checked);
  const school = checked.value;
  return attempt(() =>
    db.transaction("rw", db.schools, db.history, async (): Promise<Result<SchoolRecord>> => {
      const current = await liveSchool(db, id, options.expectedRevision);
      if (!current.ok) return current;
      const record = current.value;
      const patch = diff(record.school as unknown as Json, school as unknown as Json);
      if (patch.length === 0) return ok(record);
      const updated = nextRevision(record, { school, name: school.name });
      await db.schools.put(updated);
      await appendEntry(db, schoolLog(id), id, options.label, {
        kind: "school",
        schoolId: id,
        patch,
      });
      return ok(updated);
    }),
  );
}

/** Renames the school (its document's `name`), as an undoable step. */
export async function renameSchool(
  id: SchoolId,
  name: string,
  expectedRevision: number,
  db: CommonsDb = getDb(),
): Promise<Result<SchoolRecord>> {
  const found = await getSchool(id, db);
  if (!found.ok) return found;
  const school = { ...found.value.school, name: name.trim() };
  return updateSchool(
    id,
    school,
    { expectedRevision, label: `Rename school to "${name.trim()}"` },
    db,
  );
}

/** Moves the school to the trash; restoreSchool brings it back, purgeSchool removes it. */
export function deleteSchool(
  id: SchoolId,
  expectedRevision: number,
  db: CommonsDb = getDb(),
): Promise<Result<SchoolRecord>> {
  return attempt(() =>
    db.transaction("rw", db.schools, db.settings, async (): Promise<Result<SchoolRecord>> => {
      const current = await liveSchool(db, id, expectedRevision);
      if (!current.ok) return current;
      const now = Date.now();
      const updated = nextRevision(current.value, { deletedAt: now }, now);
      await db.schools.put(updated);
      const currentSchool = await db.settings.get("currentSchoolId");
      if (currentSchool?.value === id) {
        await db.settings.bulkDelete(["currentSchoolId", "currentVersionId"]);
      }
      return ok(updated);
    }),
  );
}

export function restoreSchool(
  id: SchoolId,
  db: CommonsDb = getDb(),
): Promise<Result<SchoolRecord>> {
  return attempt(() =>
    db.transaction("rw", db.schools, async (): Promise<Result<SchoolRecord>> => {
      const record = await db.schools.get(id);
      if (!record) return fail(notFound("School", id));
      if (record.deletedAt === null) return ok(record);
      const updated = nextRevision(record, { deletedAt: null });
      await db.schools.put(updated);
      return ok(updated);
    }),
  );
}

/**
 * Removes a school in the trash for good, with its versions and history. A school that is not in
 * the trash is refused, so one call can never erase live work.
 */
export function purgeSchool(id: SchoolId, db: CommonsDb = getDb()): Promise<Result<void>> {
  return attempt(() =>
    db.transaction("rw", [db.schools, db.versions, db.history], async (): Promise<Result<void>> => {
      const record = await db.schools.get(id);
      if (!record) return fail(notFound("School", id));
      if (record.deletedAt === null) {
        return fail<DataError>({
          kind: "not-found",
          message: `School "${record.name}" is not in the trash; delete it before removing it for good.`,
        });
      }
      await db.versions.where("schoolId").equals(id).delete();
      await db.history.where("schoolId").equals(id).delete();
      await db.schools.delete(id);
      return ok(undefined);
    }),
  );
}

/** The school if it exists, is not in the trash and is at the expected revision. */
export async function liveSchool(
  db: CommonsDb,
  id: SchoolId,
  expectedRevision: number | undefined,
): Promise<Result<SchoolRecord>> {
  return checkLive(await db.schools.get(id), "School", id, expectedRevision);
}
