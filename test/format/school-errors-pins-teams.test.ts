// One broken thing at a time in pins (which must keep their section's own rules), teams and the
// lunch window.
import { describe, expect, it } from "vitest";
import { checkSchool } from "../../solver/format/parse-school.ts";
import { DELETE, errorsOf, expectOk, type Json } from "./json-edit.ts";
import { apply, runCases } from "./school-cases.ts";

describe("pins", () => {
  const pin = (day: string, period: string, room?: string): Json =>
    room === undefined ? { day, period } : { day, period, room };
  runCases([
    [
      "more pins than meetings",
      [
        ["sections[1].pinned", [pin("Mon", "1"), pin("Tue", "1"), pin("Wed", "1")]],
        ["sections[1].allowedDays", DELETE],
      ],
      "sections[1].pinned",
      'sections[1] "lab-2": pinned holds 3 meetings but the section meets only 2 times',
    ],
    [
      "two pins on one day",
      [["sections[0].pinned", [pin("Mon", "1"), pin("Mon", "1")]]],
      "sections[0].pinned[1].day",
      'sections[0] "math-1" pinned[1]: day "Mon" already has pinned[0]',
    ],
    [
      "pin outside allowedDays",
      [["sections[1].pinned[0].day", "Wed"]],
      "sections[1].pinned[0].day",
      'sections[1] "lab-2" pinned[0]: day "Wed" is not in the section\'s allowedDays',
    ],
    [
      "pin covering a period not allowed",
      [["sections[1].pinned[0].period", "3"]],
      "sections[1].pinned[0].period",
      'pinned[0]: period "3": the meeting also covers period "4", which is not in the section\'s allowedPeriods',
    ],
    [
      "pin at a period not allowed",
      [["sections[1].pinned[0].period", "4"]],
      "sections[1].pinned[0].period",
      'period "4" starts a meeting of length 2 that would run past the last period',
    ],
    [
      "pin past the day's end",
      [
        ["sections[0].length", 2],
        ["sections[0].pinned", [pin("Tue", "4")]],
      ],
      "sections[0].pinned[0].period",
      "run past the last period",
    ],
    [
      "pins at two periods with samePeriod",
      [["sections[0].pinned", [pin("Mon", "1"), pin("Tue", "2")]]],
      "sections[0].pinned[1].period",
      'period "2" differs from pinned[0]\'s period "1"',
      "samePeriod",
    ],
    [
      "unknown pin day",
      [["sections[0].pinned", [pin("Sun", "1")]]],
      "sections[0].pinned[0].day",
      'sections[0] "math-1" pinned[0]: day "Sun" does not exist',
    ],
    [
      "unknown pin room",
      [["sections[1].pinned[0].room", "r9"]],
      "sections[1].pinned[0].room",
      'pinned[0]: room "r9" does not exist',
    ],
    [
      "pin room too small",
      [["sections[1].pinned[0].room", "r2"]],
      "sections[1].pinned[0].room",
      'room "r2" seats 10 but the section has 25 students',
    ],
    [
      "pin room not the fixed room",
      [["sections[2].pinned", [pin("Mon", "1", "r2")]]],
      "sections[2].pinned[0].room",
      'room "r2" differs from the section\'s fixed room "r1"',
    ],
    [
      "pin not an object",
      [["sections[0].pinned", ["Mon/1"]]],
      "sections[0].pinned[0]",
      'sections[0] "math-1" pinned[0] must be an object',
    ],
    [
      "pin without period",
      [["sections[0].pinned", [{ day: "Mon" }]]],
      "sections[0].pinned[0].period",
      "pinned[0]: period is missing",
    ],
    [
      "pinned not a list",
      [["sections[0].pinned", { day: "Mon", period: "1" }]],
      "sections[0].pinned",
      "pinned must be a list",
    ],
  ]);

  it("allows pins at different periods when samePeriod is false", () => {
    const doc = apply([
      ["sections[0].samePeriod", false],
      ["sections[0].pinned", [pin("Mon", "1"), pin("Tue", "2")]],
    ]);
    expectOk(checkSchool(doc));
  });
});

