// The readings of the spec that the one-case-per-rule table does not pin down: what counts as a
// clash, which rule owns a defect that several rules could claim, and what partial answers may do.
import { describe, expect, it } from "vitest";
import {
  lunch,
  place,
  plan,
  rulesBroken,
  schedule,
  school,
  section,
  teacher,
  validate,
} from "./builder.ts";

const team = (id: string, members: string[], perCycle = 1) => ({
  id,
  name: id.toUpperCase(),
  members,
  planning: { perCycle },
});

describe("teachers", () => {
  const s = school({
    teachers: [teacher("t1", { name: "Ana Lee" }), teacher("t2")],
    sections: [section("s1", ["t1"]), section("s2", ["t2"])],
    teams: [team("tm", ["t1", "t2"]), team("solo", ["t1"])],
  });

  it("calls teaching during the own team's planning a teacher clash, with ids", () => {
    const v = validate(
      s,
      schedule({
        placements: place("s1@Mon/1", "s2@Mon/2"),
        planning: plan("tm@Mon/1", "solo@Mon/3"),
      }),
    );
    expect(v).toEqual([
      {
        rule: "teacher-clash",
        message:
          'Ana Lee (t1) teaches s1 during the planning meeting of Team "TM" (tm) at Mon period 1.',
        day: "Mon",
        period: "1",
        teachers: ["t1"],
        sections: ["s1"],
        teams: ["tm"],
      },
    ]);
  });

  it("needs two distinct slots for a teacher in two teams", () => {
    const sch = schedule({
      placements: place("s1@Mon/1", "s2@Mon/1"),
      planning: plan("tm@Mon/2", "solo@Mon/2"),
    });
    expect(rulesBroken(s, sch)).toEqual(["teacher-clash"]);
  });

  it("counts a double period twice toward maxTeachingPerDay and checks each period it covers", () => {
    const long = school({
      teachers: [
        teacher("t1", { maxTeachingPerDay: 1, unavailable: [{ day: "Mon", period: "3" }] }),
      ],
      sections: [section("s1", ["t1"], { length: 2 })],
    });
    expect(rulesBroken(long, schedule({ placements: place("s1@Mon/1") }))).toEqual([
      "max-teaching-per-day",
    ]);
    expect(rulesBroken(long, schedule({ placements: place("s1@Mon/2") }))).toEqual([
      "max-teaching-per-day",
      "teacher-unavailable",
    ]);
  });

  it("finds a clash in the second period of a double period", () => {
    const long = school({
      teachers: [teacher("t1")],
      sections: [section("s1", ["t1"], { length: 2 }), section("s2", ["t1"])],
    });
    const v = validate(long, schedule({ placements: place("s1@Mon/1", "s2@Mon/2") }));
    expect(v.map((x) => [x.rule, x.period])).toEqual([["teacher-clash", "2"]]);
  });

  it("keeps planning and lunch out of a teacher's unavailable slots", () => {
    const away = school({
      teachers: [
        teacher("t1", {
          unavailable: [
            { day: "Mon", period: "2" },
            { day: "Mon", period: "3" },
          ],
        }),
        teacher("t2"),
      ],
      sections: [section("s1", ["t1"])],
      teams: [team("tm", ["t1", "t2"])],
      lunch: { periods: ["2", "3"] },
    });
    const sch = schedule({
      placements: place("s1@Mon/1"),
      planning: plan("tm@Mon/2"),
      lunch: lunch("t1@Mon/3", "t2@Mon/3"),
    });
    expect(validate(away, sch).map((v) => [v.rule, v.teachers, v.period])).toEqual([
      ["teacher-unavailable", ["t1"], "2"],
      ["teacher-unavailable", ["t1"], "3"],
    ]);
  });

  it("counts free periods on days a teacher does not work toward minFreePerCycle", () => {
    const light = school({
      days: ["Mon", "Tue"],
      teachers: [teacher("t1", { minFreePerCycle: 5, minFreePerDay: 2 })],
      sections: [section("s1", ["t1"], { allowedDays: ["Mon"] })],
    });
    expect(validate(light, schedule({ placements: place("s1@Mon/1") }))).toEqual([]);
  });
});

