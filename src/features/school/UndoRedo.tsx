import "./school.css";
import { useEffect } from "react";
import { useCurrentSchool } from "./current-school.tsx";
import { isTextField, undoKeyOf } from "./undo-keys.ts";

/** Undo and redo of school edits, as buttons and as Ctrl+Z / Ctrl+Shift+Z (Cmd on a Mac). */
export function UndoRedo() {
  const { undo, redo, canUndo, canRedo, undoLabel, redoLabel } = useCurrentSchool();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const which = undoKeyOf(event, isTextField(event.target));
      if (which === null) return;
      event.preventDefault();
      if (which === "undo" && canUndo) undo();
      if (which === "redo" && canRedo) redo();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo, redo, canUndo, canRedo]);
  return (
    <div className="undo-redo" role="group" aria-label="Edit history">
      <button
        type="button"
        className="button button-quiet"
        onClick={undo}
        disabled={!canUndo}
        title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : "Nothing to undo"}
      >
        Undo
      </button>
      <button
        type="button"
        className="button button-quiet"
        onClick={redo}
        disabled={!canRedo}
        title={redoLabel ? `Redo ${redoLabel} (Ctrl+Shift+Z)` : "Nothing to redo"}
      >
        Redo
      </button>
    </div>
  );
}
