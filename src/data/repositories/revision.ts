// Schools and versions follow one concurrency rule: a write names the revision it started from,
// is refused if the record moved on or was deleted, and bumps the revision. Keeping the check and
// the bump here means the two tables cannot drift apart on that rule.
import { conflict, fail, notFound, ok, type Result } from "../errors.ts";

type Revisioned = { revision: number; updatedAt: number; deletedAt: number | null };

/**
 * The record if it exists, is not deleted and is at the expected revision (`undefined` accepts
 * any revision). `what` names the record in messages, e.g. "School".
 */
export function checkLive<T extends Revisioned>(
  record: T | undefined,
  what: "School" | "Version",
  id: string,
  expectedRevision: number | undefined,
): Result<T> {
  if (!record || record.deletedAt !== null) return fail(notFound(what, id));
  if (expectedRevision !== undefined && record.revision !== expectedRevision) {
    return fail(conflict(what.toLowerCase(), expectedRevision, record.revision));
  }
  return ok(record);
}

/** The record with `changes` applied as its next revision, last edited at `now`. */
export function nextRevision<T extends Revisioned>(
  record: T,
  changes: Partial<T>,
  now: number = Date.now(),
): T {
  return { ...record, ...changes, revision: record.revision + 1, updatedAt: now };
}
