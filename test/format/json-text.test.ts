import { describe, expect, it } from "vitest";
import { createErrorList } from "../../solver/format/errors.ts";
import { findSyntaxError, lineAndColumn, parseJsonText } from "../../solver/format/json-text.ts";

describe("JSON syntax errors", () => {
  it.each([
    ['{"a": 1,}', 1, 9, "property name"],
    ['{"a" 1}', 1, 6, "':'"],
    ["[1 2]", 1, 4, "',' or ']'"],
    ['{\n  "a": tru\n}', 2, 8, "a value"],
    ['{"a": "x\ny"}', 1, 9, "control character"],
    ['{"a": "\\q"}', 1, 8, 'bad escape "\\q"'],
    ['{"a": "\\u12"}', 1, 8, "\\u escape"],
    ["{} {}", 1, 4, "end of the file"],
    ["{'a': 1}", 1, 2, "property name"],
    ["[01]", 1, 3, "',' or ']'"],
    ['{"a": [1, 2', 1, 12, "cut short"],
    ['{"a": "abc', 1, 11, "ends inside the string"],
  ])("%j is placed at line %i, column %i", (text, line, column, fragment) => {
    const result = parseJsonText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.message).toContain(`line ${line}, column ${column}`);
    expect(result.errors[0]!.message).toContain(fragment);
  });

  it("agrees with JSON.parse on what is valid", () => {
    for (const text of ['{"a": [1, -2.5e3, true, null, "\\u00e9\\n"]}', "  7  ", '"x"', "[]"]) {
      expect(parseJsonText(text)).toEqual({ ok: true, value: JSON.parse(text) });
    }
  });

  it("calls an empty file empty", () => {
    expect(parseJsonText(" \n ")).toEqual({
      ok: false,
      errors: [{ path: "", message: "the file is empty (expected a JSON object)" }],
    });
  });

  it("counts lines and columns from 1", () => {
    expect(lineAndColumn("ab\ncd\nef", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd\nef", 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn("ab\ncd\nef", 6)).toEqual({ line: 3, column: 1 });
  });

  it("scans deep nesting without recursion", () => {
    expect(findSyntaxError("[".repeat(100_000) + "x").message).toContain("a value");
  });
});

describe("the error list", () => {
  it("keeps the first errors and counts the rest", () => {
    const errors = createErrorList(3);
    for (let i = 0; i < 10; i++) errors.add(`p${i}`, `m${i}`);
    expect(errors.count).toBe(10);
    expect(errors.list().map((e) => e.message)).toEqual([
      "m0",
      "m1",
      "m2",
      "... and 7 more errors",
    ]);
  });

  it("adds nothing when under the cap", () => {
    const errors = createErrorList(3);
    errors.add("a", "one");
    expect(errors.list()).toEqual([{ path: "a", message: "one" }]);
  });
});
