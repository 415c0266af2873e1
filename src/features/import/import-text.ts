// Sentences of the import dialog, from the plan's figures.
import { KIND_NAMES, type ImportKind } from "./fields.ts";
import type { FilePlan } from "./plan.ts";

/** 20000 as "20,000": the app speaks English. */
export const count = (n: number): string => n.toLocaleString("en-US");

const plural = (n: number, one: string, many: string = `${one}s`) =>
  `${count(n)} ${n === 1 ? one : many}`;

/** "5 new teachers, 2 updated, 1 unchanged; 1 duplicate row and 2 rows with problems". */
export function fileSummary(plan: Pick<FilePlan, "kind" | "counts">): string {
  const { one, many } = KIND_NAMES[plan.kind];
  const c = plan.counts;
  const what = [
    c.create > 0 ? `${plural(c.create, `new ${one}`, `new ${many}`)}` : null,
    c.update > 0 ? `${count(c.update)} updated` : null,
    c.unchanged > 0 ? `${count(c.unchanged)} unchanged` : null,
  ].filter((x) => x !== null);
  const rows = [
    c.duplicate > 0 ? plural(c.duplicate, "duplicate row") : null,
    c.skipped > 0 ? `${plural(c.skipped, "row")} skipped` : null,
    c.error > 0 ? `${plural(c.error, "row")} with problems` : null,
  ].filter((x) => x !== null);
  const head = what.length > 0 ? what.join(", ") : `no ${many}`;
  return rows.length > 0 ? `${head}; ${rows.join(", ")}` : head;
}

export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)!}`;
}

/** What was imported, for the status line: "Imported a.csv and b.csv into X: 5 teachers added…" */
export function doneMessage(
  files: readonly Pick<FilePlan, "fileName" | "kind" | "counts">[],
  schoolName: string,
): string {
  const added = new Map<ImportKind, number>();
  let updated = 0;
  for (const f of files) {
    added.set(f.kind, (added.get(f.kind) ?? 0) + f.counts.create);
    updated += f.counts.update;
  }
  const parts = [...added]
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => plural(n, KIND_NAMES[kind].one, KIND_NAMES[kind].many));
  const what = [
    parts.length > 0 ? `${listNames(parts)} added` : null,
    updated > 0 ? `${plural(updated, "item")} updated` : null,
  ].filter((x) => x !== null);
  const names = listNames(files.map((f) => f.fileName));
  return `Imported ${names} into ${schoolName}${what.length > 0 ? `: ${what.join(", ")}` : ""}.`;
}

/** "Problems: fix or skip 3 rows before importing." */
export function blockedMessage(errorCount: number): string {
  return errorCount === 1
    ? "1 problem must be fixed (or its row skipped) before importing."
    : `${count(errorCount)} problems must be fixed (or their rows skipped) before importing.`;
}