describe("teams and lunch", () => {
  runCases([
    [
      "unknown member",
      [["teams[0].members[1]", "t-9"]],
      "teams[0].members[1]",
      'teams[0] "team-1": member "t-9" does not exist',
    ],
    [
      "no members",
      [["teams[1].members", []]],
      "teams[1].members",
      'teams[1] "team-2": members must name at least one teacher',
    ],
    ["members missing", [["teams[1].members", DELETE]], "teams[1].members", "members is missing"],
    [
      "a member twice",
      [["teams[0].members[1]", "t-a"]],
      "teams[0].members[1]",
      'members lists teacher "t-a" twice',
    ],
    [
      "lead not a member",
      [["teams[0].lead", "t-c"]],
      "teams[0].lead",
      'teams[0] "team-1": lead "t-c" is not one of the team\'s members',
    ],
    ["unknown lead", [["teams[0].lead", "t-z"]], "teams[0].lead", 'lead "t-z" does not exist'],
    [
      "unknown kind",
      [["teams[0].kind", "club"]],
      "teams[0].kind",
      'kind must be one of "grade", "subject", "department", "other"',
    ],
    ["duplicate team", [["teams[1].id", "team-1"]], "teams[1].id", "already used by teams[0]"],
    [
      "perCycle missing",
      [["teams[0].planning.perCycle", DELETE]],
      "teams[0].planning.perCycle",
      'teams[0] "team-1" planning: perCycle is missing',
    ],
    [
      "perCycle negative",
      [["teams[0].planning.perCycle", -2]],
      "teams[0].planning.perCycle",
      "perCycle must be a whole number from 0 to 12",
    ],
    [
      "maxPerDay zero",
      [["teams[0].planning.maxPerDay", 0]],
      "teams[0].planning.maxPerDay",
      "maxPerDay must be a whole number from 1 to 4",
    ],
    [
      "unknown planning period",
      [["teams[0].planning.periods[0]", "8"]],
      "teams[0].planning.periods[0]",
      'teams[0] "team-1" planning: period "8" does not exist',
    ],
    [
      "more planning than its rules allow",
      [["teams[0].planning.perCycle", 4]],
      "teams[0].planning.perCycle",
      "perCycle is 4 but the team's own rules allow at most 3 slots",
    ],
    [
      "samePeriod caps planning at one a day",
      [["teams[0].planning", { perCycle: 4, maxPerDay: 2, samePeriod: true }]],
      "teams[0].planning.perCycle",
      "at most 3 slots",
      "samePeriod",
    ],
    [
      "planning not an object",
      [["teams[0].planning", 5]],
      "teams[0].planning",
      "planning must be an object",
    ],
    [
      "unknown lunch period",
      [["lunch.periods[1]", "9"]],
      "lunch.periods[1]",
      'lunch: period "9" does not exist',
    ],
    [
      "empty lunch window",
      [["lunch.periods", []]],
      "lunch.periods",
      "lunch: periods must name at least one period",
    ],
    ["lunch without periods", [["lunch", {}]], "lunch.periods", "lunch: periods is missing"],
    [
      "a lunch period twice",
      [["lunch.periods[1]", "2"]],
      "lunch.periods[1]",
      'lists period "2" twice',
    ],
  ]);

  it("allows two planning slots a day when maxPerDay says so", () => {
    expectOk(
      checkSchool(
        apply([
          ["teams[0].planning.perCycle", 6],
          ["teams[0].planning.maxPerDay", 2],
        ]),
      ),
    );
  });
});

describe("error values", () => {
  it("give no part of a school when something is wrong", () => {
    const result = checkSchool(apply([["sections[0].meetings", 9]]));
    expect(result).toEqual({ ok: false, errors: errorsOf(result) });
    expect(Object.keys(result)).toEqual(["ok", "errors"]);
  });
});
