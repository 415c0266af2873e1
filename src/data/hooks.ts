// React hooks over live queries: a component re-renders when the data changes, in this tab or in
// another one (Dexie forwards changes between tabs of the same browser). Each hook answers a
// Live value, so loading and storage failures are states to render, not exceptions.
import { useLiveQuery } from "dexie-react-hooks";
import { useSyncExternalStore } from "react";
import { getDb, type CommonsDb } from "./db.ts";
import { toStorageError, type StorageError } from "./errors.ts";
import type { SchoolId, VersionId } from "./ids.ts";
import {
  logKey,
  schoolLog,
  versionLog,
  type HistoryLog,
  type SchoolRecord,
  type VersionRecord,
} from "./records.ts";
import { historyState, type HistoryState } from "./repositories/history.ts";
import { sortRecent } from "./repositories/schools.ts";
import type { SettingKey, SettingValue } from "./repositories/settings.ts";

export type Live<T> =
  { status: "loading" } | { status: "ready"; value: T } | { status: "error"; error: StorageError };

const LOADING: Live<never> = { status: "loading" };

function useLive<T>(query: () => Promise<T>, deps: unknown[]): Live<T> {
  return useLiveQuery(
    async (): Promise<Live<T>> => {
      try {
        return { status: "ready", value: await query() };
      } catch (e) {
        const error = toStorageError(e);
        if (error === undefined) throw e;
        return { status: "error", error };
      }
    },
    deps,
    LOADING,
  );
}

/** Schools not in the trash, most recently edited first (`{deleted: true}`: the trash). */
export function useSchools(
  options: { deleted?: boolean } = {},
  db: CommonsDb = getDb(),
): Live<SchoolRecord[]> {
  const deleted = options.deleted ?? false;
  return useLive(async () => sortRecent(await db.schools.toArray(), { deleted }), [db, deleted]);
}

/** The school (check `deletedAt`), or null when there is none with this id. */
export function useSchool(
  id: SchoolId | null | undefined,
  db: CommonsDb = getDb(),
): Live<SchoolRecord | null> {
  return useLive(async () => (id ? ((await db.schools.get(id)) ?? null) : null), [db, id]);
}

/** The school's versions that are not deleted, most recently edited first. */
export function useVersions(
  schoolId: SchoolId | null | undefined,
  options: { deleted?: boolean } = {},
  db: CommonsDb = getDb(),
): Live<VersionRecord[]> {
  const deleted = options.deleted ?? false;
  return useLive(
    async () =>
      schoolId
        ? sortRecent(await db.versions.where("schoolId").equals(schoolId).toArray(), { deleted })
        : [],
    [db, schoolId, deleted],
  );
}

/** The version (check `deletedAt`), or null when there is none with this id. */
export function useVersion(
  id: VersionId | null | undefined,
  db: CommonsDb = getDb(),
): Live<VersionRecord | null> {
  return useLive(async () => (id ? ((await db.versions.get(id)) ?? null) : null), [db, id]);
}

function useLog(log: HistoryLog | null, db: CommonsDb): Live<HistoryState> {
  const key = log ? logKey(log) : null;
  return useLive(
    async () => historyState(key ? await db.history.where("log").equals(key).toArray() : []),
    [db, key],
  );
}

/** The undo/redo stack of a version's schedule edits. */
export function useHistory(
  versionId: VersionId | null | undefined,
  db: CommonsDb = getDb(),
): Live<HistoryState> {
  return useLog(versionId ? versionLog(versionId) : null, db);
}

/** The undo/redo stack of a school's edits and of its list of versions. */
export function useSchoolHistory(
  schoolId: SchoolId | null | undefined,
  db: CommonsDb = getDb(),
): Live<HistoryState> {
  return useLog(schoolId ? schoolLog(schoolId) : null, db);
}

/** The setting's value, or null when it was never set. */
export function useSetting<K extends SettingKey>(
  key: K,
  db: CommonsDb = getDb(),
): Live<SettingValue<K> | null> {
  return useLive(
    async () => ((await db.settings.get(key))?.value ?? null) as SettingValue<K> | null,
    [db, key],
  );
}

/**
 * A storage problem that happened outside any call (another tab upgrading Commons, an upgrade
 * blocked by an old tab), or null. Show it as a banner: its message says what to do.
 */
export function useStorageProblem(db: CommonsDb = getDb()): StorageError | null {
  return useSyncExternalStore(
    (notify) => db.subscribeProblems(notify),
    () => db.problem,
  );
}