describe("sections", () => {
  it("checks every period a double period covers against allowedPeriods", () => {
    const s = school({
      teachers: [teacher("t1")],
      sections: [section("s1", ["t1"], { length: 2, allowedPeriods: ["1", "2"] })],
    });
    expect(rulesBroken(s, schedule({ placements: place("s1@Mon/1") }))).toEqual([]);
    expect(rulesBroken(s, schedule({ placements: place("s1@Mon/2") }))).toEqual([
      "period-not-allowed",
    ]);
  });

  it("keeps a pinned room", () => {
    const s = school({
      teachers: [teacher("t1")],
      rooms: [{ id: "r1" }, { id: "r2" }],
      sections: [section("s1", ["t1"], { pinned: [{ day: "Mon", period: "2", room: "r1" }] })],
    });
    expect(rulesBroken(s, schedule({ placements: place("s1@Mon/2#r1") }))).toEqual([]);
    expect(validate(s, schedule({ placements: place("s1@Mon/2#r2") }))[0]?.message).toBe(
      "s1 is pinned at Mon period 2 in room r1 but meets there in room r2.",
    );
  });

  it("rejects a room when the school lists none, and an unknown room only as a reference", () => {
    const bare = school({ teachers: [teacher("t1")], sections: [section("s1", ["t1"])] });
    expect(rulesBroken(bare, schedule({ placements: place("s1@Mon/1#r1") }))).toEqual([
      "room-assignment",
    ]);
    const roomed = school({
      teachers: [teacher("t1")],
      rooms: [{ id: "r1" }],
      sections: [section("s1", ["t1"])],
    });
    expect(rulesBroken(roomed, schedule({ placements: place("s1@Mon/1#r9") }))).toEqual([
      "unknown-reference",
    ]);
  });
});

describe("groups", () => {
  const s = school({
    periods: ["1", "2", "3"],
    teachers: [teacher("t1"), teacher("t2"), teacher("t3")],
    groups: [
      { id: "g", name: "Grade" },
      { id: "a", name: "A", parent: "g", fullDay: true },
      { id: "b", name: "B", parent: "g" },
      { id: "a1", name: "A1", parent: "a" },
    ],
    sections: [
      section("grade", ["t1"], { groups: ["g"] }),
      section("sa", ["t2"], { groups: ["a"] }),
      section("sb", ["t3"], { groups: ["b"] }),
      section("sa1", ["t3"], { groups: ["a1"] }),
    ],
  });

  it("lets sibling groups meet at once, never a group and its grandparent", () => {
    expect(
      rulesBroken(
        s,
        schedule({ placements: place("grade@Mon/1", "sa@Mon/2", "sb@Mon/2", "sa1@Mon/3") }),
      ),
    ).toEqual(["full-day-hole"]);
    const v = validate(
      s,
      schedule({ placements: place("grade@Mon/1", "sa@Mon/2", "sb@Mon/3", "sa1@Mon/1") }),
    );
    expect(v.filter((x) => x.rule === "group-clash").map((x) => x.groups)).toEqual([["a1", "g"]]);
  });

  it("counts a grade section for a fullDay homeroom, a section of a smaller group not", () => {
    const v = validate(
      s,
      schedule({ placements: place("grade@Mon/1", "sa@Mon/2", "sb@Mon/2", "sa1@Mon/3") }),
    );
    expect(v.map((x) => [x.rule, x.groups, x.period])).toEqual([["full-day-hole", ["a"], "3"]]);
  });
});

