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
export {
  createSchool,
  deleteSchool,
  getSchool,
  listSchools,
  purgeSchool,
  renameSchool,
  restoreSchool,
  updateSchool,
} from "./repositories/schools.ts";
export type { EditOptions, ListOptions } from "./repositories/schools.ts";
export {
  createVersion,
  deleteVersion,
  duplicateVersion,
  getVersion,
  listVersions,
  purgeVersion,
  renameVersion,
  updateSchedule,
} from "./repositories/versions.ts";
export type { CreateVersionOptions } from "./repositories/versions.ts";
export {
  HISTORY_LIMIT,
  canRedo,
  canUndo,
  getHistory,
  historyState,
  listHistory,
  redo,
  undo,
} from "./repositories/history.ts";
export type { HistoryState, StepOptions } from "./repositories/history.ts";
export {
  deleteSetting,
  getSetting,
  setCurrentSchool,
  setCurrentVersion,
  setSetting,
} from "./repositories/settings.ts";
export type { KnownSettings, SettingKey, SettingValue } from "./repositories/settings.ts";
export { BACKUP_FORMAT, exportBackup, restoreBackup } from "./repositories/backup.ts";
export type { Backup, RestoreSummary } from "./repositories/backup.ts";
export { importScheduleText, importSchoolText } from "./repositories/import.ts";
export type { ImportScheduleOptions } from "./repositories/import.ts";
export {
  useHistory,
  useSchool,
  useSchoolHistory,
  useSchools,
  useSetting,
  useStorageProblem,
  useVersion,
  useVersions,
} from "./hooks.ts";
export type { Live } from "./hooks.ts";
