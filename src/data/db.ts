// The one Dexie database of the app. Repositories and hooks take it as their last, optional
// argument (the app uses the shared instance; tests open their own).
import Dexie, { type DexieOptions, type EntityTable } from "dexie";
import {
  fail,
  ok,
  storageError,
  toStorageError,
  type Result,
  type StorageError,
} from "./errors.ts";
import { declareSchema } from "./migrations.ts";
import type { HistoryEntry, SchoolRecord, SettingRecord, VersionRecord } from "./records.ts";

export const DB_NAME = "commons";

export type ProblemListener = (problem: StorageError) => void;

export class CommonsDb extends Dexie {
  declare schools: EntityTable<SchoolRecord, "id">;
  declare versions: EntityTable<VersionRecord, "id">;
  declare history: EntityTable<HistoryEntry, "id">;
  declare settings: EntityTable<SettingRecord, "key">;

  /** The latest problem that did not come back from a call (another tab upgrading, ...). */
  problem: StorageError | null = null;
  private readonly listeners = new Set<ProblemListener>();

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    declareSchema(this);
    // Dexie closes this connection when another tab opens a newer schema (and reopens it on the
    // next call); tell the person to reload, so an old tab never writes old-shaped records.
    this.on("versionchange", (event) => {
      if (event.newVersion !== null && event.newVersion > 0) this.report(storageError("version"));
    });
    this.on("blocked", () => this.report(storageError("blocked")));
  }

  /** Listens for problems that happen outside any call; answers the unsubscribe function. */
  subscribeProblems(listener: ProblemListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private report(problem: StorageError): void {
    this.problem = problem;
    for (const listener of this.listeners) listener(problem);
  }
}

let shared: CommonsDb | undefined;

/** The app's database (created on first use, opened lazily by the first query). */
export function getDb(): CommonsDb {
  shared ??= new CommonsDb();
  return shared;
}

/**
 * Opens the database now, so the app can tell at start-up whether anything will be saved
 * (private mode, a newer schema in another tab, ...) instead of at the first edit.
 */
export async function openDb(db: CommonsDb = getDb()): Promise<Result<CommonsDb>> {
  try {
    await db.open();
    return ok(db);
  } catch (e) {
    const error = toStorageError(e);
    if (error === undefined) throw e;
    return fail(error);
  }
}

/**
 * Asks the browser not to evict Commons data under storage pressure. Answers whether storage is
 * persistent; false is not an error (the browser may decide later), but worth a hint in the UI.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = typeof navigator === "undefined" ? undefined : navigator.storage;
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}
