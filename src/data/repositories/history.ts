// Undo and redo. Each log (one per school, one per version) is a linear stack of reversible
// steps stored in the `history` table; undoing marks a step, a new edit deletes the marked ones
// (the redo stack), and only the latest HISTORY_LIMIT steps of a log are kept.
import { getDb, type CommonsDb } from "../db.ts";
import { attempt, fail, notFound, ok, type DataError, type Result } from "../errors.ts";
import type { Json } from "../json.ts";
import { applyPatch, type Patch } from "../patch.ts";
import {
  logKey,
  type HistoryChange,
  type HistoryEntry,
  type HistoryLog,
  type VersionMeta,
} from "../records.ts";
import type { School, Schedule } from "../../../solver/index.ts";
import type { SchoolId } from "../ids.ts";
import { jsonEqual } from "../json.ts";
import { nextRevision } from "./revision.ts";

/** Steps kept per log (the issue asks for at least 100). */
export const HISTORY_LIMIT = 200;

export type HistoryState = {
  /** Oldest first; undone steps (the redo stack) are at the end. */
  entries: HistoryEntry[];
  /** The step "Undo" would revert, if any. */
  undo: HistoryEntry | null;
  /** The step "Redo" would apply again, if any. */
  redo: HistoryEntry | null;
  canUndo: boolean;
  canRedo: boolean;
};

/** Pure: what the undo and redo buttons offer, given a log's entries oldest first. */
export function historyState(entries: HistoryEntry[]): HistoryState {
  let undo: HistoryEntry | null = null;
  for (const e of entries) if (e.undone === 0) undo = e;
  const redo = entries.find((e) => e.undone === 1) ?? null;
  return { entries, undo, redo, canUndo: undo !== null, canRedo: redo !== null };
}

const readLog = (db: CommonsDb, log: HistoryLog): Promise<HistoryEntry[]> =>
  db.history.where("log").equals(logKey(log)).toArray();

/**
 * Adds a step to a log. Call inside a read-write transaction over `history` that also writes the
 * change itself, so the document and its history can never disagree.
 */
export async function appendEntry(
  db: CommonsDb,
  log: HistoryLog,
  schoolId: SchoolId,
  label: string,
  change: HistoryChange,
): Promise<void> {
  const key = logKey(log);
  await db.history.where("[log+undone]").equals([key, 1]).delete();
  await db.history.add({ log: key, schoolId, label, at: Date.now(), undone: 0, change });
  const count = await db.history.where("log").equals(key).count();
  if (count > HISTORY_LIMIT) {
    const oldest = await db.history
      .where("log")
      .equals(key)
      .limit(count - HISTORY_LIMIT)
      .primaryKeys();
    await db.history.bulkDelete(oldest);
  }
}

/** The log's entries, oldest first, and what undo/redo would do. */
export function getHistory(
  log: HistoryLog,
  db: CommonsDb = getDb(),
): Promise<Result<HistoryState>> {
  return attempt(async () => ok(historyState(await readLog(db, log))));
}

export const listHistory = (
  log: HistoryLog,
  db: CommonsDb = getDb(),
): Promise<Result<HistoryEntry[]>> => attempt(async () => ok(await readLog(db, log)));

export const canUndo = async (log: HistoryLog, db: CommonsDb = getDb()): Promise<Result<boolean>> =>
  mapOk(await getHistory(log, db), (s) => s.canUndo);

export const canRedo = async (log: HistoryLog, db: CommonsDb = getDb()): Promise<Result<boolean>> =>
  mapOk(await getHistory(log, db), (s) => s.canRedo);

const mapOk = <T, U>(r: Result<T>, f: (t: T) => U): Result<U> => (r.ok ? ok(f(r.value)) : r);

export type StepOptions = {
  /**
   * The id of the step the person saw on the button. If another tab added or undid a step since,
   * the answer is a "history" error and nothing changes.
   */
  expectedEntryId?: number;
};

/** Reverts the latest step of the log. Answers the step undone, or null if there was none. */
export function undo(
  log: HistoryLog,
  options: StepOptions = {},
  db: CommonsDb = getDb(),
): Promise<Result<HistoryEntry | null>> {
  return step(log, "backward", options, db);
}

/** Applies again the step undone last. Answers that step, or null if there was none. */
export function redo(
  log: HistoryLog,
  options: StepOptions = {},
  db: CommonsDb = getDb(),
): Promise<Result<HistoryEntry | null>> {
  return step(log, "forward", options, db);
}

function step(
  log: HistoryLog,
  direction: "forward" | "backward",
  options: StepOptions,
  db: CommonsDb,
): Promise<Result<HistoryEntry | null>> {
  return attempt(() =>
    db.transaction("rw", db.schools, db.versions, db.history, async () => {
      // Undone entries are always the newest of a log (a new edit deletes them), so the step to
      // undo is the newest entry not undone and the step to redo the oldest undone one.
      const key = logKey(log);
      const entry =
        direction === "backward"
          ? await db.history.where("[log+undone]").equals([key, 0]).last()
          : await db.history.where("[log+undone]").equals([key, 1]).first();
      if (entry === undefined) return ok(null);
      if (options.expectedEntryId !== undefined && options.expectedEntryId !== entry.id) {
        return fail<DataError>({
          kind: "history",
          message:
            "The edit history changed in another tab or window, so nothing was undone or redone. " +
            "Look at the latest history and try again.",
        });
      }
      const applied = await applyChange(db, entry.change, direction);
      if (!applied.ok) return applied;
      const undone = direction === "backward" ? 1 : 0;
      await db.history.update(entry.id, { undone });
      return ok<HistoryEntry | null>({ ...entry, undone });
    }),
  );
}

const stale = (label: string): DataError => ({
  kind: "history",
  message: `The step "${label}" no longer fits the saved document, so it was not applied.`,
});

async function applyChange(
  db: CommonsDb,
  change: HistoryChange,
  direction: "forward" | "backward",
): Promise<Result<void>> {
  const now = Date.now();
  switch (change.kind) {
    case "school": {
      const record = await db.schools.get(change.schoolId);
      if (!record) return fail(notFound("School", change.schoolId));
      const school = patched<School>(record.school, change.patch, direction);
      if (!school) return fail(stale(`edit of ${record.name}`));
      await db.schools.put(nextRevision(record, { school, name: school.name }, now));
      return ok(undefined);
    }
    case "schedule": {
      const record = await db.versions.get(change.versionId);
      if (!record) return fail(notFound("Version", change.versionId));
      const schedule = patched<Schedule>(record.schedule, change.patch, direction);
      if (!schedule) return fail(stale(`edit of ${record.name}`));
      await db.versions.put(nextRevision(record, { schedule, status: schedule.status }, now));
      return ok(undefined);
    }
    case "version-meta": {
      const record = await db.versions.get(change.versionId);
      if (!record) return fail(notFound("Version", change.versionId));
      const [from, to] =
        direction === "forward" ? [change.before, change.after] : [change.after, change.before];
      const current: VersionMeta = { name: record.name, deletedAt: record.deletedAt };
      if (!jsonEqual(current, from)) return fail(stale(`change of ${record.name}`));
      await db.versions.put(nextRevision(record, to, now));
      return ok(undefined);
    }
  }
}

function patched<T>(doc: T, patch: Patch, direction: "forward" | "backward"): T | undefined {
  const applied = applyPatch(doc as unknown as Json, patch, direction);
  return applied.ok ? (applied.value as unknown as T) : undefined;
}