describe("lunch", () => {
  const s = school({
    teachers: [teacher("t1"), teacher("t2")],
    groups: [
      { id: "hr", name: "Homeroom", fullDay: true },
      { id: "sub", name: "Half", parent: "hr" },
      { id: "club", name: "Club" },
    ],
    sections: [
      section("s1", ["t1"], { groups: ["hr"] }),
      section("s2", ["t2"], { groups: ["sub"] }),
    ],
    lunch: { periods: ["2", "3"] },
  });
  const base = { placements: place("s1@Mon/1", "s2@Mon/3") };

  it("names a lunch for every fullDay group and working teacher", () => {
    // s2 is for a smaller group, so it does not count as a class of hr: hr needs lunch at 2 and
    // a class at 3, which s2 does not give.
    const sch = schedule({ ...base, lunch: lunch("t1@Mon/2", "t2@Mon/2", "group:hr@Mon/2") });
    expect(rulesBroken(s, sch)).toEqual(["full-day-hole"]);
    expect(rulesBroken(s, schedule({ ...base, lunch: lunch("t1@Mon/2", "t2@Mon/2") }))).toEqual([
      "full-day-hole",
      "lunch-missing",
    ]);
  });

  it("keeps a group's lunch clear of sections of its descendants", () => {
    const sch = schedule({ ...base, lunch: lunch("t1@Mon/2", "t2@Mon/2", "group:hr@Mon/3") });
    expect(validate(s, sch).find((v) => v.rule === "lunch-busy")?.sections).toEqual(["s2"]);
  });

  it("gives lunch only to fullDay groups, and none when the school has no window", () => {
    const sch = schedule({
      ...base,
      lunch: lunch("t1@Mon/2", "t2@Mon/2", "group:hr@Mon/2", "group:club@Mon/2"),
    });
    expect(
      validate(s, sch)
        .filter((v) => v.rule === "lunch-not-needed")
        .map((v) => v.groups),
    ).toEqual([["club"]]);
    const noWindow = school({ teachers: [teacher("t1")], sections: [section("s1", ["t1"])] });
    expect(
      rulesBroken(noWindow, schedule({ placements: place("s1@Mon/1"), lunch: lunch("t1@Mon/2") })),
    ).toEqual(["lunch-not-needed"]);
  });
});

describe("planning", () => {
  const s = school({
    teachers: [teacher("t1"), teacher("t2")],
    teams: [team("tm", ["t1", "t2"], 2)],
  });

  it("counts distinct slots and reports a slot listed twice", () => {
    const v = validate(s, schedule({ planning: plan("tm@Mon/1", "tm@Mon/1") }));
    expect(v.map((x) => x.rule)).toEqual(["planning-count", "planning-count"]);
    expect(v[1]?.message).toBe('Team "TM" (tm) has 1 of its 2 planning slots.');
  });

  it("rejects more slots than perCycle", () => {
    const three = school({
      days: ["Mon", "Tue", "Wed"],
      teachers: [teacher("t1")],
      teams: [team("tm", ["t1"], 2)],
    });
    expect(
      rulesBroken(three, schedule({ planning: plan("tm@Mon/1", "tm@Tue/1", "tm@Wed/1") })),
    ).toEqual(["planning-count"]);
  });
});

describe("status", () => {
  const s = school({
    periods: ["1", "2"],
    teachers: [teacher("t1"), teacher("t2")],
    groups: [{ id: "hr", name: "Homeroom", fullDay: true }],
    sections: [
      section("s1", ["t1"], { groups: ["hr"] }),
      section("s2", ["t2"], { groups: ["hr"] }),
    ],
  });
  const unplacedS2 = [{ section: "s2", reason: "t2 is away." }];

  it("lets a partial answer leave as many empty periods as its unplaced meetings", () => {
    expect(
      validate(
        s,
        schedule({ status: "partial", placements: place("s1@Mon/1"), unplaced: unplacedS2 }),
      ),
    ).toEqual([]);
  });

  it("does not let a partial answer leave more", () => {
    const none = schedule({
      status: "partial",
      unplaced: [...unplacedS2, { section: "s1", reason: "" }],
    });
    expect(rulesBroken(s, none)).toEqual(["unplaced-entry"]);
    const holes = school({
      ...s,
      calendar: { ...s.calendar, periods: [...s.calendar.periods, { id: "3" }] },
    });
    const v = validate(
      holes,
      schedule({ status: "partial", placements: place("s1@Mon/1"), unplaced: unplacedS2 }),
    );
    expect(v.map((x) => x.rule)).toEqual(["full-day-hole"]);
  });

  it("rejects unplaced entries in a solved answer and a partial answer with none", () => {
    const sch = schedule({ placements: place("s1@Mon/1"), unplaced: unplacedS2 });
    expect(rulesBroken(s, sch)).toEqual(["full-day-hole", "meeting-count", "status"]);
    expect(
      rulesBroken(s, schedule({ status: "partial", placements: place("s1@Mon/1", "s2@Mon/2") })),
    ).toEqual(["status"]);
  });

  it("asks nothing of an infeasible answer's timetable", () => {
    const sch = schedule({
      status: "infeasible",
      placements: place("s9@Sun/9"),
      explanation: ["t1 is away."],
    });
    expect(validate(s, sch)).toEqual([]);
    expect(rulesBroken(s, { ...sch, school: "Elsewhere" })).toEqual(["wrong-school"]);
  });
});
