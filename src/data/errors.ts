// Expected failures of the storage layer, as values the UI can show. Only bugs throw: an error
// that does not come from IndexedDB or Dexie (a TypeError, say) is rethrown by `attempt`.
import Dexie from "dexie";
import type { FormatError } from "../../solver/index.ts";

export type StorageErrorKind = "quota" | "unavailable" | "blocked" | "version" | "unknown";

/** The browser's storage failed; `message` says what happened and what the person can do. */
export type StorageError = { kind: StorageErrorKind; message: string };

/** Another tab (or window) changed the record first; reload it, then redo the edit. */
export type ConflictError = {
  kind: "conflict";
  message: string;
  expectedRevision: number;
  actualRevision: number;
};

export type NotFoundError = { kind: "not-found"; message: string };

/** Input (a file, a backup, a document) did not pass its checks; nothing was stored. */
export type InvalidError = { kind: "invalid"; message: string; errors: FormatError[] };

/** An undo or redo step no longer fits the stored document (or another tab moved the log). */
export type HistoryError = { kind: "history"; message: string };

export type DataError = StorageError | ConflictError | NotFoundError | InvalidError | HistoryError;

export type Result<T, E = DataError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

const MESSAGES: Record<StorageErrorKind, string> = {
  quota:
    "The browser has no room left for Commons data, so the last change was not saved. " +
    "Your work is still open in this tab: export a backup now, then free disk space or delete " +
    "old versions, and try again.",
  unavailable:
    "This browser does not let Commons save data (private browsing, or site storage turned " +
    "off), so nothing done here is kept after the tab closes. Open Commons in a normal window, " +
    "or export a backup before leaving.",
  blocked:
    "Commons needs to update its saved data, but another tab still has an older Commons open. " +
    "Close the other Commons tabs; this tab continues as soon as they are closed.",
  version:
    "Commons was updated in another tab, so this tab is out of date. Reload this tab; your " +
    "saved work is kept.",
  unknown:
    "The browser could not read or save Commons data. Your work is still open in this tab: " +
    "export a backup, then reload the page.",
};

export function storageError(kind: StorageErrorKind, detail?: string): StorageError {
  return { kind, message: detail ? `${MESSAGES[kind]} (${detail})` : MESSAGES[kind] };
}

type Named = { name: string; message?: string; inner?: unknown; failures?: unknown };

const isStorageThrowable = (e: unknown): e is Named =>
  e instanceof Dexie.DexieError ||
  (typeof DOMException !== "undefined" && e instanceof DOMException);

/** Every error name in the chain Dexie builds (inner errors, bulk failures), outermost first. */
function names(e: unknown, seen = new Set<unknown>()): string[] {
  if (typeof e !== "object" || e === null || seen.has(e)) return [];
  seen.add(e);
  const named = e as Named;
  const own = typeof named.name === "string" ? [named.name] : [];
  const failures = Array.isArray(named.failures) ? named.failures : [];
  return [...own, ...names(named.inner, seen), ...failures.flatMap((f: unknown) => names(f, seen))];
}

function kindOf(chain: readonly string[]): StorageErrorKind {
  if (chain.includes("QuotaExceededError")) return "quota";
  if (chain.includes("VersionError") || chain.includes("VersionChangeError")) return "version";
  // Dexie: no indexedDB global. Firefox private mode: InvalidStateError on open.
  if (chain.some((n) => n === "MissingAPIError" || n === "InvalidStateError")) return "unavailable";
  if (chain.some((n) => n === "OpenFailedError" || n === "DatabaseClosedError"))
    return "unavailable";
  return "unknown";
}

/**
 * Maps an error thrown by IndexedDB or Dexie to a StorageError; answers undefined for anything
 * else, which is a bug and must keep throwing.
 */
export function toStorageError(e: unknown): StorageError | undefined {
  if (!isStorageThrowable(e)) return undefined;
  const chain = names(e);
  const detail = `${e.name}${e.message ? `: ${e.message}` : ""}`;
  return storageError(kindOf(chain), detail);
}

/** Runs a storage operation and turns storage failures into values; bugs still throw. */
export async function attempt<T>(run: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await run();
  } catch (e) {
    const error = toStorageError(e);
    if (error === undefined) throw e;
    return fail(error);
  }
}

export const notFound = (what: string, id: string): NotFoundError => ({
  kind: "not-found",
  message: `${what} "${id}" does not exist (it may have been deleted in another tab).`,
});

export const conflict = (what: string, expected: number, actual: number): ConflictError => ({
  kind: "conflict",
  message:
    `This ${what} was changed in another tab or window after you opened it, so your change ` +
    "was not saved over theirs. Reload it to see the latest, then make your change again.",
  expectedRevision: expected,
  actualRevision: actual,
});

export const invalid = (message: string, errors: FormatError[]): InvalidError => ({
  kind: "invalid",
  message,
  errors,
});
