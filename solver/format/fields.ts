// Readers for one field of one item. Each reports its own problem, naming the item and field,
// and answers `undefined` for an invalid value, `null` for an absent one (absent and `null` both
// mean "use the default"), or the value itself.
import { describe, type ErrorList } from "./errors.ts";

/** Where an item is: its JSON path and how messages name it (`sections[12] "alg1-3"`). */
export type Where = { path: string; label: string };

/** Bound for counts (meetings, limits, ...) when the calendar gives no tighter one. */
export const MAX_COUNT = 10_000;
/** Bound for numbers of students and seats. */
export const MAX_SIZE = 100_000;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function itemWhere(listPath: string, index: number, item: unknown): Where {
  const path = `${listPath}[${index}]`;
  const id = isRecord(item) ? item.id : undefined;
  return {
    path,
    label: typeof id === "string" && id !== "" ? `${path} ${JSON.stringify(id)}` : path,
  };
}

export function fieldPath(where: Where, field: string): string {
  return where.path === "" ? field : `${where.path}.${field}`;
}

export function report(errors: ErrorList, where: Where, field: string, what: string): void {
  errors.add(fieldPath(where, field), `${where.label}: ${field} ${what}`);
}

function present(
  errors: ErrorList,
  obj: Record<string, unknown>,
  where: Where,
  field: string,
  required: boolean,
): unknown {
  const value = Object.hasOwn(obj, field) ? obj[field] : undefined;
  if (value === undefined || value === null) {
    if (required) report(errors, where, field, "is missing (it is required)");
    return undefined;
  }
  return value;
}

type Opts = { required?: boolean };

export function readString(
  errors: ErrorList,
  obj: Record<string, unknown>,
  where: Where,
  field: string,
  { required = false, nonEmpty = false }: Opts & { nonEmpty?: boolean } = {},
): string | null | undefined {
  const value = present(errors, obj, where, field, required);
  if (value === undefined) return required ? undefined : null;
  if (typeof value !== "string" || (nonEmpty && value === "")) {
    report(
      errors,
      where,
      field,
      `must be a ${nonEmpty ? "non-empty " : ""}string (got ${describe(value)})`,
    );
    return undefined;
  }
  return value;
}

export function readInt(
  errors: ErrorList,
  obj: Record<string, unknown>,
  where: Where,
  field: string,
  min: number,
  max: number,
  { required = false, maxWhy = "" }: Opts & { maxWhy?: string } = {},
): number | null | undefined {
  const value = present(errors, obj, where, field, required);
  if (value === undefined) return required ? undefined : null;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min || value > max) {
    const why = maxWhy === "" ? "" : ` (${maxWhy})`;
    report(
      errors,
      where,
      field,
      `must be a whole number from ${min} to ${max}${why}, not ${describe(value)}`,
    );
    return undefined;
  }
  return value;
}

export function readBool(
  errors: ErrorList,
  obj: Record<string, unknown>,
  where: Where,
  field: string,
): boolean | null | undefined {
  const value = present(errors, obj, where, field, false);
  if (value === undefined) return null;
  if (typeof value !== "boolean") {
    report(errors, where, field, `must be true or false (got ${describe(value)})`);
    return undefined;
  }
  return value;
}

export function readEnum<T extends string>(
  errors: ErrorList,
  obj: Record<string, unknown>,
  where: Where,
  field: string,
  allowed: readonly T[],
): T | null | undefined {
  const value = present(errors, obj, where, field, false);
  if (value === undefined) return null;
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    const list = allowed.map((a) => JSON.stringify(a)).join(", ");
    report(errors, where, field, `must be one of ${list} (got ${describe(value)})`);
    return undefined;
  }
  return value as T;
}

export function readArray(
  errors: ErrorList,
  obj: Record<string, unknown>,
  where: Where,
  field: string,
  { required = false }: Opts = {},
): unknown[] | null | undefined {
  const value = present(errors, obj, where, field, required);
  if (value === undefined) return required ? undefined : null;
  if (!Array.isArray(value)) {
    report(errors, where, field, `must be a list (got ${describe(value)})`);
    return undefined;
  }
  return value;
}

export function readObject(
  errors: ErrorList,
  obj: Record<string, unknown>,
  where: Where,
  field: string,
  { required = false }: Opts = {},
): Record<string, unknown> | null | undefined {
  const value = present(errors, obj, where, field, required);
  if (value === undefined) return required ? undefined : null;
  if (!isRecord(value)) {
    report(errors, where, field, `must be an object (got ${describe(value)})`);
    return undefined;
  }
  return value;
}

/** One string of a list, with its own path, so that a message can point at it. */
export type Entry = { value: string; path: string };

/**
 * A list of strings. Invalid elements are reported and left out of the answer; the answer is
 * undefined only when the field itself is not a list.
 */
export function readStrings(
  errors: ErrorList,
  obj: Record<string, unknown>,
  where: Where,
  field: string,
  { required = false, nonEmpty = false }: Opts & { nonEmpty?: boolean } = {},
): Entry[] | null | undefined {
  const list = readArray(errors, obj, where, field, { required });
  if (list == null) return list;
  const out: Entry[] = [];
  list.forEach((value, i) => {
    if (typeof value !== "string" || (nonEmpty && value === "")) {
      const what = `must be a ${nonEmpty ? "non-empty " : ""}string (got ${describe(value)})`;
      report(errors, where, `${field}[${i}]`, what);
    } else {
      out.push({ value, path: `${fieldPath(where, field)}[${i}]` });
    }
  });
  return out;
}

/** Reports the second and later occurrences of each id in a list of references. */
export function reportRepeats(
  errors: ErrorList,
  where: Where,
  field: string,
  entries: readonly Entry[],
  noun: string,
): void {
  const seen = new Set<string>();
  for (const { value, path } of entries) {
    if (seen.has(value)) {
      errors.add(path, `${where.label}: ${field} lists ${noun} ${JSON.stringify(value)} twice`);
    }
    seen.add(value);
  }
}
