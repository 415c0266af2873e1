// The door between the import's UI and its CSV worker. The worker reads files (decoding, finding
// the separator, parsing with progress) and keeps each table, so that every preview afterwards
// sends only the person's choices (kind, columns, edits, skipped rows), never the rows again.
import type { School } from "../../solver/index.ts";
import type { ImportKind, Mapping } from "../features/import/fields.ts";
import type { ImportPlan } from "../features/import/plan.ts";
import type { CsvTable } from "../features/import/read-csv.ts";

/** A file's settings for a preview; the rows are the table the worker keeps under `tableId`. */
export type PlanFileArgs = {
  tableId: number;
  kind: ImportKind;
  mapping: Mapping;
  edits: Readonly<Record<number, readonly string[]>>;
  skipped: readonly number[];
};

/** A preview; the school (large) comes back only when asked for, to store it. */
export type PlanView = Omit<ImportPlan, "school"> & { school: School | null };

export type ToCsvWorker =
  | { type: "read"; id: number; fileName: string; bytes: ArrayBuffer }
  | { type: "plan"; id: number; base: School; files: PlanFileArgs[]; withSchool: boolean }
  | { type: "forget"; tableIds: number[] };

export type FromCsvWorker =
  | { type: "progress"; id: number; fraction: number }
  | { type: "table"; id: number; tableId: number; table: CsvTable }
  | { type: "plan"; id: number; plan: PlanView }
  /** A newer preview was asked for before this one started: only the newest is worked out. */
  | { type: "superseded"; id: number }
  | { type: "error"; id: number; message: string };
