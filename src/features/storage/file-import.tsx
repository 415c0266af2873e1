// Opening files: a school file becomes a new stored school (and the current one), a schedule file
// a new version of the current school, a backup replaces everything after the person confirms.
// A file that fails its checks changes nothing and its problems are shown. Files come from the
// pickers (useFileImport().openFile) or are dropped anywhere on the page.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import {
  importScheduleText,
  importSchoolText,
  restoreBackup,
  setCurrentSchool,
  setCurrentVersion,
  type DataError,
} from "../../data/index.ts";
import type { Problem } from "../../lib/errors.ts";
import { readFileText } from "../../lib/files.ts";
import { ProblemList } from "../../ui/ProblemList.tsx";
import { useCurrentSchool } from "../school/current-school.tsx";
import { ConfirmDialog } from "./ConfirmDialog.tsx";
import { fileKindOf, isSpreadsheet, type FileKind } from "./file-kind.ts";
import { RestoreQuestion, type PendingRestore } from "./RestoreQuestion.tsx";
import { EMPTY_BACKUP } from "./empty-backup.ts";

export type Rejected = { title: string; problems: Problem[] };

export type FileImport = {
  /** Opens a school, schedule or backup file, whichever it is (or only the `expect`ed kind). */
  openFile: (file: File, expect?: FileKind) => Promise<void>;
  /** Asks before deleting every school, version and edit stored in this browser. */
  askDeleteAll: () => void;
  /** Says something short in the page's polite live region (and its status line). */
  announce: (text: string) => void;
  notice: string | null;
  /** The last file that could not be opened, and why. */
  rejected: Rejected | null;
  dismiss: () => void;
};

const Context = createContext<FileImport | null>(null);

export function useFileImport(): FileImport {
  const value = useContext(Context);
  if (value === null) throw new Error("useFileImport is used outside <FileImportProvider>");
  return value;
}

const problemsOf = (error: DataError): Problem[] =>
  error.kind === "invalid" ? error.errors : [{ path: "", message: error.message }];

export function FileImportProvider({ children }: { children: ReactNode }) {
  const { schoolId, reset } = useCurrentSchool();
  const [rejected, setRejected] = useState<Rejected | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [restore, setRestore] = useState<PendingRestore | null>(null);
  const [deleteAll, setDeleteAll] = useState(false);
  const [dragging, setDragging] = useState(false);

  const fail = useCallback((fileName: string, what: string, error: DataError) => {
    setNotice(null);
    setRejected({
      title: `Could not open ${fileName}: ${what}. Nothing stored was changed.`,
      problems: problemsOf(error),
    });
  }, []);

  const openFile = useCallback(
    async (file: File, expect?: FileKind) => {
      setRejected(null);
      const text = await readFileText(file);
      if (!text.ok) {
        setRejected({ title: `Could not read ${file.name}`, problems: text.errors });
        return;
      }
      // A spreadsheet dropped here (or picked) would fail as a school file with a JSON error;
      // say what it is and where it goes instead.
      if (isSpreadsheet(file.name, text.value)) {
        const message =
          "this is a spreadsheet (CSV) file, not a school, schedule or backup file. To bring " +
          "teachers, rooms, groups or sections in from a spreadsheet, use Import CSV… at the top " +
          "of the page.";
        setNotice(null);
        setRejected({
          title: `Could not open ${file.name}. Nothing stored was changed.`,
          problems: [{ path: "", message }],
        });
        return;
      }
      const kind = fileKindOf(text.value);
      if (expect !== undefined && kind !== expect) {
        const message = `this is a ${kind} file, not a ${expect} file`;
        setRejected({ title: `Could not open ${file.name}`, problems: [{ path: "", message }] });
        return;
      }
      if (kind === "backup") {
        let backup: unknown;
        try {
          backup = JSON.parse(text.value);
        } catch {
          backup = null;
        }
        setRestore({ fileName: file.name, backup });
        return;
      }
      if (kind === "schedule") {
        if (schoolId === null) {
          const message = "this browser stores nothing, so schedules cannot be kept";
          setRejected({ title: `Could not open ${file.name}`, problems: [{ path: "", message }] });
          return;
        }
        const name = file.name.replace(/\.json$/i, "").replace(/\.schedule$/i, "");
        const added = await importScheduleText(schoolId, text.value, { name });
        if (!added.ok) return fail(file.name, "the schedule does not fit this school", added.error);
        await setCurrentVersion(added.value.id);
        setNotice(`Added ${file.name} as version "${added.value.name}".`);
        return;
      }
      const added = await importSchoolText(text.value);
      if (!added.ok) return fail(file.name, "the school file has errors", added.error);
      await setCurrentSchool(added.value.id);
      setNotice(`Opened ${file.name}; "${added.value.name}" is now stored in this browser.`);
    },
    [fail, schoolId],
  );

  const runRestore = useCallback(
    async (pending: PendingRestore) => {
      setRestore(null);
      const restored = await restoreBackup(pending.backup);
      if (!restored.ok) return fail(pending.fileName, "the backup has errors", restored.error);
      reset();
      const { schools, versions } = restored.value;
      setNotice(`Restored ${pending.fileName}: ${schools} schools and ${versions} versions.`);
    },
    [fail, reset],
  );

  const runDeleteAll = useCallback(async () => {
    setDeleteAll(false);
    // Restoring an empty backup clears every table in one transaction: all or nothing.
    const cleared = await restoreBackup(EMPTY_BACKUP);
    if (!cleared.ok) {
      setRejected({ title: "Could not delete the data", problems: problemsOf(cleared.error) });
      return;
    }
    reset();
    setNotice("Deleted every school stored in this browser; the sample school is back.");
  }, [reset]);

  const onDrop = useCallback((file: File) => void openFile(file), [openFile]);
  useDropZone(setDragging, onDrop);

  const value = useMemo(
    (): FileImport => ({
      openFile,
      askDeleteAll: () => setDeleteAll(true),
      announce: setNotice,
      notice,
      rejected,
      dismiss: () => setRejected(null),
    }),
    [openFile, notice, rejected],
  );

  return (
    <Context.Provider value={value}>
      {children}
      {restore && (
        <RestoreQuestion
          pending={restore}
          onRestore={() => void runRestore(restore)}
          onCancel={() => setRestore(null)}
        />
      )}
      {deleteAll && (
        <ConfirmDialog
          title="Delete all data stored in this browser?"
          actions={[
            { label: "Delete everything", tone: "danger", onClick: () => void runDeleteAll() },
          ]}
          onCancel={() => setDeleteAll(false)}
        >
          <p>
            Every school, version and undo step kept by Commons in this browser will be deleted.
            This cannot be undone. Export a backup first if you may want any of it back.
          </p>
        </ConfirmDialog>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a school, schedule or backup file to open it
        </div>
      )}
    </Context.Provider>
  );
}

/** The polite status line and the problems of the last file that could not be opened. */
export function ImportMessages() {
  const { notice, rejected, dismiss } = useFileImport();
  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite">
        {notice}
      </p>
      {rejected && (
        <ProblemList title={rejected.title} problems={rejected.problems} onDismiss={dismiss} />
      )}
    </>
  );
}

/** Files dropped anywhere on the page; the overlay shows while a file is dragged over it. */
function useDropZone(setDragging: (on: boolean) => void, onFile: (file: File) => void): void {
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes("Files") ?? false;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragleave", leave);
    window.addEventListener("dragover", over);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("dragover", over);
      window.removeEventListener("drop", drop);
    };
  }, [setDragging, onFile]);
}
