import { useState } from "react";
import { useFileImport } from "../storage/file-import.tsx";
import { ImportDialog } from "./ImportDialog.tsx";
import "./import.css";

/** The entry point: opens the import dialog (which also exports the lists as CSV). */
export function ImportCsvButton() {
  const [open, setOpen] = useState(false);
  const { announce } = useFileImport();
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Import CSV…
      </button>
      {open && (
        <ImportDialog
          onClose={() => setOpen(false)}
          onDone={(message) => {
            setOpen(false);
            announce(message);
          }}
        />
      )}
    </>
  );
}
