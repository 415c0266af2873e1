import { useId, useMemo, useState } from "react";
import type { School } from "../../../solver/index.ts";
import { applyPaste, PASTE_COLUMNS, parsePaste, type PasteKind } from "./paste.ts";
import { useSetup } from "./use-setup.ts";

type Props = { kind: PasteKind; onAdd: (next: School, count: number) => void };

/** Paste rows copied from a spreadsheet, see what each becomes, then add the good ones. */
export function PasteRows({ kind, onAdd }: Props) {
  const { doc } = useSetup();
  const [text, setText] = useState("");
  const id = useId();
  const preview = useMemo(
    () => (text.trim() === "" ? null : parsePaste(kind, text, doc)),
    [kind, text, doc],
  );
  const good = preview?.rows.filter((r) => r.item !== null).length ?? 0;
  const columns = PASTE_COLUMNS[kind].map((c) => c.label).join(", ");
  return (
    <div className="paste">
      <label htmlFor={id}>
        Paste rows (columns: {columns}; a first row of column names in any order also works)
      </label>
      <textarea
        id={id}
        className="input paste-text"
        rows={5}
        value={text}
        onChange={(e) => setText(e.target.value)}
        spellCheck={false}
      />
      {preview && (
        <div className="table-scroll">
          <table className="paste-preview">
            <caption>
              Preview: {good} of {preview.rows.length} rows can be added
              {preview.header ? " (the first row was read as column names)" : ""}
            </caption>
            <thead>
              <tr>
                {preview.columns.map((c) => (
                  <th key={c.key} scope="col">
                    {c.label}
                  </th>
                ))}
                <th scope="col">Becomes</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row, i) => (
                <tr key={i} className={row.item ? undefined : "paste-bad"}>
                  {preview.columns.map((c, j) => (
                    <td key={c.key}>{row.cells[j] ?? ""}</td>
                  ))}
                  <td>
                    {row.item ? <code>{String(row.item.id)}</code> : "not added"}
                    {row.problems.length > 0 && (
                      <span className="field-error">
                        {row.problems.map((p, k) => (
                          <span key={k}>{p}</span>
                        ))}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button
        type="button"
        className="button button-primary"
        disabled={good === 0}
        onClick={() => {
          if (!preview) return;
          onAdd(applyPaste(doc, preview), good);
          setText("");
        }}
      >
        Add {good} {good === 1 ? "row" : "rows"}
      </button>
    </div>
  );
}
