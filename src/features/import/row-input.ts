// One row of a file as the builders see it: its values by field, and the place to report what is
// wrong with them. Helpers here read the common kinds of values and report in one voice.
import type { CellResult } from "./cells.ts";
import { splitList } from "./cells.ts";
import type { ImportKind } from "./fields.ts";
import { KIND_NAMES } from "./fields.ts";
import { personKey, plainKey, type NameIndex } from "./names.ts";
import type { Item, Workbench } from "./workbench.ts";

export type RowInput = {
  file: string;
  row: number;
  /** The trimmed value of the field's column, "" when empty or not mapped. */
  value: (field: string) => string;
  mapped: (field: string) => boolean;
  /** Reports a problem with the field's column (or the whole row for null). */
  fail: (field: string | null, message: string, fix: string) => void;
  /**
   * Claims the item for this row; false (and a problem reported on `field`) when an earlier row
   * of the import already describes it.
   */
  claim: (kind: ImportKind, id: string, field: string | null) => boolean;
};

/** What a row becomes: the item before (null when new) and after the row is applied. */
export type Draft = { before: Item | null; next: Item };

const COUNT_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
export const countWord = (n: number): string => COUNT_WORDS[n] ?? String(n);

/** Sets `key` of `next` from a cell when the cell has a value; reports a bad value. */
export function take<T>(
  input: RowInput,
  next: Item,
  field: string,
  read: (text: string) => CellResult<T>,
  key: string = field,
): void {
  const text = input.value(field);
  if (text === "") return;
  const read_ = read(text);
  if (read_.ok) next[key] = read_.value;
  else input.fail(field, read_.message, read_.fix);
}

const listOf = (text: string): CellResult<string[]> => ({ ok: true, value: splitList(text) });
const textOf = (text: string): CellResult<string> => ({ ok: true, value: text });
export { listOf, textOf };

function ambiguous(bench: Workbench, kind: ImportKind, text: string, ids: readonly string[]) {
  const names = ids.map((id) => bench.label(kind, id));
  return {
    message: `'${text}' matches ${countWord(ids.length)} ${KIND_NAMES[kind].many}: ${names.join(", ")}`,
    fix: `Write the full name or the ID (${ids.join(", ")}).`,
  };
}

function unknown(kind: ImportKind, text: string) {
  const { one, many } = KIND_NAMES[kind];
  return {
    message: `no ${one} is called '${text}'`,
    fix: `Check the spelling, or add the ${one} (import a ${many} file with this one, or add it in Setup).`,
  };
}

/** One reference: the id of the item the cell names, or null (reported). */
export function readRef(
  input: RowInput,
  bench: Workbench,
  field: string,
  kind: Exclude<ImportKind, "sections">,
): string | null {
  const text = input.value(field);
  const found = bench.indexes[kind].find(text);
  if (found.kind === "one") return found.id;
  const why = found.kind === "many" ? ambiguous(bench, kind, text, found.ids) : unknown(kind, text);
  input.fail(field, why.message, why.fix);
  return null;
}

/**
 * A list of references. The whole cell is tried as one name first ("Lee, Ana" is one teacher);
 * otherwise it is split on semicolons, or on commas when it has none. Null when any is wrong.
 */
export function readRefs(
  input: RowInput,
  bench: Workbench,
  field: string,
  kind: Exclude<ImportKind, "sections">,
): string[] | null {
  const text = input.value(field);
  const index: NameIndex = bench.indexes[kind];
  const whole = index.find(text);
  if (whole.kind === "one") return [whole.id];
  if (whole.kind === "many") {
    const why = ambiguous(bench, kind, text, whole.ids);
    input.fail(field, why.message, why.fix);
    return null;
  }
  const parts = splitList(text);
  const out: string[] = [];
  const failures: { message: string; fix: string }[] = [];
  for (const part of parts) {
    const found = index.find(part);
    if (found.kind === "one") {
      if (!out.includes(found.id)) out.push(found.id);
    } else {
      failures.push(
        found.kind === "many" ? ambiguous(bench, kind, part, found.ids) : unknown(kind, part),
      );
    }
  }
  // "Lee, Zed" is one unknown name, not two.
  if (failures.length > 0 && !text.includes(";") && parts.length === 2 && out.length === 0) {
    const why = unknown(kind, text);
    input.fail(field, why.message, why.fix);
    return null;
  }
  for (const why of failures) input.fail(field, why.message, why.fix);
  return failures.length > 0 ? null : out;
}

/**
 * The item a row describes, found by the ID column or else by name (`findByName`), or null for a
 * new one. An ambiguous name is reported and answers undefined: the row cannot be applied.
 */
export function findTarget(
  input: RowInput,
  bench: Workbench,
  kind: Exclude<ImportKind, "sections">,
  name: string,
  nameField: string,
): Item | null | undefined {
  const id = input.value("id");
  if (id !== "") return bench.get(kind, id) ?? null;
  const found = bench.indexes[kind].findName(name);
  if (found.kind === "none") return null;
  if (found.kind === "one") return bench.get(kind, found.id) ?? null;
  input.fail(
    nameField,
    `'${name}' matches ${countWord(found.ids.length)} ${KIND_NAMES[kind].many}: ${found.ids.map((x) => bench.label(kind, x)).join(", ")}`,
    `Add an ID column to say which one (${found.ids.join(", ")}).`,
  );
  return undefined;
}

/**
 * Sets the name from the row, unless it is the name the item has, written another way ("Lee, Ana"
 * for Ana Lee, other case or spacing): a match by name never rewrites how the school spells it.
 */
export function rename(next: Item, before: Item | null, name: string, person = false): void {
  if (name === "") return;
  const key = person ? personKey : plainKey;
  const old = typeof before?.name === "string" ? before.name : null;
  if (old === null || key(old) !== key(name)) next.name = name;
}
