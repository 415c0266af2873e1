// The import dialog's state: files being read and read, each file's kind and columns, the edits
// and skips made in the preview, and where the result goes. A pure reducer: the dialog renders it
// and dispatches; reading and previewing happen in the worker (use-import.ts).
import { guessMapping, type ImportKind, type Mapping, type RememberedMapping } from "./fields.ts";
import type { CsvTable } from "./read-csv.ts";

export type Step = "files" | "columns" | "preview";

export type LoadedFile = {
  tableId: number;
  table: CsvTable;
  kind: ImportKind;
  mapping: Mapping;
  edits: Readonly<Record<number, readonly string[]>>;
  skipped: readonly number[];
};

export type Reading = { key: number; name: string; fraction: number };

export type ImportState = {
  step: Step;
  reading: Reading[];
  files: LoadedFile[];
  /** Files that could not be read, in words. */
  failures: string[];
  target: "merge" | "new";
  newName: string;
};

export type ImportAction =
  | { type: "reading"; key: number; name: string }
  | { type: "progress"; key: number; fraction: number }
  | { type: "read"; key: number; file: LoadedFile }
  | { type: "read-failed"; key: number; message: string }
  | { type: "remove"; tableId: number }
  | { type: "kind"; tableId: number; kind: ImportKind; remembered: RememberedMapping }
  | { type: "map"; tableId: number; column: number; field: string | null }
  | { type: "edit"; tableId: number; row: number; column: number; value: string }
  | { type: "skip"; tableId: number; row: number; skip: boolean }
  | { type: "step"; step: Step }
  | { type: "target"; target: "merge" | "new" }
  | { type: "name"; name: string };

export const initialImport = (newName: string): ImportState => ({
  step: "files",
  reading: [],
  files: [],
  failures: [],
  target: "merge",
  newName,
});

/** The state with one file changed by `fn`; the same state when `fn` changes nothing. */
function change(state: ImportState, tableId: number, fn: (f: LoadedFile) => LoadedFile) {
  let changed = false;
  const files = state.files.map((f) => {
    if (f.tableId !== tableId) return f;
    const next = fn(f);
    changed ||= next !== f;
    return next;
  });
  return changed ? { ...state, files } : state;
}

export function importReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case "reading":
      return {
        ...state,
        reading: [...state.reading, { key: action.key, name: action.name, fraction: 0 }],
      };
    case "progress":
      return {
        ...state,
        reading: state.reading.map((r) =>
          r.key === action.key ? { ...r, fraction: action.fraction } : r,
        ),
      };
    case "read":
      return {
        ...state,
        reading: state.reading.filter((r) => r.key !== action.key),
        files: [...state.files, action.file],
      };
    case "read-failed":
      return {
        ...state,
        reading: state.reading.filter((r) => r.key !== action.key),
        failures: [...state.failures, action.message],
      };
    case "remove": {
      const files = state.files.filter((f) => f.tableId !== action.tableId);
      return { ...state, files, step: files.length === 0 ? "files" : state.step };
    }
    case "kind":
      return change(state, action.tableId, (f) => ({
        ...f,
        kind: action.kind,
        mapping: guessMapping(action.kind, f.table.header, action.remembered),
        // Edits were made to rows read as the other kind; they stay (they are the file's cells).
      }));
    case "map":
      return change(state, action.tableId, (f) => ({
        ...f,
        // A field belongs to one column: choosing it here takes it from any other.
        mapping: f.mapping.map((m, i) =>
          i === action.column ? action.field : m === action.field ? null : m,
        ),
      }));
    case "edit":
      return change(state, action.tableId, (f) => {
        const original = f.table.rows.find((r) => r.row === action.row);
        if (!original) return f;
        const cells = [...(f.edits[action.row] ?? original.cells)];
        if (cells[action.column] === action.value) return f;
        cells[action.column] = action.value;
        return { ...f, edits: { ...f.edits, [action.row]: cells } };
      });
    case "skip":
      return change(state, action.tableId, (f) => ({
        ...f,
        skipped: action.skip
          ? [...new Set([...f.skipped, action.row])]
          : f.skipped.filter((r) => r !== action.row),
      }));
    case "step":
      return { ...state, step: action.step };
    case "target":
      return { ...state, target: action.target };
    case "name":
      return { ...state, newName: action.name };
  }
}
