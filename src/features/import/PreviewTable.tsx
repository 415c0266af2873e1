import { useState, type KeyboardEvent } from "react";
import { KIND_NAMES } from "./fields.ts";
import type { ImportAction, LoadedFile } from "./import-state.ts";
import { count } from "./import-text.ts";
import type { FilePlan } from "./plan.ts";
import { ACTION_NAMES } from "./problems.ts";

const PAGE = 50;

type Props = { file: LoadedFile; plan: FilePlan; dispatch: (action: ImportAction) => void };

/**
 * One file's rows with what each does, a page at a time (a 20,000-row file stays light). Rows with
 * problems show their cells as inputs, so a value can be fixed here; any row can be skipped.
 */
export function PreviewTable({ file, plan, dispatch }: Props) {
  const [page, setPage] = useState(0);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const name = file.table.fileName;
  const columns = file.mapping.flatMap((field, i) => (field === null ? [] : [i]));
  const byRow = new Map(plan.rows.map((r) => [r.row, r]));
  const rows = file.table.rows.filter((r) => !onlyProblems || byRow.get(r.row)?.action === "error");
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * PAGE, current * PAGE + PAGE);
  const commit = (row: number, column: number, value: string) =>
    dispatch({ type: "edit", tableId: file.tableId, row, column, value });
  const enter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") event.currentTarget.blur();
  };

  return (
    <section className="import-preview" aria-label={`Preview of ${name}`}>
      <div className="import-preview-head">
        <h3>
          {name} <span className="muted">({KIND_NAMES[plan.kind].many})</span>
        </h3>
        <label>
          <input
            type="checkbox"
            checked={onlyProblems}
            onChange={(e) => {
              setOnlyProblems(e.target.checked);
              setPage(0);
            }}
          />{" "}
          Only rows with problems ({count(plan.counts.error)})
        </label>
      </div>
      <div className="import-table-wrap">
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Result</th>
              {columns.map((i) => (
                <th key={i} scope="col">
                  {file.table.header[i]}
                </th>
              ))}
              <th scope="col">Skip</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((raw) => {
              const r = byRow.get(raw.row);
              const cells = file.edits[raw.row] ?? raw.cells;
              const action = r?.action ?? "create";
              const editable = action === "error";
              const bad = new Set(r?.problems.map((p) => p.column));
              return [
                <tr key={raw.row} className={`import-row-${action}`}>
                  <th scope="row">{raw.row}</th>
                  <td>
                    <span className={`import-badge import-badge-${action}`}>
                      {ACTION_NAMES[action]}
                    </span>{" "}
                    {r?.label}
                    {r && r.changes.length > 0 && (
                      <span className="muted"> ({r.changes.join(", ")})</span>
                    )}
                    {r?.note && <span className="muted"> {r.note}</span>}
                  </td>
                  {columns.map((i) => (
                    <td key={i}>
                      {editable ? (
                        <input
                          key={cells[i] ?? ""}
                          type="text"
                          defaultValue={cells[i] ?? ""}
                          className={
                            bad.has(file.table.header[i] ?? null) ? "import-input-bad" : undefined
                          }
                          aria-label={`${name} row ${raw.row}, ${file.table.header[i]}`}
                          onBlur={(e) => commit(raw.row, i, e.target.value)}
                          onKeyDown={enter}
                        />
                      ) : (
                        <span className="import-cell">{cells[i]}</span>
                      )}
                    </td>
                  ))}
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Skip ${name} row ${raw.row}`}
                      checked={action === "skipped"}
                      onChange={(e) =>
                        dispatch({
                          type: "skip",
                          tableId: file.tableId,
                          row: raw.row,
                          skip: e.target.checked,
                        })
                      }
                    />
                  </td>
                </tr>,
                r && r.problems.length > 0 ? (
                  <tr key={`${raw.row}-problems`} className="import-row-problems">
                    <td />
                    <td colSpan={columns.length + 2}>
                      <ul>
                        {r.problems.map((p, k) => (
                          <li key={k}>
                            <strong>
                              {p.column !== null ? `Column ${p.column}` : `Row ${raw.row}`}:
                            </strong>{" "}
                            {p.message}. {p.fix}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ) : null,
              ];
            })}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <div className="import-pages">
          <button
            type="button"
            className="button button-quiet"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            Previous
          </button>
          <span>
            Rows {count(current * PAGE + 1)}–{count(Math.min(rows.length, (current + 1) * PAGE))} of{" "}
            {count(rows.length)}
          </span>
          <button
            type="button"
            className="button button-quiet"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            Next
          </button>
        </div>
      )}
    </section>
  );
}
