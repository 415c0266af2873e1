// Whatever the input, the parser answers a value: cut files, wrong types anywhere, a very large
// file. Nothing here may throw.
import { describe, expect, it } from "vitest";
import type { Parsed } from "../../solver/format/errors.ts";
import { checkSchool, parseSchool } from "../../solver/format/parse-school.ts";
import type { School } from "../../solver/model/format.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { createRng } from "../../solver/rng.ts";
import { readInstance } from "../shared-path.ts";
import {
  DELETE,
  edit,
  errorsOf,
  expectError,
  expectOk,
  splitPath,
  type Json,
} from "./json-edit.ts";
import { scaleSchool } from "./scale-school.ts";

const text = readInstance("middle-s-1.school.json");
const original = JSON.parse(text) as Json;

function expectWellFormedAnswer(result: Parsed<School>): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.errors.length).toBeLessThanOrEqual(201);
  for (const e of result.errors) {
    expect(typeof e.path).toBe("string");
    expect(e.message.length).toBeGreaterThan(0);
  }
}

describe("a cut file", () => {
  it("is rejected at every cut point, with a position", () => {
    const rng = createRng(7);
    const end = text.lastIndexOf("}");
    const cuts = [0, 1, 2, end - 1, end, ...Array.from({ length: 100 }, () => rng.int(end))];
    for (const cut of cuts) {
      const errors = errorsOf(parseSchool(text.slice(0, cut)));
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message).toMatch(cut === 0 ? /empty/ : /line \d+, column \d+/);
    }
  });
});

/** Every path to a value in the document, e.g. 'sections[3].teachers[0]'. */
function allPaths(doc: Json, prefix = ""): string[] {
  const out: string[] = [];
  const walk = (value: Json, path: string) => {
    if (path !== "") out.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value !== null && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) walk(v, path === "" ? k : `${path}.${k}`);
    }
  };
  walk(doc, prefix);
  return out;
}

const WRONG: (Json | typeof DELETE)[] = [
  DELETE,
  null,
  0,
  -1,
  1.5,
  1e300,
  -1e300,
  2 ** 53 + 2,
  "",
  "x",
  "t-nobody",
  "Mon",
  "1",
  true,
  false,
  [],
  [1],
  ["x"],
  [null],
  {},
  { id: 3 },
  { day: "Mon", period: "1" },
];

/** Replaces (or deletes) the value at path in place; does nothing when an earlier edit removed it. */
function setInPlace(doc: Json, path: string, value: Json | typeof DELETE): void {
  const keys = splitPath(path);
  let at: Json | undefined = doc;
  for (const key of keys.slice(0, -1)) {
    if (at === null || typeof at !== "object") return;
    at = (at as Record<string | number, Json>)[key];
  }
  if (at === null || typeof at !== "object") return;
  const parent = at as Record<string | number, Json>;
  const last = keys[keys.length - 1]!;
  if (value !== DELETE) parent[last] = value;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
}

describe("random type corruption of a real school", () => {
  it("never throws, and whatever it accepts the model can resolve", () => {
    const rng = createRng(2026);
    const paths = allPaths(original);
    let accepted = 0;
    for (let trial = 0; trial < 300; trial++) {
      const doc = structuredClone(original);
      const edits = 1 + rng.int(3);
      for (let i = 0; i < edits; i++) setInPlace(doc, rng.pick(paths), rng.pick(WRONG));
      const result = checkSchool(doc);
      expectWellFormedAnswer(result);
      if (result.ok) {
        accepted++;
        expect(result.value).toBe(doc);
        const model = resolveSchool(result.value);
        for (const s of model.sections) {
          expect(s.meetings).toBeGreaterThanOrEqual(1);
          expect(s.meetings).toBeLessThanOrEqual(s.allowedDays.filter(Boolean).length);
          expect(s.allowedStarts.some(Boolean)).toBe(true);
          expect(s.pins.length).toBeLessThanOrEqual(s.meetings);
        }
      }
    }
    // Some corruptions are harmless (a name changed to "x"); most are not.
    expect(accepted).toBeLessThan(300);
  });

  it("never throws on corrupted JSON text either", () => {
    const rng = createRng(99);
    for (let trial = 0; trial < 100; trial++) {
      const chars = [...text.slice(0, 3000)];
      for (let i = 0; i < 3; i++)
        chars[rng.int(chars.length)] = rng.pick([
          "{",
          "}",
          "[",
          "]",
          '"',
          ",",
          ":",
          "\\",
          "\n",
          "x",
          "0",
        ]);
      expectWellFormedAnswer(parseSchool(chars.join("")));
    }
  });

  it("survives nesting far deeper than any call stack", () => {
    const deep = "[".repeat(200_000) + "]".repeat(199_999);
    expect(errorsOf(parseSchool(deep))[0]!.message).toContain("cut short");
    const deepOk = edit(
      JSON.parse(text) as Json,
      "x-deep",
      JSON.parse("[".repeat(5000) + "]".repeat(5000)) as Json,
    );
    expectOk(checkSchool(deepOk));
  });
});

describe("a file of about 10 MB", () => {
  const base = JSON.parse(readInstance("high-l-1.school.json")) as { [key: string]: Json };
  const big = scaleSchool(base, 60);
  const bigText = JSON.stringify(big, null, 2);

  it("parses, and its school is complete", () => {
    expect(bigText.length).toBeGreaterThan(10_000_000);
    const school = expectOk(parseSchool(bigText));
    expect(school.sections).toHaveLength((base.sections as Json[]).length * 60);
    expect(school.teachers[school.teachers.length - 1]!.id).toMatch(/~59$/);
  });

  it("still finds one wrong reference in the last copy", () => {
    const last = (big.sections as Json[]).length - 1;
    const broken = edit(big, `sections[${last}].teachers[0]`, "t-nobody");
    expectError(
      parseSchool(JSON.stringify(broken)),
      `sections[${last}].teachers[0]`,
      'teacher "t-nobody" does not exist',
    );
  });
});
