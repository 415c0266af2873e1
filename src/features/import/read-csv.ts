// Text of a CSV file turned into a table: the separator found, the first non-blank row taken as
// the header, blank rows dropped, cells trimmed, trailing empty columns cut. Rows keep the number a
// spreadsheet shows for them (the header is row 1; a quoted line break stays inside one row), so
// that every problem can point at the row the person sees.
import Papa from "papaparse";
import { decodeBytes, type Encoding } from "./decode.ts";

export type Separator = "," | ";" | "\t" | "|";

export const SEPARATOR_NAMES: Record<Separator, string> = {
  ",": "comma",
  ";": "semicolon",
  "\t": "tab",
  "|": "vertical bar",
};

export type CsvRow = { row: number; cells: string[] };

/** A problem of the file itself (not of one value), such as a quote that never closes. */
export type CsvIssue = { row: number | null; message: string };

export type CsvTable = {
  fileName: string;
  encoding: Encoding;
  separator: Separator;
  header: string[];
  rows: CsvRow[];
  issues: CsvIssue[];
};

const CANDIDATES: readonly Separator[] = [",", ";", "\t", "|"];
const SAMPLE_CHARS = 64 * 1024;
const CHUNK_CHARS = 64 * 1024;

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === "");

/**
 * The separator under which the first rows agree with the header: most rows with as many fields
 * as the header (at least two), then most fields. "Lee, Ana;Math" under a "Name;Department"
 * header is two fields split by semicolons, not by its comma. A one-column file is comma.
 */
export function detectSeparator(text: string): Separator {
  const sample = text.slice(0, SAMPLE_CHARS);
  let best: { separator: Separator; agree: number; fields: number } | null = null;
  for (const separator of CANDIDATES) {
    const parsed = Papa.parse<string[]>(sample, { delimiter: separator, preview: 30 });
    const rows = parsed.data.filter((r) => !isBlank(r));
    const fields = rows[0]?.length ?? 0;
    if (fields < 2) continue;
    const agree = rows.filter((r) => r.length === fields).length;
    if (!best || agree > best.agree || (agree === best.agree && fields > best.fields)) {
      best = { separator, agree, fields };
    }
  }
  return best?.separator ?? ",";
}

/** "A", "B", ... "Z", "AA": the spreadsheet's name for column i (0-based). */
export function columnLetter(i: number): string {
  let n = i + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export type ReadOptions = {
  /** Called as the text is parsed, with the share done (0..1). */
  onProgress?: (fraction: number) => void;
};

export function readCsvText(
  text: string,
  fileName: string,
  encoding: Encoding = "utf-8",
  options: ReadOptions = {},
): CsvTable {
  const separator = detectSeparator(text);
  const records: string[][] = [];
  const issues: CsvIssue[] = [];
  let done = 0;
  Papa.parse<string[]>(text, {
    delimiter: separator,
    chunkSize: CHUNK_CHARS,
    chunk: (results: Papa.ParseResult<string[]>) => {
      const base = records.length;
      for (const row of results.data) records.push(row);
      for (const error of results.errors) {
        issues.push({
          row: error.row === undefined ? null : base + error.row + 1,
          message: papaMessage(error),
        });
      }
      done += CHUNK_CHARS;
      options.onProgress?.(Math.min(1, done / Math.max(1, text.length)));
    },
    // A string is parsed synchronously, chunk by chunk: every row is in when parse returns.
    complete: () => undefined,
  });
  options.onProgress?.(1);
  return tableOf(records, fileName, encoding, separator, issues);
}

export function readCsvBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): CsvTable {
  const { text, encoding } = decodeBytes(bytes);
  return readCsvText(text, fileName, encoding, options);
}

function papaMessage(error: Papa.ParseError): string {
  if (error.code === "MissingQuotes") {
    return "a quoted value has no closing quote, so the rest of the file was read as one value";
  }
  if (error.code === "InvalidQuotes") return "a value has a stray quote inside it";
  return error.message;
}

function tableOf(
  records: string[][],
  fileName: string,
  encoding: Encoding,
  separator: Separator,
  issues: CsvIssue[],
): CsvTable {
  const numbered = records.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) }));
  const kept = numbered.filter((r) => !isBlank(r.cells));
  const [first, ...rest] = kept;
  if (!first) {
    return {
      fileName,
      encoding,
      separator,
      header: [],
      rows: [],
      issues: [...issues, { row: null, message: "the file has no rows" }],
    };
  }
  // Trailing empty columns (a spreadsheet's stray formatting) are cut; a column with values but
  // no header keeps its letter as its name.
  const lastFilled = (cells: readonly string[]) => {
    for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== "") return i + 1;
    return 0;
  };
  let width = lastFilled(first.cells);
  for (const r of rest) width = Math.max(width, lastFilled(r.cells));
  const header = Array.from({ length: width }, (_, i) => {
    const name = first.cells[i] ?? "";
    return name === "" ? `Column ${columnLetter(i)}` : name;
  });
  const rows = rest.map((r) => ({
    row: r.row,
    cells: Array.from({ length: width }, (_, i) => r.cells[i] ?? ""),
  }));
  return { fileName, encoding, separator, header, rows, issues };
}
