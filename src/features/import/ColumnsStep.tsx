import { ENCODING_NAMES } from "./decode.ts";
import { FIELDS, KIND_NAMES, KINDS, type ImportKind } from "./fields.ts";
import type { LoadedFile } from "./import-state.ts";
import { SEPARATOR_NAMES } from "./read-csv.ts";
import type { ImportSession } from "./use-import.ts";

/** The first few values of a column, to recognise what it holds. */
function samples(file: LoadedFile, column: number): string {
  const out: string[] = [];
  for (const row of file.table.rows) {
    const value = row.cells[column] ?? "";
    if (value !== "" && !out.includes(value)) out.push(value);
    if (out.length === 3) break;
  }
  return out.join(" · ");
}

export function ColumnsStep({ session }: { session: ImportSession }) {
  const { state, dispatch, setKind } = session;
  return (
    <>
      <p>
        Each column was matched to a field from its header. Check the guesses; a column left as
        &ldquo;Not imported&rdquo; is ignored. Your choices are remembered for the next file of the
        same kind.
      </p>
      {state.files.map((file) => {
        const name = file.table.fileName;
        return (
          <section key={file.tableId} className="import-file" aria-label={`Columns of ${name}`}>
            <h3>{name}</h3>
            <p className="muted">
              {file.table.rows.length} rows, {ENCODING_NAMES[file.table.encoding]}, separated by{" "}
              {SEPARATOR_NAMES[file.table.separator]}
            </p>
            <label className="import-kind">
              This file holds{" "}
              <select
                value={file.kind}
                onChange={(e) => setKind(file.tableId, e.target.value as ImportKind)}
              >
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_NAMES[k].title}
                  </option>
                ))}
              </select>
            </label>
            <table className="import-columns">
              <thead>
                <tr>
                  <th scope="col">Column in the file</th>
                  <th scope="col">First values</th>
                  <th scope="col">Imported as</th>
                </tr>
              </thead>
              <tbody>
                {file.table.header.map((header, i) => (
                  <tr key={i}>
                    <th scope="row">{header}</th>
                    <td className="import-samples">{samples(file, i)}</td>
                    <td>
                      <select
                        aria-label={`Import column ${header} of ${name} as`}
                        value={file.mapping[i] ?? ""}
                        onChange={(e) =>
                          dispatch({
                            type: "map",
                            tableId: file.tableId,
                            column: i,
                            field: e.target.value === "" ? null : e.target.value,
                          })
                        }
                      >
                        <option value="">Not imported</option>
                        {FIELDS[file.kind].map((f) => (
                          <option key={f.key} value={f.key}>
                            {f.label}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}
