/**
 * The current version (a schedule of the current school), for the solver, grid and reports:
 *
 *   const { versions, record, saveNew, select, update, undo, redo } = useCurrentVersion();
 *
 * - `versions`: the school's versions, most recently edited first; `record`: the current one
 *   (null when none is chosen or the school has none).
 * - `saveNew(schedule, { name, origin: "solver" })` stores a schedule as a new version (one undoable
 *   step of the school's history) and makes it current. The schedule must name the school:
 *   `school: useCurrentSchool().school.name`.
 * - `update(next, label)` replaces the current version's schedule as one undoable step of the
 *   version's own history ("Move alg1-3 to Tue period 2"); `undo()` / `redo()` walk that history.
 * - Every call answers a Result; a `conflict` error means another tab saved the version first.
 */
import { useCallback } from "react";
import type { Schedule } from "../../../solver/index.ts";
import {
  createVersion,
  redo as redoStep,
  setCurrentVersion,
  deleteSetting,
  undo as undoStep,
  updateSchedule,
  useHistory,
  useSetting,
  useVersion,
  useVersions,
  versionLog,
  type CreateVersionOptions,
  type HistoryEntry,
  type Result,
  type VersionId,
  type VersionRecord,
} from "../../data/index.ts";
import { useCurrentSchool } from "./current-school.tsx";

export type CurrentVersion = {
  versionId: VersionId | null;
  record: VersionRecord | null;
  versions: VersionRecord[];
  select: (id: VersionId | null) => Promise<Result<void>>;
  saveNew: (schedule: Schedule, options: CreateVersionOptions) => Promise<Result<VersionRecord>>;
  update: (next: Schedule, label: string) => Promise<Result<VersionRecord>>;
  undo: () => Promise<Result<HistoryEntry | null>>;
  redo: () => Promise<Result<HistoryEntry | null>>;
  canUndo: boolean;
  canRedo: boolean;
};

const noVersion = (): Result<never> => ({
  ok: false,
  error: { kind: "not-found", message: "No version of the school is open." },
});

export function useCurrentVersion(): CurrentVersion {
  const { schoolId } = useCurrentSchool();
  const setting = useSetting("currentVersionId");
  const chosen = setting.status === "ready" ? setting.value : null;
  const live = useVersion(chosen);
  const list = useVersions(schoolId);
  const versions = list.status === "ready" ? list.value : [];
  const found = live.status === "ready" ? live.value : null;
  const record = found && found.schoolId === schoolId && found.deletedAt === null ? found : null;
  const history = useHistory(record?.id);
  const log = history.status === "ready" ? history.value : null;
  const versionId = record?.id ?? null;
  const revision = record?.revision;

  const select = useCallback(
    (id: VersionId | null) =>
      id === null ? deleteSetting("currentVersionId") : setCurrentVersion(id),
    [],
  );
  const saveNew = useCallback(
    async (schedule: Schedule, options: CreateVersionOptions) => {
      if (schoolId === null) return noVersion();
      const created = await createVersion(schoolId, schedule, options);
      if (created.ok) await setCurrentVersion(created.value.id);
      return created;
    },
    [schoolId],
  );
  const update = useCallback(
    (next: Schedule, label: string) =>
      versionId === null || revision === undefined
        ? Promise.resolve(noVersion())
        : updateSchedule(versionId, next, { expectedRevision: revision, label }),
    [versionId, revision],
  );
  const step = useCallback(
    (direction: "undo" | "redo") => {
      if (versionId === null) return Promise.resolve(noVersion());
      const entry = direction === "undo" ? log?.undo : log?.redo;
      const run = direction === "undo" ? undoStep : redoStep;
      return run(versionLog(versionId), { expectedEntryId: entry?.id });
    },
    [log, versionId],
  );

  return {
    versionId,
    record,
    versions,
    select,
    saveNew,
    update,
    undo: useCallback(() => step("undo"), [step]),
    redo: useCallback(() => step("redo"), [step]),
    canUndo: log?.canUndo ?? false,
    canRedo: log?.canRedo ?? false,
  };
}
