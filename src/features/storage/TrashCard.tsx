import { useState } from "react";
import {
  deleteSchool,
  purgeSchool,
  restoreSchool,
  setCurrentSchool,
  useSchools,
  type Result,
  type SchoolRecord,
} from "../../data/index.ts";
import { useCurrentSchool } from "../school/current-school.tsx";
import { ConfirmDialog } from "./ConfirmDialog.tsx";
import { useFileImport } from "./file-import.tsx";

const when = (t: number | null) => (t === null ? "" : new Date(t).toLocaleString());

/**
 * The open school goes to the trash (the app then opens the most recently edited other school,
 * or the sample when none is left); a school in the trash comes back, or is removed for good
 * after a question. Nothing is lost by the first step, so it asks nothing.
 */
export function TrashCard() {
  const { record, school, save } = useCurrentSchool();
  const trash = useSchools({ deleted: true });
  const { announce } = useFileImport();
  const [problem, setProblem] = useState<string | null>(null);
  const [purging, setPurging] = useState<SchoolRecord | null>(null);
  const run = async (action: Promise<Result<unknown>>, done: string) => {
    const result = await action;
    setProblem(result.ok ? null : result.error.message);
    if (result.ok) announce(done);
  };
  const trashed = trash.status === "ready" ? trash.value : [];

  return (
    <div className="data-card data-card-danger">
      <h3>Trash</h3>
      <p>A school in the trash keeps its versions and undo history until it is deleted for good.</p>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <button
        type="button"
        className="button button-danger"
        // A record exists only when the browser stores schools; its revision must be the stored
        // one, so the button waits for pending edits to be saved.
        disabled={record === null || save.status !== "saved"}
        onClick={() =>
          record &&
          void run(deleteSchool(record.id, record.revision), `Moved ${school.name} to the trash.`)
        }
      >
        Move this school to the trash
      </button>
      {trashed.length > 0 && (
        <ul className="trash-list" aria-label="Schools in the trash">
          {trashed.map((s) => (
            <li key={s.id}>
              <span>
                {s.name} <span className="muted">deleted {when(s.deletedAt)}</span>
              </span>
              <span className="banner-actions">
                <button
                  type="button"
                  className="button"
                  aria-label={`Restore ${s.name}`}
                  onClick={() =>
                    void run(
                      restoreSchool(s.id).then((restored) =>
                        restored.ok ? setCurrentSchool(s.id) : restored,
                      ),
                      `Restored ${s.name}.`,
                    )
                  }
                >
                  Restore
                </button>
                <button
                  type="button"
                  className="button button-quiet"
                  aria-label={`Delete ${s.name} for good`}
                  onClick={() => setPurging(s)}
                >
                  Delete for good…
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {purging && (
        <ConfirmDialog
          title={`Delete ${purging.name} for good?`}
          actions={[
            {
              label: "Delete for good",
              tone: "danger",
              onClick: () => {
                const s = purging;
                setPurging(null);
                void run(purgeSchool(s.id), `Deleted ${s.name} for good.`);
              },
            },
          ]}
          onCancel={() => setPurging(null)}
        >
          <p>
            The school, its versions and its undo history leave this browser and cannot be brought
            back, unless a backup file holds them.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
