import { useId, type ChangeEvent } from "react";
import { ENCODING_NAMES } from "./decode.ts";
import { ExportLists } from "./ExportLists.tsx";
import { KIND_NAMES } from "./fields.ts";
import { SEPARATOR_NAMES } from "./read-csv.ts";
import type { ImportSession } from "./use-import.ts";

export function FilesStep({ session }: { session: ImportSession }) {
  const { state, dispatch, addFiles } = session;
  const inputId = useId();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    // Clearing the value lets the same file be chosen again after fixing it on disk.
    event.target.value = "";
    addFiles(files);
  };
  return (
    <>
      <p>
        Choose CSV files exported from a spreadsheet or a student information system: teachers,
        rooms, student groups, sections or teams, one kind per file. Choose them together so that
        sections can name the teachers and rooms of the other files. Nothing is stored until you
        confirm the preview.
      </p>
      <p className="file-open">
        <input
          id={inputId}
          type="file"
          multiple
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
          className="visually-hidden"
          onChange={onChange}
        />
        <label htmlFor={inputId} className="button">
          Choose CSV files…
        </label>
      </p>
      {state.reading.length > 0 && (
        <ul className="import-reading" aria-label="Files being read">
          {state.reading.map((r) => (
            <li key={r.key}>
              <span>Reading {r.name}…</span>
              <progress value={r.fraction} max={1} aria-label={`Reading ${r.name}`} />
              <span>{Math.round(r.fraction * 100)}%</span>
            </li>
          ))}
        </ul>
      )}
      {state.failures.length > 0 && (
        <ul className="import-failures" role="alert">
          {state.failures.map((message, i) => (
            <li key={i}>{message}</li>
          ))}
        </ul>
      )}
      {state.files.length > 0 && (
        <ul className="import-files" aria-label="Chosen files">
          {state.files.map((f) => (
            <li key={f.tableId}>
              <strong>{f.table.fileName}</strong>{" "}
              <span className="muted">
                {KIND_NAMES[f.kind].title.toLowerCase()}, {f.table.rows.length} rows,{" "}
                {ENCODING_NAMES[f.table.encoding]}, separated by{" "}
                {SEPARATOR_NAMES[f.table.separator]}
              </span>{" "}
              <button
                type="button"
                className="button button-quiet"
                onClick={() => dispatch({ type: "remove", tableId: f.tableId })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <ExportLists />
    </>
  );
}
