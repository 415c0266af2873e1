/**
 * The current school, for every feature of the app. Mount <CurrentSchoolProvider> once (App.tsx);
 * below it:
 *
 *   const { schoolId, record, school, update, undo, redo, canUndo, canRedo } = useCurrentSchool();
 *
 * - `school` is the checked document the app works on (the latest edit, stored or being stored):
 *   safe to give to resolveSchool / solve. `record` is the stored record (revision, times), null
 *   only when the browser keeps nothing (then `save.status` is "memory").
 * - `update(next, label)` (or `edit(label, school => next)`, which builds on the very latest
 *   document, the draft included) checks `next` with the school parser. A valid document is saved at once
 *   as one undoable step named `label` ("Add teacher Ana Lee"); the answer is "saved". An invalid
 *   one becomes the `draft` (errors included) and is not stored; the answer is "draft". Build the
 *   next edit on `draft?.school ?? school` so that fixing the draft saves everything.
 * - `save` says whether everything is stored. On a failed write the edit stays in memory (shown,
 *   not stored) and `save.status` is "failed" with the storage error; `retry()` tries again and
 *   `discardUnsaved()` goes back to what is stored (the answer to a conflict with another tab).
 * - `undo()` / `redo()` walk the school's history in storage, so they survive a reload; with a
 *   draft open, undo first drops the draft.
 * - `reset()` forgets drafts and unsaved edits and reads the stored school again (after a restore).
 *
 * The current version of the school (schedules) is in current-version.ts (`useCurrentVersion`).
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import { checkSchool, type FormatError, type School } from "../../../solver/index.ts";
import {
  getSchool,
  openDb,
  redo as redoStep,
  schoolLog,
  undo as undoStep,
  useSchool,
  useSchoolHistory,
  useSetting,
  type DataError,
  type SchoolId,
  type SchoolRecord,
  type StorageError,
} from "../../data/index.ts";
import { editStep, SaveQueue, type SaveStep } from "./save-queue.ts";
import { openStartSchoolOnce } from "./start-school.ts";

export type SchoolDraft = {
  school: School;
  errors: FormatError[];
  /** The label of the edit that made the draft, for the history step once it is valid. */
  label: string;
  /** The stored revision the draft began on (undefined: behind this tab's own queued edits). */
  startedFrom: number | undefined;
};

export type SaveState =
  | { status: "saved" }
  | { status: "saving" }
  | { status: "failed"; error: DataError; unsaved: number }
  /** The browser keeps nothing (private mode, storage off): edits live in this tab only. */
  | { status: "memory"; problem: StorageError };

export type CurrentSchool = {
  schoolId: SchoolId | null;
  record: SchoolRecord | null;
  school: School;
  draft: SchoolDraft | null;
  save: SaveState;
  update: (next: School, label: string) => "saved" | "draft";
  /** Like update, applied to the latest document (the draft if any): `edit(label, s => ...)`. */
  edit: (label: string, change: (school: School) => School) => "saved" | "draft";
  discardDraft: () => void;
  retry: () => void;
  discardUnsaved: () => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  /** "Undo Add teacher Ana Lee": the labels of the steps undo and redo would take. */
  undoLabel: string | null;
  redoLabel: string | null;
  /** A short sentence about the last undo/redo that could not run, or null. */
  notice: string | null;
  reset: () => void;
};

const Context = createContext<CurrentSchool | null>(null);

export function useCurrentSchool(): CurrentSchool {
  const value = useContext(Context);
  if (value === null) throw new Error("useCurrentSchool is used outside <CurrentSchoolProvider>");
  return value;
}

/** How the start went; the provider shows `fallback(start)` until a school is open. */
export type StartState =
  | { status: "starting" }
  | { status: "ready" }
  | { status: "memory"; problem: StorageError }
  | { status: "failed"; error: DataError };

type Props = {
  loadSample: () => School;
  children: ReactNode;
  fallback: (s: StartState) => ReactNode;
};

export function CurrentSchoolProvider({ loadSample, children, fallback }: Props) {
  const [start, setStart] = useState<StartState>({ status: "starting" });
  const [epoch, setEpoch] = useState(0);
  const current = useSetting("currentSchoolId");
  const currentId = current.status === "ready" ? current.value : undefined;
  const stored = useSchool(currentId);
  const gone =
    start.status === "ready" &&
    current.status === "ready" &&
    (currentId === null || (stored.status === "ready" && stored.value?.deletedAt !== null));

  useEffect(() => {
    if (start.status !== "starting" && !gone) return;
    let cancelled = false;
    void (async () => {
      const opened = await openDb();
      const result = opened.ok ? await openStartSchoolOnce(loadSample) : opened;
      if (cancelled) return;
      if (result.ok) setStart({ status: "ready" });
      else if (result.error.kind === "unavailable" || result.error.kind === "unknown")
        setStart({ status: "memory", problem: result.error });
      else setStart({ status: "failed", error: result.error });
    })();
    return () => {
      cancelled = true;
    };
  }, [start.status, gone, loadSample]);

  const reset = useCallback(() => setEpoch((e) => e + 1), []);

  if (start.status === "memory") {
    return (
      <SchoolSession
        key={`memory:${epoch}`}
        memory={{ loadSample, problem: start.problem }}
        reset={reset}
      >
        {children}
      </SchoolSession>
    );
  }
  const record = stored.status === "ready" ? stored.value : null;
  if (start.status !== "ready" || gone || record === null) return fallback(start);
  // Keyed by the record's own id: right after a switch the live query still answers the previous
  // school for a moment, and a session must never mix two schools.
  return (
    <SchoolSession key={`${record.id}:${epoch}`} record={record} reset={reset}>
      {children}
    </SchoolSession>
  );
}

