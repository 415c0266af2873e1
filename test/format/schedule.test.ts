// The schedule file: its shape always, and with its school that every id it names exists. The
// rules themselves are the validator's (test/validate).
import { describe, expect, it } from "vitest";
import { parseSchedule, checkSchedule } from "../../solver/format/parse-schedule.ts";
import { checkSchool } from "../../solver/format/parse-school.ts";
import type { School } from "../../solver/model/format.ts";
import { createRng } from "../../solver/rng.ts";
import { DELETE, edit, errorsOf, expectError, expectOk, type Json } from "./json-edit.ts";
import { tinySchool } from "./tiny-school.ts";

const school = expectOk(checkSchool(tinySchool())) as School;

function tinySchedule(): Json {
  return {
    format: "commons-schedule/1",
    school: "Tiny School",
    status: "partial",
    placements: [
      { section: "math-1", day: "Mon", period: "1", room: "r2" },
      { section: "lab-2", day: "Mon", period: "2", room: "r1" },
    ],
    planning: [{ team: "team-1", day: "Tue", period: "3" }],
    lunch: [
      { teacher: "t-a", day: "Mon", period: "3" },
      { group: "g-1", day: "Mon", period: "2" },
    ],
    unplaced: [{ section: "assembly", reason: "No room is free." }],
    explanation: ["Assembly needs the only lab."],
  };
}

type Case = [
  what: string,
  at: string,
  value: Json | typeof DELETE,
  path: string,
  ...fragments: string[],
];

describe("schedule shape", () => {
  it("accepts a well-formed schedule, with or without its school", () => {
    const doc = tinySchedule();
    const alone = expectOk(checkSchedule(doc));
    expect(alone).toBe(doc);
    expect(expectOk(checkSchedule(doc, school))).toBe(doc);
  });

  it.each<Case>([
    ["not an object", "placements", "x", "placements", "schedule: placements must be a list"],
    ["format missing", "format", DELETE, "format", "format is missing"],
    ["school format", "format", "commons-school/1", "format", 'must be "commons-schedule/1"'],
    ["school missing", "school", DELETE, "school", "school is missing"],
    ["status missing", "status", DELETE, "status", "status is missing"],
    [
      "unknown status",
      "status",
      "done",
      "status",
      'status must be one of "solved", "partial", "infeasible"',
    ],
    [
      "entry not an object",
      "placements[1]",
      "lab-2 Mon 2",
      "placements[1]",
      "placements[1] must be an object",
    ],
    [
      "section missing",
      "placements[0].section",
      DELETE,
      "placements[0].section",
      "placements[0]: section is missing",
    ],
    [
      "period a number",
      "placements[0].period",
      1,
      "placements[0].period",
      "placements[0]: period must be a non-empty string (got 1)",
    ],
    ["room null", "placements[0].room", null, "placements[0].room", "leave it out"],
    [
      "team missing",
      "planning[0].team",
      DELETE,
      "planning[0].team",
      "planning[0]: team is missing",
    ],
    [
      "lunch for both",
      "lunch[0].group",
      "g-1",
      "lunch[0]",
      "lunch[0]: a lunch names exactly one of teacher or group (it names both)",
    ],
    ["lunch for nobody", "lunch[1].group", DELETE, "lunch[1]", "(it names neither)"],
    [
      "reason missing",
      "unplaced[0].reason",
      DELETE,
      "unplaced[0].reason",
      "unplaced[0]: reason is missing",
    ],
    [
      "explanation not text",
      "explanation[0]",
      3,
      "explanation[0]",
      "schedule: explanation[0] must be a string",
    ],
    ["explanation missing", "explanation", DELETE, "explanation", "explanation is missing"],
    ["lunch list missing", "lunch", DELETE, "lunch", "lunch is missing"],
  ])("rejects %s", (_what, at, value, path, ...fragments) => {
    expectError(checkSchedule(edit(tinySchedule(), at, value)), path, ...fragments);
  });

  it("reports invalid JSON with its position", () => {
    expect(
      errorsOf(parseSchedule('{"format": "commons-schedule/1",\n "school": }'))[0]!.message,
    ).toContain("line 2, column 12");
  });

  it("never throws on cut text", () => {
    const text = JSON.stringify(tinySchedule(), null, 2);
    const rng = createRng(3);
    for (let i = 0; i < 60; i++)
      expect(parseSchedule(text.slice(0, rng.int(text.length - 1)), school).ok).toBe(false);
  });
});

describe("schedule references, given the school", () => {
  it.each<Case>([
    [
      "another school",
      "school",
      "Other School",
      "school",
      'schedule: school is "Other School" but the school file is "Tiny School"',
    ],
    [
      "unknown section",
      "placements[1].section",
      "bio-9",
      "placements[1].section",
      'placements[1]: section "bio-9" does not exist',
    ],
    [
      "unknown day",
      "placements[0].day",
      "Sat",
      "placements[0].day",
      'placements[0]: day "Sat" does not exist',
    ],
    [
      "unknown period",
      "planning[0].period",
      "7",
      "planning[0].period",
      'planning[0]: period "7" does not exist',
    ],
    [
      "unknown room",
      "placements[0].room",
      "r9",
      "placements[0].room",
      'placements[0]: room "r9" does not exist',
    ],
    [
      "unknown team",
      "planning[0].team",
      "team-9",
      "planning[0].team",
      'planning[0]: team "team-9" does not exist',
    ],
    [
      "unknown teacher",
      "lunch[0].teacher",
      "t-z",
      "lunch[0].teacher",
      'lunch[0]: teacher "t-z" does not exist',
    ],
    [
      "unknown group",
      "lunch[1].group",
      "g-9",
      "lunch[1].group",
      'lunch[1]: group "g-9" does not exist',
    ],
    [
      "unknown unplaced section",
      "unplaced[0].section",
      "x",
      "unplaced[0].section",
      'unplaced[0]: section "x" does not exist',
    ],
  ])("rejects %s", (_what, at, value, path, ...fragments) => {
    const doc = edit(tinySchedule(), at, value);
    expect(checkSchedule(doc).ok).toBe(true);
    expectError(checkSchedule(doc, school), path, ...fragments);
  });

  it("says when the school has no rooms at all", () => {
    const roomless = { ...school, rooms: [] } as School;
    expectError(
      checkSchedule(tinySchedule(), roomless),
      "placements[0].room",
      "(the school lists no rooms)",
    );
  });

  it("does not judge the rules: a teacher in two places is the validator's business", () => {
    const doc = edit(tinySchedule(), "placements[1].period", "1");
    expectOk(checkSchedule(edit(doc, "status", "solved"), school));
  });
});
