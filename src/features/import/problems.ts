// What an import says about a file, a row or a value: where it is (file, spreadsheet row, column
// header as the file writes it), what is wrong and how to fix it.

export type ImportProblem = {
  file: string;
  /** The spreadsheet's row number (the header is row 1), or null for the whole file. */
  row: number | null;
  /** The column's header in the file, or null when the problem is the whole row. */
  column: string | null;
  message: string;
  fix: string;
};

/** "sections.csv row 14, column Teacher: 'Lee, A' matches two teachers: Ana Lee, Alan Lee." */
export function problemPlace(p: Pick<ImportProblem, "file" | "row" | "column">): string {
  const parts = [p.file];
  if (p.row !== null) parts.push(` row ${p.row}`);
  if (p.column !== null) parts.push(`${p.row !== null ? "," : ""} column ${p.column}`);
  return parts.join("");
}

export function describeProblem(p: ImportProblem): string {
  const place = problemPlace(p);
  return `${place === "" ? "" : `${place}: `}${p.message}. ${p.fix}`;
}

/** What confirming would do with a row. */
export type RowAction = "create" | "update" | "unchanged" | "duplicate" | "skipped" | "error";

export const ACTION_NAMES: Record<RowAction, string> = {
  create: "new",
  update: "updated",
  unchanged: "unchanged",
  duplicate: "duplicate",
  skipped: "skipped",
  error: "problem",
};
