// One broken thing at a time in teachers, rooms and groups (including cycles of parents).
import { describe, expect, it } from "vitest";
import { checkSchool } from "../../solver/format/parse-school.ts";
import { DELETE, edit, errorsOf, expectError, type Json } from "./json-edit.ts";
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

describe("teachers, rooms and groups", () => {
  runCases([
    [
      "teacher without name",
      "teachers[0].name",
      DELETE,
      "teachers[0].name",
      'teachers[0] "t-a": name is missing',
    ],
    [
      "duplicate teacher",
      "teachers[2].id",
      "t-a",
      "teachers[2].id",
      'teachers[2] "t-a": id "t-a" is already used by teachers[0]',
    ],
    [
      "teacher without id",
      "teachers[2].id",
      DELETE,
      "teachers[2].id",
      "teachers[2]: id is missing",
    ],
    [
      "unknown day",
      "teachers[0].unavailable[0].day",
      "Sun",
      "teachers[0].unavailable[0].day",
      'teachers[0] "t-a" unavailable[0]: day "Sun" does not exist',
    ],
    [
      "unknown period",
      "teachers[0].unavailable[0].period",
      "9",
      "teachers[0].unavailable[0].period",
      'period "9" does not exist',
    ],
    [
      "slot not an object",
      "teachers[0].unavailable[0]",
      "Mon 1",
      "teachers[0].unavailable[0]",
      "unavailable[0] must be a slot",
    ],
    [
      "fraction",
      "teachers[1].maxTeachingPerDay",
      1.5,
      "teachers[1].maxTeachingPerDay",
      'teachers[1] "t-b": maxTeachingPerDay must be a whole number from 0 to 4',
      "1.5",
    ],
    [
      "negative",
      "teachers[1].minFreePerCycle",
      -1,
      "teachers[1].minFreePerCycle",
      "minFreePerCycle must be a whole number from 0 to 12",
    ],
    [
      "more than the cycle",
      "teachers[2].maxPlanningPerCycle",
      13,
      "teachers[2].maxPlanningPerCycle",
      "from 0 to 12 (the slots in the cycle)",
    ],
    ["huge", "teachers[1].minFreePerDay", 1e300, "teachers[1].minFreePerDay", "from 0 to 4"],
    ["number as text", "teachers[1].minFreePerDay", "2", "teachers[1].minFreePerDay", 'not "2"'],
    [
      "departments not a list",
      "teachers[0].departments",
      "Math",
      "teachers[0].departments",
      "departments must be a list",
    ],
    [
      "negative capacity",
      "rooms[0].capacity",
      -5,
      "rooms[0].capacity",
      'rooms[0] "r1": capacity must be a whole number from 0 to 100000',
    ],
    ["unsafe capacity", "rooms[0].capacity", 2 ** 53, "rooms[0].capacity", "from 0 to 100000"],
    [
      "feature not a string",
      "rooms[0].features[0]",
      3,
      "rooms[0].features[0]",
      'rooms[0] "r1": features[0] must be a string',
    ],
    ["duplicate room", "rooms[1].id", "r1", "rooms[1].id", "already used by rooms[0]"],
    [
      "room unavailable unknown",
      "rooms[0].unavailable",
      [{ day: "Mon", period: "0" }],
      "rooms[0].unavailable[0].period",
      'rooms[0] "r1" unavailable[0]: period "0" does not exist',
    ],
    [
      "unknown parent",
      "groups[1].parent",
      "g9",
      "groups[1].parent",
      'groups[1] "g-1": parent "g9" does not exist',
    ],
    [
      "own parent",
      "groups[0].parent",
      "g",
      "groups[0].parent",
      'groups[0] "g": parent makes a cycle ("g" -> "g")',
    ],
    [
      "group size fraction",
      "groups[1].size",
      20.5,
      "groups[1].size",
      'groups[1] "g-1": size must be a whole number',
    ],
    [
      "fullDay as text",
      "groups[1].fullDay",
      "yes",
      "groups[1].fullDay",
      "fullDay must be true or false",
    ],
    [
      "group without name",
      "groups[2].name",
      DELETE,
      "groups[2].name",
      'groups[2] "g-2": name is missing',
    ],
  ]);

  it("reports a cycle of parents once, and still ends", () => {
    let doc = edit(tinySchool(), "groups[0].parent", "g-2");
    doc = edit(doc, "groups[2].parent", "g-1");
    doc = edit(doc, "groups[1].parent", "g");
    const cycles = errorsOf(check(doc)).filter((e) => e.message.includes("cycle"));
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.message).toMatch(/"g" -> "g-2" -> "g-1" -> "g"/);
  });
});
