// One broken thing at a time in sections, including the ways a section can contradict itself.
import { describe, it } from "vitest";
import { checkSchool } from "../../solver/format/parse-school.ts";
import { DELETE, edit, expectError, expectOk } from "./json-edit.ts";
import { apply, runCases } from "./school-cases.ts";

describe("sections", () => {
  runCases([
    [
      "unknown teacher",
      [["sections[0].teachers[0]", "t-99"]],
      "sections[0].teachers[0]",
      'sections[0] "math-1": teacher "t-99" does not exist',
    ],
    [
      "no teacher",
      [["sections[0].teachers", []]],
      "sections[0].teachers",
      'sections[0] "math-1": teachers must name at least one teacher',
    ],
    [
      "teachers missing",
      [["sections[0].teachers", DELETE]],
      "sections[0].teachers",
      "teachers is missing",
    ],
    [
      "a teacher twice",
      [["sections[1].teachers[1]", "t-b"]],
      "sections[1].teachers[1]",
      'sections[1] "lab-2": teachers lists teacher "t-b" twice',
    ],
    [
      "unknown group",
      [["sections[0].groups[0]", "g-9"]],
      "sections[0].groups[0]",
      'sections[0] "math-1": group "g-9" does not exist',
    ],
    [
      "course missing",
      [["sections[0].course", DELETE]],
      "sections[0].course",
      'sections[0] "math-1": course is missing',
    ],
    [
      "empty id",
      [["sections[0].id", ""]],
      "sections[0].id",
      "sections[0]: id must be a non-empty string",
    ],
    [
      "duplicate id",
      [["sections[2].id", "math-1"]],
      "sections[2].id",
      'sections[2] "math-1": id "math-1" is already used by sections[0]',
    ],
    [
      "more meetings than days",
      [["sections[0].meetings", 4]],
      "sections[0].meetings",
      'sections[0] "math-1": meetings is 4',
      "only 3 days",
    ],
    [
      "more meetings than allowed days",
      [["sections[1].meetings", 3]],
      "sections[1].meetings",
      'sections[1] "lab-2": meetings is 3',
      "allowedDays name only 2 days",
    ],
    [
      "no meetings",
      [["sections[0].meetings", 0]],
      "sections[0].meetings",
      "meetings must be a whole number from 1",
    ],
    [
      "fractional meetings",
      [["sections[0].meetings", 2.5]],
      "sections[0].meetings",
      "meetings must be a whole number",
      "2.5",
    ],
    [
      "huge meetings",
      [["sections[0].meetings", 1e308]],
      "sections[0].meetings",
      "meetings must be a whole number from 1 to 10000",
    ],
    [
      "longer than the day",
      [["sections[0].length", 5]],
      "sections[0].length",
      'sections[0] "math-1": length must be a whole number from 1 to 4',
      "longer than the day",
    ],
    [
      "no room for the length",
      [
        ["sections[1].allowedPeriods", ["1", "3"]],
        ["sections[1].pinned", DELETE],
      ],
      "sections[1].allowedPeriods",
      'sections[1] "lab-2": allowedPeriods has no 2 consecutive periods',
    ],
    [
      "no allowed day",
      [["sections[0].allowedDays", []]],
      "sections[0].allowedDays",
      "allowedDays allows no day",
    ],
    [
      "unknown allowed day",
      [["sections[1].allowedDays[1]", "Sat"]],
      "sections[1].allowedDays[1]",
      'sections[1] "lab-2": day "Sat" does not exist',
    ],
    [
      "unknown allowed period",
      [["sections[1].allowedPeriods[2]", "7"]],
      "sections[1].allowedPeriods[2]",
      'period "7" does not exist',
    ],
    [
      "samePeriod as text",
      [["sections[0].samePeriod", "yes"]],
      "sections[0].samePeriod",
      "samePeriod must be true or false",
    ],
    [
      "negative size",
      [["sections[2].size", -1]],
      "sections[2].size",
      'sections[2] "assembly": size must be a whole number from 0',
    ],
    [
      "unknown fixed room",
      [["sections[2].room", "r9"]],
      "sections[2].room",
      'sections[2] "assembly": room "r9" does not exist',
    ],
    [
      "fixed room too small",
      [["sections[2].size", 31]],
      "sections[2].room",
      'sections[2] "assembly": room "r1" seats 30',
      "31 students",
    ],
    [
      "fixed room without the feature",
      [
        ["sections[0].room", "r2"],
        ["sections[0].roomFeatures", ["lab"]],
        ["sections[0].groups", []],
      ],
      "sections[0].room",
      'room "r2" lacks the feature "lab"',
    ],
    [
      "defaulted size with a sizeless leaf",
      [["groups[2].size", DELETE]],
      "sections[1].size",
      'sections[1] "lab-2": size is not given',
      'group "g-2" has no size',
    ],
    [
      "sizeless leaf below a listed group",
      [
        ["groups[2].size", DELETE],
        ["sections[2].size", DELETE],
      ],
      "sections[2].size",
      'group "g-2" under "g"',
    ],
  ]);

  it("needs no group sizes when the school lists no rooms", () => {
    const doc = apply([
      ["groups[1].size", DELETE],
      ["groups[2].size", DELETE],
      ["rooms", DELETE],
      ["sections[1].pinned[0].room", DELETE],
      ["sections[2].room", DELETE],
    ]);
    expectOk(checkSchool(doc));
    const withRoom = edit(doc, "sections[2].room", "r1");
    expectError(
      checkSchool(withRoom),
      "sections[2].room",
      'room "r1" does not exist (the school lists no rooms)',
    );
  });

  it("counts a leaf once when a section lists it and its parent", () => {
    // g (20 + 25) and g-1 again: 45 students fit a 45-seat room, 65 would not.
    let doc = apply([
      ["sections[2].size", DELETE],
      ["sections[2].groups", ["g", "g-1"]],
    ]);
    doc = edit(doc, "rooms[0].capacity", 45);
    expectOk(checkSchool(doc));
    expectError(
      checkSchool(edit(doc, "rooms[0].capacity", 44)),
      "sections[2].room",
      "seats 44",
      "45 students",
    );
  });
});
