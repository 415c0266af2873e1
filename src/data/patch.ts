// Reversible patches between two JSON documents. A history step stores the patch of one edit, not
// two copies of a schedule, so hundreds of undo steps on a large school stay small.
import { isPlainObject, jsonEqual, type Json } from "./json.ts";

export type PatchPath = (string | number)[];

export type PatchOp =
  /** The value at `path` was `before` and becomes `after`; a missing side means "no such key". */
  | { op: "set"; path: PatchPath; before?: Json; after?: Json }
  /** At array `path`, `removed` (starting at `index`) is replaced by `inserted`. */
  | { op: "splice"; path: PatchPath; index: number; removed: Json[]; inserted: Json[] };

export type Patch = PatchOp[];

export function diff(before: Json, after: Json): Patch {
  const ops: Patch = [];
  walk(before, after, [], ops);
  return ops;
}

function walk(a: Json | undefined, b: Json | undefined, path: PatchPath, ops: Patch): void {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length === b.length) {
      a.forEach((item, i) => walk(item, b[i], [...path, i], ops));
      return;
    }
    // Lengths differ: keep the common head and tail, replace the middle in one splice.
    let start = 0;
    while (start < a.length && start < b.length && jsonEqual(a[start], b[start])) start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && jsonEqual(a[endA - 1], b[endB - 1])) {
      endA--;
      endB--;
    }
    ops.push({
      op: "splice",
      path,
      index: start,
      removed: a.slice(start, endA),
      inserted: b.slice(start, endB),
    });
    return;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const av = Object.hasOwn(a, key) ? a[key] : undefined;
      const bv = Object.hasOwn(b, key) ? b[key] : undefined;
      if (av !== undefined && bv !== undefined) walk(av, bv, [...path, key], ops);
      else if (av !== bv) ops.push(setOp([...path, key], av, bv));
    }
    return;
  }
  if (!jsonEqual(a, b)) ops.push(setOp(path, a, b));
}

function setOp(path: PatchPath, before: Json | undefined, after: Json | undefined): PatchOp {
  const op: PatchOp = { op: "set", path };
  if (before !== undefined) op.before = before;
  if (after !== undefined) op.after = after;
  return op;
}

export type Applied = { ok: true; value: Json } | { ok: false; path: PatchPath };

/**
 * Applies a patch forwards ("redo") or backwards ("undo") to a copy of `doc`. Every op first
 * checks that the document holds what the patch expects there; if not, the step no longer fits
 * (the answer names where) and `doc` is left as it was.
 */
export function applyPatch(doc: Json, patch: Patch, direction: "forward" | "backward"): Applied {
  let root: Json = structuredClone(doc);
  const ops = direction === "forward" ? patch : [...patch].reverse();
  for (const op of ops) {
    const forward = direction === "forward";
    if (op.path.length === 0 && op.op === "set") {
      if (!jsonEqual(root, forward ? op.before : op.after)) return { ok: false, path: [] };
      const next = forward ? op.after : op.before;
      if (next === undefined) return { ok: false, path: [] };
      root = structuredClone(next);
      continue;
    }
    const done = op.op === "set" ? applySet(root, op, forward) : applySplice(root, op, forward);
    if (!done) return { ok: false, path: op.path };
  }
  return { ok: true, value: root };
}

function resolve(root: Json, path: PatchPath): Json | undefined {
  let node: Json | undefined = root;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === "number") node = node[key];
    else if (isPlainObject(node) && typeof key === "string")
      node = Object.hasOwn(node, key) ? node[key] : undefined;
    else return undefined;
  }
  return node;
}

function applySet(root: Json, op: Extract<PatchOp, { op: "set" }>, forward: boolean): boolean {
  const parent = resolve(root, op.path.slice(0, -1));
  const key = op.path[op.path.length - 1];
  const [expected, next] = forward ? [op.before, op.after] : [op.after, op.before];
  if (Array.isArray(parent) && typeof key === "number") {
    if (key >= parent.length || !jsonEqual(parent[key], expected) || next === undefined)
      return false;
    parent[key] = structuredClone(next);
    return true;
  }
  if (isPlainObject(parent) && typeof key === "string") {
    const current = Object.hasOwn(parent, key) ? parent[key] : undefined;
    if (!jsonEqual(current, expected)) return false;
    if (next === undefined) delete parent[key];
    // defineProperty, because a plain assignment to "__proto__" would change the prototype.
    else
      Object.defineProperty(parent, key, {
        value: structuredClone(next),
        writable: true,
        enumerable: true,
        configurable: true,
      });
    return true;
  }
  return false;
}

function applySplice(
  root: Json,
  op: Extract<PatchOp, { op: "splice" }>,
  forward: boolean,
): boolean {
  const target = resolve(root, op.path);
  if (!Array.isArray(target)) return false;
  const [expected, next] = forward ? [op.removed, op.inserted] : [op.inserted, op.removed];
  if (!jsonEqual(target.slice(op.index, op.index + expected.length), expected)) return false;
  if (op.index + expected.length > target.length) return false;
  target.splice(op.index, expected.length, ...structuredClone(next));
  return true;
}
