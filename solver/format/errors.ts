// What the parsers answer: the checked value, or every problem found, each naming where it is.
// Bad input is an expected outcome, so it is a value, never an exception.

export type FormatError = { path: string; message: string };
// path: JSON-path-like location, e.g. 'sections[12].teachers[0]'.
// message: one sentence naming the item, the field and what is wrong (and ideally the fix).

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FormatError[] };

/** A broken file can hold thousands of problems; past this many the list only says how many more. */
export const MAX_ERRORS = 200;

export type ErrorList = {
  add(path: string, message: string): void;
  /** How many problems were reported, including those past the cap. */
  readonly count: number;
  /** The kept problems, with a final "... and N more" entry when some were dropped. */
  list(): FormatError[];
};

export function createErrorList(max: number = MAX_ERRORS): ErrorList {
  const kept: FormatError[] = [];
  let count = 0;
  return {
    add(path, message) {
      count++;
      if (kept.length < max) kept.push({ path, message });
    },
    get count() {
      return count;
    },
    list() {
      if (count <= kept.length) return [...kept];
      const more = count - kept.length;
      return [...kept, { path: "", message: `... and ${more} more error${more === 1 ? "" : "s"}` }];
    },
  };
}

/** A short description of a JSON value for messages: `7.5`, `"abc"`, `an array`, `null`. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
    case "number":
    case "boolean":
      return String(value);
    case "object":
      return "an object";
    default:
      return `a ${typeof value}`;
  }
}
