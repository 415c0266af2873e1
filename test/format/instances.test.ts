// The shared instances are the contract's examples: every one must parse, and writing one back
// must give the same document.
import { describe, expect, it } from "vitest";
import { parseSchedule } from "../../solver/format/parse-schedule.ts";
import { parseSchool } from "../../solver/format/parse-school.ts";
import { serializeSchedule, serializeSchool } from "../../solver/format/serialize.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { instanceFiles, MUTATIONS_DIR, readInstance } from "../shared-path.ts";
import { expectOk, type Json } from "./json-edit.ts";
import { tinySchool } from "./tiny-school.ts";

const schoolFiles = instanceFiles(".school.json");
const plantedFiles = instanceFiles(".planted.json");
const schoolOf = (file: string) =>
  file.replace(/\.(planted|mutation-\d+\.schedule)\.json$/, ".school.json");

describe("shared school files", () => {
  it("include the infeasible ones", () => {
    expect(schoolFiles.filter((f) => f.includes("infeasible"))).toHaveLength(3);
    expect(schoolFiles.length).toBeGreaterThanOrEqual(12);
  });

  it.each(schoolFiles)("%s parses, resolves and round-trips", (file) => {
    const text = readInstance(file);
    const school = expectOk(parseSchool(text));
    expect(JSON.parse(serializeSchool(school))).toEqual(JSON.parse(text));
    expect(resolveSchool(school).sections).toHaveLength(school.sections.length);
  });
});

describe("shared schedule files", () => {
  it.each(plantedFiles)("%s parses against its school and round-trips", (file) => {
    const school = expectOk(parseSchool(readInstance(schoolOf(file))));
    const text = readInstance(file);
    const schedule = expectOk(parseSchedule(text, school));
    expect(schedule.status).toBe("solved");
    const written = serializeSchedule(schedule);
    expect(written.endsWith("}\n")).toBe(true);
    expect(JSON.parse(written)).toEqual(JSON.parse(text));
  });

  it.each(instanceFiles(".schedule.json", MUTATIONS_DIR))("mutation %s is well-formed", (file) => {
    const school = expectOk(parseSchool(readInstance(schoolOf(file))));
    expectOk(parseSchedule(readInstance(file, MUTATIONS_DIR), school));
  });
});

/** Adds a field this version does not know to every object in the document. */
function withUnknownFields(doc: Json, depth = 0): Json {
  if (Array.isArray(doc)) return doc.map((item) => withUnknownFields(item, depth + 1));
  if (doc === null || typeof doc !== "object") return doc;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(doc)) out[key] = withUnknownFields(value, depth + 1);
  out[`x-app-note-${depth}`] = { keep: [1, "two", null, { deep: true }] };
  return out;
}

function countObjects(doc: Json): number {
  if (Array.isArray(doc)) return doc.reduce((n: number, item) => n + countObjects(item), 0);
  if (doc === null || typeof doc !== "object") return 0;
  return Object.values(doc).reduce((n: number, value) => n + countObjects(value), 1);
}

describe("round trip", () => {
  it("keeps unknown fields at every level of a school", () => {
    const doc = withUnknownFields(tinySchool());
    const text = JSON.stringify(doc);
    // Every object got one, including slots, pins and the planning requirement.
    expect(text.match(/x-app-note-/g)!.length).toBe(countObjects(tinySchool()));
    expect(text).toContain('"room":"r1","x-app-note-4"');
    const school = expectOk(parseSchool(text));
    expect(JSON.parse(serializeSchool(school))).toEqual(doc);
    // Key order too: the written file is the given one, indented.
    expect(serializeSchool(school)).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });

  it("keeps unknown fields at every level of a schedule", () => {
    const schoolText = readInstance("middle-s-1.school.json");
    const school = expectOk(parseSchool(schoolText));
    const doc = withUnknownFields(JSON.parse(readInstance("middle-s-1.planted.json")) as Json);
    const schedule = expectOk(parseSchedule(JSON.stringify(doc), school));
    expect(JSON.parse(serializeSchedule(schedule))).toEqual(doc);
  });

  it("keeps the reserved version 1.1 fields", () => {
    const doc = tinySchool() as { [key: string]: Json };
    doc.students = [{ id: "s-1", groups: ["g-1"], requests: ["Math"] }];
    const teams = doc.teams as { [key: string]: Json }[];
    teams[0]!.observation = { perCycle: 1 };
    teams[0]!.coaching = { perCycle: 1 };
    const school = expectOk(parseSchool(JSON.stringify(doc)));
    expect(JSON.parse(serializeSchool(school))).toEqual(doc);
  });

  it("reads a file that starts with a byte order mark", () => {
    const text = `\uFEFF${JSON.stringify(tinySchool())}`;
    expectOk(parseSchool(text));
  });
});
