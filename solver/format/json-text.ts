// JSON text to a value, with a syntax error's line and column. JSON.parse does the work; only
// when it fails do we scan the text ourselves, because engines word (and place) their errors
// differently and some give no position at all.
import type { Parsed } from "./errors.ts";

export function parseJsonText(text: string): Parsed<unknown> {
  // A byte order mark is an artefact of the editor that saved the file, not part of the JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") {
    return {
      ok: false,
      errors: [{ path: "", message: "the file is empty (expected a JSON object)" }],
    };
  }
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    const { offset, message } = findSyntaxError(body);
    const { line, column } = lineAndColumn(body, offset);
    return {
      ok: false,
      errors: [{ path: "", message: `invalid JSON at line ${line}, column ${column}: ${message}` }],
    };
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

type Found = { offset: number; message: string };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

/**
 * The first syntax error in text that JSON.parse rejected. Iterative (an explicit stack of open
 * brackets), so that no nesting depth can overflow the call stack.
 */
export function findSyntaxError(text: string): Found {
  const open: string[] = [];
  let i = 0;
  const end = (expected: string): Found => ({
    offset: text.length,
    message: `the file ends too early (expected ${expected}); it looks cut short`,
  });
  const unexpected = (expected: string): Found => ({
    offset: i,
    message: `expected ${expected} but found ${JSON.stringify(text.slice(i, i + 12))}`,
  });
  const skipSpace = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const scanString = (): Found | null => {
    const start = i;
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c < 0x20)
        return { offset: i, message: "a control character (such as a line break) inside a string" };
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === undefined) break;
        if (e === "u") {
          if (!HEX4.test(text.slice(i + 2, i + 6)))
            return { offset: i, message: "a bad \\u escape in a string" };
          i += 6;
        } else if ('"\\/bfnrt'.includes(e)) {
          i += 2;
        } else {
          return { offset: i, message: `a bad escape "\\${e}" in a string` };
        }
        continue;
      }
      i++;
    }
    return {
      offset: text.length,
      message: `the file ends inside the string that starts at offset ${start}; it looks cut short`,
    };
  };
  // Scans one value that is not an array or object; returns an error or null.
  const scanScalar = (): Found | null => {
    const c = text[i]!;
    if (c === '"') return scanString();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m) {
      i += m[0].length;
      return null;
    }
    return unexpected("a value (an object, array, string, number, true, false or null)");
  };

  // state: "value" (a value is due), "after" (a value just ended), "key" (a property name is due)
  let state: "value" | "value-or-close" | "after" | "key" | "key-or-close" | "colon" = "value";
  for (;;) {
    skipSpace();
    const c = text[i];
    if (state === "value" || state === "value-or-close") {
      if (c === undefined) return end("a value");
      if (state === "value-or-close" && c === "]") {
        open.pop();
        i++;
        state = "after";
      } else if (c === "{") {
        open.push("}");
        i++;
        state = "key-or-close";
      } else if (c === "[") {
        open.push("]");
        i++;
        state = "value-or-close";
      } else {
        const err = scanScalar();
        if (err) return err;
        state = "after";
      }
    } else if (state === "key" || state === "key-or-close") {
      if (c === undefined) return end("a property name in double quotes");
      if (state === "key-or-close" && c === "}") {
        open.pop();
        i++;
        state = "after";
      } else if (c === '"') {
        const err = scanString();
        if (err) return err;
        state = "colon";
      } else {
        return unexpected("a property name in double quotes");
      }
    } else if (state === "colon") {
      if (c === undefined) return end("':'");
      if (c !== ":") return unexpected("':' after a property name");
      i++;
      state = "value";
    } else {
      const close = open[open.length - 1];
      if (close === undefined) {
        if (c === undefined) break;
        return unexpected("the end of the file after the top-level value");
      }
      if (c === undefined) return end(`',' or '${close}'`);
      if (c === ",") {
        i++;
        state = close === "}" ? "key" : "value";
      } else if (c === close) {
        open.pop();
        i++;
        state = "after";
      } else {
        return unexpected(`',' or '${close}'`);
      }
    }
  }
  // JSON.parse failed but the scan found nothing: say so rather than invent a place.
  return { offset: 0, message: "the text is not valid JSON" };
}
