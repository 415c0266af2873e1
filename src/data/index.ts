// The storage layer's public door: the app imports from here, never from dexie.
export { DB_NAME, CommonsDb, getDb, openDb, requestPersistentStorage } from "./db.ts";
export type { ProblemListener } from "./db.ts";
export type {
  ConflictError,
  DataError,
  HistoryError,
  InvalidError,
  NotFoundError,
  Result,
  StorageError,
  StorageErrorKind,
} from "./errors.ts";
export { asSchoolId, asVersionId, type SchoolId, type VersionId } from "./ids.ts";
export type {
  HistoryChange,
  HistoryEntry,
  HistoryLog,
  SchoolRecord,
  SettingRecord,
  VersionMeta,
  VersionOrigin,
  VersionRecord,
} from "./records.ts";
export { schoolLog, versionLog } from "./records.ts";
export { compareSchedules } from "./compare.ts";
export type { MeetingPlace, PlanningChange, SectionMove, VersionComparison } from "./compare.ts";
export * from "./repositories/schools.ts";
export * from "./repositories/versions.ts";
export * from "./repositories/history.ts";
export * from "./repositories/settings.ts";
export * from "./repositories/backup.ts";
export * from "./repositories/import.ts";
export * from "./hooks.ts";
