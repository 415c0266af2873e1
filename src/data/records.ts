// What each table holds. These types are the storage contract: a change that is not additive
// needs a new schema version in migrations.ts and a new backup format.
import type { School, Schedule, ScheduleStatus } from "../../solver/index.ts";
import type { SchoolId, VersionId } from "./ids.ts";
import type { Json } from "./json.ts";
import type { Patch } from "./patch.ts";

export type SchoolRecord = {
  id: SchoolId;
  /** Always the document's `name`; kept on the record so lists need not read the document. */
  name: string;
  /** The school file exactly as parsed, unknown fields included. */
  school: School;
  createdAt: number;
  updatedAt: number;
  /** Goes up by one on every write; updates name the revision they started from. */
  revision: number;
  /** Set when the school is in the trash (see restoreSchool / purgeSchool). */
  deletedAt: number | null;
};

export type VersionOrigin = "solver" | "manual" | "import";

export type VersionRecord = {
  id: VersionId;
  schoolId: SchoolId;
  name: string;
  createdAt: number;
  updatedAt: number;
  /** Always the schedule's own `status`, so a list can show it without reading the schedule. */
  status: ScheduleStatus;
  /** How the schedule came to be; a duplicate keeps its source's origin. */
  origin: VersionOrigin;
  /** The version this one was duplicated from, if any. */
  sourceVersionId: VersionId | null;
  schedule: Schedule;
  revision: number;
  /** Set when deleted; undo in the school's history brings it back. */
  deletedAt: number | null;
};

/** The parts of a version that its school's history changes (create, rename, delete). */
export type VersionMeta = { name: string; deletedAt: number | null };

export type HistoryChange =
  | { kind: "school"; schoolId: SchoolId; patch: Patch }
  | { kind: "schedule"; versionId: VersionId; patch: Patch }
  | { kind: "version-meta"; versionId: VersionId; before: VersionMeta; after: VersionMeta };

/**
 * Edits of a school's document and of its list of versions go to the school's log; edits of a
 * schedule go to its version's log. Each log is a linear undo/redo stack.
 */
export type HistoryLog = { kind: "school"; id: SchoolId } | { kind: "version"; id: VersionId };

export type HistoryEntry = {
  /** Auto-incremented: the order of entries within a log. */
  id: number;
  /** `school:<id>` or `version:<id>` (see logKey). */
  log: string;
  schoolId: SchoolId;
  /** What the step did, for "Undo <label>", e.g. "Move alg1-3 to Tue period 2". */
  label: string;
  at: number;
  /** 1 once undone (IndexedDB cannot index booleans); a new edit deletes the undone entries. */
  undone: 0 | 1;
  change: HistoryChange;
};

export type SettingRecord = { key: string; value: Json };

export const logKey = (log: HistoryLog): string => `${log.kind}:${log.id}`;
export const schoolLog = (id: SchoolId): HistoryLog => ({ kind: "school", id });
export const versionLog = (id: VersionId): HistoryLog => ({ kind: "version", id });