type SessionProps = {
  record?: SchoolRecord;
  memory?: { loadSample: () => School; problem: StorageError };
  reset: () => void;
  children: ReactNode;
};

/** One school's editing session; a new one (fresh queue, no draft) per school and per reset. */
function SchoolSession({ record, memory, reset, children }: SessionProps) {
  const [queue] = useState(() => {
    const q = new SaveQueue();
    q.adopt(record ?? memoryRecord(memory!.loadSample()));
    return q;
  });
  useEffect(() => {
    if (record) queue.adopt(record);
  }, [queue, record]);
  const snap = useSyncExternalStore(queue.subscribe, queue.snapshot);
  const [draft, setDraftState] = useState<SchoolDraft | null>(null);
  // The draft as of the last event handler, for edits that build on the very latest document
  // (two quick edits in a row must not build both on the same render's document).
  const draftRef = useRef<SchoolDraft | null>(null);
  const setDraft = useCallback((next: SchoolDraft | null) => {
    draftRef.current = next;
    setDraftState(next);
  }, []);
  const [notice, setNotice] = useState<string | null>(null);
  const schoolId = record?.id ?? null;
  const history = useSchoolHistory(schoolId);
  const log = history.status === "ready" ? history.value : null;

  const commit = useCallback(
    (next: School, label: string, startedFrom: number | undefined): "saved" | "draft" => {
      const checked = checkSchool(next);
      if (!checked.ok) {
        setDraft({ school: next, errors: checked.errors, label, startedFrom });
        return "draft";
      }
      setDraft(null);
      setNotice(null);
      queue.push(
        schoolId === null ? memoryStep(next, label) : editStep(schoolId, next, label, startedFrom),
      );
      return "saved";
    },
    [queue, schoolId, setDraft],
  );

  // An edit names the revision of the document it was made on (for a draft, the revision the
  // draft began on), so that a change another tab saved meanwhile is refused as a conflict,
  // never overwritten. Behind this tab's own queued edits it builds on their result instead.
  const update = useCallback(
    (next: School, label: string) => {
      const current = draftRef.current;
      const startedFrom = current
        ? current.startedFrom
        : snap.pending === 0
          ? snap.record?.revision
          : undefined;
      return commit(next, label, startedFrom);
    },
    [commit, snap],
  );

  const edit = useCallback(
    (label: string, change: (school: School) => School) => {
      const current = draftRef.current;
      const latest = queue.snapshot();
      if (current) return commit(change(current.school), label, current.startedFrom);
      const startedFrom = latest.pending === 0 ? latest.record?.revision : undefined;
      return commit(change(latest.school!), label, startedFrom);
    },
    [commit, queue],
  );

  const step = useCallback(
    (direction: "undo" | "redo") => {
      if (schoolId === null) return;
      const expectedEntryId = (direction === "undo" ? log?.undo : log?.redo)?.id;
      setNotice(null);
      queue.push({
        label: direction,
        school: null,
        run: async () => {
          const run = direction === "undo" ? undoStep : redoStep;
          const done = await run(schoolLog(schoolId), { expectedEntryId });
          // A step that no longer fits (another tab moved the log) is news, not a stopped queue.
          if (!done.ok && done.error.kind === "history") setNotice(done.error.message);
          else if (!done.ok) return done;
          return getSchool(schoolId);
        },
      });
    },
    [log, queue, schoolId],
  );

  const undo = useCallback(() => {
    if (draftRef.current !== null) setDraft(null);
    else step("undo");
  }, [setDraft, step]);
  const redo = useCallback(() => step("redo"), [step]);

  const problem = memory?.problem;
  const value = useMemo((): CurrentSchool => {
    const idle = snap.failure === null && snap.pending === 0;
    const save: SaveState = problem
      ? { status: "memory", problem }
      : snap.failure
        ? { status: "failed", error: snap.failure, unsaved: snap.pending }
        : snap.pending > 0
          ? { status: "saving" }
          : { status: "saved" };
    return {
      schoolId,
      record: problem ? null : snap.record,
      school: snap.school!,
      draft,
      save,
      update,
      edit,
      discardDraft: () => setDraft(null),
      retry: () => queue.retry(),
      discardUnsaved: () => {
        setDraft(null);
        queue.discard();
      },
      undo,
      redo,
      canUndo: draft !== null || (idle && (log?.canUndo ?? false)),
      canRedo: draft === null && idle && (log?.canRedo ?? false),
      undoLabel: draft !== null ? "unsaved changes" : (log?.undo?.label ?? null),
      redoLabel: log?.redo?.label ?? null,
      notice,
      reset,
    };
  }, [
    snap,
    problem,
    schoolId,
    draft,
    update,
    edit,
    setDraft,
    queue,
    undo,
    redo,
    log,
    notice,
    reset,
  ]);

  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** In memory mode the "store" is this tab: every edit succeeds. */
function memoryStep(school: School, label: string): SaveStep {
  return {
    label,
    school,
    run: (base) =>
      Promise.resolve({
        ok: true,
        value: { ...base, school, name: school.name, revision: base.revision + 1 },
      }),
  };
}

function memoryRecord(school: School): SchoolRecord {
  const now = Date.now();
  return {
    id: "memory" as SchoolId,
    name: school.name,
    school,
    createdAt: now,
    updatedAt: now,
    revision: 1,
    deletedAt: null,
  };
}
