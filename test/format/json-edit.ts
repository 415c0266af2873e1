// Small tools for tests that break a JSON document at a named place: the same paths the parser
// reports ('sections[2].pinned[0].day'), so a test reads as "break this, expect that path".
import { expect } from "vitest";
import type { FormatError, Parsed } from "../../solver/format/errors.ts";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const DELETE = Symbol("delete");

export function splitPath(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const part of path.split(".")) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) throw new Error(`bad path ${path}`);
    if (m[1] !== "") keys.push(m[1]!);
    for (const index of m[2]!.matchAll(/\[(\d+)\]/g)) keys.push(Number(index[1]));
  }
  return keys;
}

/** A deep copy of doc with the value at path replaced (or deleted). */
export function edit(doc: Json, path: string, value: Json | typeof DELETE): Json {
  const copy = structuredClone(doc);
  const keys = splitPath(path);
  let at: Json = copy;
  for (const key of keys.slice(0, -1)) {
    at = (at as Record<string | number, Json>)[key] as Json;
  }
  const last = keys[keys.length - 1]!;
  const parent = at as Record<string | number, Json>;
  if (value === DELETE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    parent[last] = value;
  }
  return copy;
}

export function errorsOf<T>(result: Parsed<T>): FormatError[] {
  if (result.ok) throw new Error("expected the input to be rejected, but it was accepted");
  return result.errors;
}

/**
 * Asserts that the result is a rejection with an error at exactly path whose message contains
 * every fragment (the item's label, the field, what is wrong).
 */
export function expectError<T>(
  result: Parsed<T>,
  path: string,
  ...fragments: string[]
): FormatError {
  const errors = errorsOf(result);
  const found = errors.find((e) => e.path === path);
  expect(found, `no error at ${path}; got ${JSON.stringify(errors, null, 1)}`).toBeDefined();
  for (const fragment of fragments) expect(found!.message).toContain(fragment);
  return found!;
}

/** Asserts acceptance, showing the errors when there are some. */
export function expectOk<T>(result: Parsed<T>): T {
  expect(result.ok ? [] : result.errors).toEqual([]);
  if (!result.ok) throw new Error("unreachable");
  return result.value;
}
