import { useEffect, useId, useRef } from "react";
import { ColumnsStep } from "./ColumnsStep.tsx";
import { FilesStep } from "./FilesStep.tsx";
import type { Step } from "./import-state.ts";
import { count } from "./import-text.ts";
import { PreviewStep } from "./PreviewStep.tsx";
import { useImport } from "./use-import.ts";

const STEPS: readonly { id: Step; label: string }[] = [
  { id: "files", label: "Files" },
  { id: "columns", label: "Columns" },
  { id: "preview", label: "Preview" },
];

type Props = { onClose: () => void; onDone: (message: string) => void };

/**
 * Files, then their columns, then a preview of what will be created or changed; nothing is stored
 * until Import is pressed, and closing the dialog at any step changes nothing.
 */
export function ImportDialog({ onClose, onDone }: Props) {
  const session = useImport(onDone);
  const { state, dispatch, preview, store } = session;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);

  const go = (step: Step) => dispatch({ type: "step", step });
  const plan = preview.status === "ready" ? preview.plan : null;
  const canImport =
    plan !== null &&
    plan.ready &&
    store.status !== "storing" &&
    (state.target === "merge" || state.newName.trim() !== "");
  const items = plan ? plan.files.reduce((n, f) => n + f.counts.create + f.counts.update, 0) : 0;

  return (
    <dialog
      ref={ref}
      className="dialog import-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="import-head">
        <h2 id={titleId}>Import from CSV</h2>
        <ol className="import-steps" aria-label="Steps">
          {STEPS.map((s, i) => (
            <li key={s.id} aria-current={s.id === state.step ? "step" : undefined}>
              {i + 1}. {s.label}
            </li>
          ))}
        </ol>
      </div>
      <div className="dialog-body import-body">
        {state.step === "files" && <FilesStep session={session} />}
        {state.step === "columns" && <ColumnsStep session={session} />}
        {state.step === "preview" && <PreviewStep session={session} />}
      </div>
      <div className="dialog-actions">
        {state.step !== "files" && (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => go(state.step === "preview" ? "columns" : "files")}
          >
            Back
          </button>
        )}
        {state.step === "files" && (
          <button
            type="button"
            className="button button-primary"
            disabled={state.files.length === 0 || state.reading.length > 0}
            onClick={() => go("columns")}
          >
            Next: columns
          </button>
        )}
        {state.step === "columns" && (
          <button type="button" className="button button-primary" onClick={() => go("preview")}>
            Next: preview
          </button>
        )}
        {state.step === "preview" && (
          <button
            type="button"
            className="button button-primary"
            disabled={!canImport}
            onClick={() => void session.confirm()}
          >
            {store.status === "storing"
              ? "Importing…"
              : `Import ${count(items)} ${items === 1 ? "item" : "items"}`}
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
