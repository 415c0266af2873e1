// One broken thing at a time, at the top of the file, in the calendar and in the people lists:
// each must be reported at its path with a message naming the item and the field.
import { describe, expect, it } from "vitest";
import { checkSchool, parseSchool } from "../../solver/format/parse-school.ts";
import { DELETE, edit, errorsOf, expectError, expectOk, type Json } from "./json-edit.ts";
import { tinySchool } from "./tiny-school.ts";

type Case = [
  what: string,
  at: string,
  value: Json | typeof DELETE,
  path: string,
  ...fragments: string[],
];

const check = (doc: Json) => checkSchool(doc);

function runCases(cases: Case[]) {
  it.each(cases)("%s", (_what, at, value, path, ...fragments) => {
    expectError(check(edit(tinySchool(), at, value)), path, ...fragments);
  });
}

describe("the tiny school", () => {
  it("is valid, and the answer is the very object given", () => {
    const doc = tinySchool();
    const result = check(doc);
    expect(result.ok && result.value).toBe(doc);
  });

  it("takes null optional fields as their defaults", () => {
    let doc = tinySchool();
    for (const at of [
      "teams",
      "lunch",
      "calendar.term",
      "sections[1].pinned",
      "sections[1].allowedDays",
    ]) {
      doc = edit(doc, at, null);
    }
    for (const at of [
      "teachers[1].maxTeachingPerDay",
      "groups[1].parent",
      "sections[0].meetings",
      "sections[0].length",
    ]) {
      doc = edit(doc, at, null);
    }
    expectOk(check(doc));
  });
});

describe("the top of the file", () => {
  it("must be an object", () => {
    for (const value of [[], "school", 3, null, true]) {
      expect(errorsOf(check(value))[0]!.message).toContain("must hold a JSON object");
    }
  });
  runCases([
    ["format missing", "format", DELETE, "format", "school: format is missing"],
    [
      "another version",
      "format",
      "commons-school/2",
      "format",
      '"commons-school/1"',
      '"commons-school/2"',
    ],
    ["name missing", "name", DELETE, "name", "name is missing"],
    ["name empty", "name", "", "name", "name must be a non-empty string"],
    ["calendar missing", "calendar", DELETE, "calendar", "calendar is missing"],
    ["teachers missing", "teachers", DELETE, "teachers", "teachers is missing"],
    [
      "sections not a list",
      "sections",
      { a: 1 },
      "sections",
      "sections must be a list",
      "an object",
    ],
    ["rooms a string", "rooms", "r1", "rooms", "rooms must be a list"],
    ["a section not an object", "sections[0]", 7, "sections[0]", "sections[0] must be an object"],
  ]);

  it("reports every problem, not just the first", () => {
    let doc = edit(tinySchool(), "name", 5);
    doc = edit(doc, "teachers[1].name", DELETE);
    doc = edit(doc, "sections[0].teachers[0]", "t-99");
    doc = edit(doc, "lunch.periods[0]", "9");
    const paths = errorsOf(check(doc)).map((e) => e.path);
    expect(paths).toEqual([
      "name",
      "teachers[1].name",
      "sections[0].teachers[0]",
      "lunch.periods[0]",
    ]);
  });

  it("caps a long list of problems with a count of the rest", () => {
    const doc = edit(
      tinySchool(),
      "teachers",
      Array.from({ length: 500 }, (_, i) => ({ id: `x${i}` })),
    );
    const errors = errorsOf(check(doc));
    expect(errors).toHaveLength(201);
    // 500 teachers without a name, and the sections' and teams' teachers t-a, t-b, t-c are gone.
    expect(errors[200]!.message).toMatch(/^\.\.\. and \d+ more errors$/);
  });
});

describe("the calendar", () => {
  runCases([
    ["days missing", "calendar.days", DELETE, "calendar.days", "calendar: days is missing"],
    ["no days", "calendar.days", [], "calendar.days", "at least one day"],
    ["no periods", "calendar.periods", [], "calendar.periods", "at least one period"],
    [
      "duplicate day",
      "calendar.days[1].id",
      "Mon",
      "calendar.days[1].id",
      'calendar.days[1] "Mon"',
      "already used by calendar.days[0]",
    ],
    [
      "empty period id",
      "calendar.periods[0].id",
      "",
      "calendar.periods[0].id",
      "calendar.periods[0]: id must be a non-empty string",
    ],
    [
      "bad time",
      "calendar.periods[1].start",
      "9:00",
      "calendar.periods[1].start",
      'calendar.periods[1] "2": start',
      "HH:MM",
      '"9:00"',
    ],
    ["25 o'clock", "calendar.periods[1].end", "25:00", "calendar.periods[1].end", "HH:MM"],
    [
      "end before start",
      "calendar.periods[1].end",
      "08:59",
      "calendar.periods[1].end",
      'calendar.periods[1] "2": end must be later than start',
    ],
    [
      "overlapping periods",
      "calendar.periods[2].start",
      "09:30",
      "calendar.periods[2].start",
      'calendar.periods[2] "3": start',
      'calendar.periods[1] "2"',
    ],
    [
      "bad term date",
      "calendar.term.start",
      "2026-02-30",
      "calendar.term.start",
      "calendar.term: start",
      "YYYY-MM-DD",
    ],
    [
      "term ends before it starts",
      "calendar.term.end",
      "2026-01-01",
      "calendar.term.end",
      "calendar.term: end",
      "before start",
    ],
    [
      "bad skip date",
      "calendar.term.skip[0]",
      "Thanksgiving",
      "calendar.term.skip[0]",
      "skip date",
      '"Thanksgiving"',
    ],
    [
      "unknown rotation",
      "calendar.term.rotation",
      "monthly",
      "calendar.term.rotation",
      "rotation must be one of",
      '"monthly"',
    ],
    [
      "weekday rotation on a non-weekday",
      "calendar.days[2].id",
      "C",
      "calendar.days[2].id",
      'calendar.days[2] "C"',
      "rotation",
      "weekdays",
    ],
  ]);

  it("accepts any day ids with the cycle rotation", () => {
    let doc = edit(tinySchool(), "calendar.term.rotation", "cycle");
    doc = edit(doc, "calendar.days", [{ id: "A" }, { id: "B" }]);
    doc = edit(doc, "sections[1].allowedDays", ["A", "B"]);
    doc = edit(doc, "sections[1].pinned[0].day", "A");
    doc = edit(doc, "teachers[0].unavailable[0].day", "B");
    doc = edit(doc, "sections[0].meetings", 2);
    expectOk(check(doc));
  });
});

describe("JSON text", () => {
  it("reports a JSON syntax error with its line and column", () => {
    const text = '{\n  "format": "commons-school/1",\n  "name": "x",,\n}';
    expect(errorsOf(parseSchool(text))[0]!.message).toContain("line 3, column 15");
  });
});
