// The team checks, each on the smallest school that breaks it and on a near miss that a written
// schedule proves feasible.
import { describe, expect, it } from "vitest";
import type { School, Section, Team } from "../../solver/model/format.ts";
import { place, plan, schedule, school, section, teacher } from "../validate/builder.ts";
import { expectFeasible, findings, onlyFinding } from "./helpers.ts";

const core = (members: string[], more: Partial<NonNullable<Team["planning"]>> = {}): Team => ({
  id: "core",
  name: "Core",
  members,
  planning: { perCycle: 1, ...more },
});

const taught = (ids: string[], t: string, more: Partial<Section> = {}): Section[] =>
  ids.map((id) => section(id, [t], more));

describe("team-member-busy", () => {
  const fullyBooked = (n: number): School =>
    school({
      teachers: [teacher("t1"), teacher("t2")],
      sections: taught(["a", "b", "c"].slice(0, n), "t1"),
      teams: [core(["t1", "t2"])],
    });

  it("names the team and the member whose teaching fills the cycle", () => {
    const f = findings(fullyBooked(3)).find((x) => x.check === "team-member-busy");
    expect(f?.message).toBe(
      'Team "Core" (core) needs 1 planning slot(s) in which every member is free, but Teacher t1 (t1) teaches 3 section-periods, which fills all 3 slots of the cycle (1 day x 3 periods), so Teacher t1 is never free.',
    );
    expect(f?.teams).toEqual(["core"]);
    expect(f?.teachers).toEqual(["t1"]);
  });

  it("passes one section-period less", () => {
    expectFeasible(
      fullyBooked(2),
      schedule({ placements: place("a@Mon/1", "b@Mon/2"), planning: plan("core@Mon/3") }),
    );
  });

  it("says so when a member is never available in the team's periods", () => {
    const s = school({
      teachers: [teacher("t1", { unavailable: [{ day: "Mon", period: "3" }] })],
      teams: [core(["t1"], { periods: ["3"] })],
    });
    expect(findings(s).find((x) => x.check === "team-member-busy")?.message).toBe(
      'Team "Core" (core) needs 1 planning slot(s) in which every member is free, but Teacher t1 (t1) is never available in the team\'s period 3.',
    );
  });

  // Sections that may only meet in the team's periods use up its window.
  const windowed = (n: number): School =>
    school({
      days: ["Mon", "Tue"],
      teachers: [teacher("t1")],
      sections: taught(["a", "b", "c", "d"].slice(0, n), "t1", {
        meetings: 1,
        allowedPeriods: ["2", "3"],
      }),
      teams: [core(["t1"], { periods: ["2", "3"] })],
    });

  it("counts the teaching that must fall in the team's allowed periods", () => {
    expect(onlyFinding(windowed(4), "team-member-busy").message).toBe(
      'Team "Core" (core) needs 1 planning slot(s) in which every member is free, but Teacher t1 (t1) has at most 0 such slot(s): of the 4 slots in the team\'s periods 2 and 3 in which they are available, at least 4 go to teaching.',
    );
  });

  it("passes with one section fewer", () => {
    expectFeasible(
      windowed(3),
      schedule({
        placements: place("a@Mon/2", "b@Mon/3", "c@Tue/2"),
        planning: plan("core@Tue/3"),
      }),
    );
  });

  // A second team whose periods lie inside the first team's plans inside them too.
  const nested = (n: number): School =>
    school({
      days: ["Mon", "Tue"],
      teachers: [teacher("t1")],
      sections: taught(["a", "b", "c"].slice(0, n), "t1", {
        meetings: 1,
        allowedPeriods: ["2", "3"],
      }),
      teams: [
        core(["t1"], { periods: ["2", "3"] }),
        { id: "inner", name: "Inner", members: ["t1"], planning: { perCycle: 1, periods: ["2"] } },
      ],
    });

  it("counts the planning of a team nested in the window", () => {
    const f = onlyFinding(nested(3), "team-member-busy");
    expect(f.message).toBe(
      'Team "Core" (core) needs 1 planning slot(s) in which every member is free, but Teacher t1 (t1) has at most 0 such slot(s): of the 4 slots in the team\'s periods 2 and 3 in which they are available, at least 3 go to teaching and 1 to planning with Team "Inner" (inner).',
    );
    expect(f.teams).toEqual(["core", "inner"]);
  });

  it("passes the nested teams with one section fewer", () => {
    expectFeasible(
      nested(2),
      schedule({
        placements: place("a@Mon/3", "b@Tue/3"),
        planning: plan("inner@Mon/2", "core@Tue/2"),
      }),
    );
  });
});

describe("team-common-time", () => {
  const split = (perCycle: number): School =>
    school({
      teachers: [
        teacher("t1", { unavailable: [{ day: "Mon", period: "1" }] }),
        teacher("t2", { unavailable: [{ day: "Mon", period: "2" }] }),
      ],
      teams: [core(["t1", "t2"], { perCycle, maxPerDay: 2 })],
    });

  it("counts the slots in which every member is available", () => {
    const f = onlyFinding(split(2), "team-common-time");
    expect(f.message).toBe(
      'Team "Core" (core) needs 2 planning slot(s) in which every member is free, but the unavailable slots and fixed classes of Teacher t1 (t1) and Teacher t2 (t2) leave only 1 slot of the cycle in which all members are available.',
    );
    expect(f.teachers).toEqual(["t1", "t2"]);
  });

  it("passes one planning slot less", () => {
    expectFeasible(split(1), schedule({ planning: plan("core@Mon/3") }));
  });

  const staggered = (samePeriod: boolean): School =>
    school({
      days: ["Mon", "Tue"],
      teachers: [
        teacher("t1", { unavailable: [{ day: "Mon", period: "3" }] }),
        teacher("t2", { unavailable: [{ day: "Tue", period: "2" }] }),
      ],
      teams: [core(["t1", "t2"], { perCycle: 2, periods: ["2", "3"], samePeriod })],
    });

  it("needs one period open on perCycle days when samePeriod", () => {
    expect(onlyFinding(staggered(true), "team-common-time").message).toBe(
      'Team "Core" (core) needs 2 planning slot(s) in which every member is free, all at one period, but the unavailable slots and fixed classes of Teacher t1 (t1) and Teacher t2 (t2) leave no period of its allowed periods 2 and 3 in which all members are available on more than 1 day.',
    );
  });

  it("passes the same availability without samePeriod", () => {
    expectFeasible(staggered(false), schedule({ planning: plan("core@Mon/2", "core@Tue/3") }));
  });

  const pinned = (period: string): School =>
    school({
      teachers: [teacher("t1"), teacher("t2")],
      sections: [section("s1", ["t1"], { pinned: [{ day: "Mon", period }] })],
      teams: [core(["t1", "t2"], { periods: ["1"] })],
    });

  it("treats a pinned class as a slot its teacher cannot plan in", () => {
    expect(onlyFinding(pinned("1"), "team-common-time").message).toBe(
      'Team "Core" (core) needs 1 planning slot(s) in which every member is free, but the unavailable slots and fixed classes of Teacher t1 (t1) leave only 0 slots of its allowed period 1 in which all members are available.',
    );
  });

  it("passes when the pin is outside the team's periods", () => {
    expectFeasible(
      pinned("2"),
      schedule({ placements: place("s1@Mon/2"), planning: plan("core@Mon/1") }),
    );
  });
});

describe("team-students", () => {
  // A homeroom in class every period; the team teaches it, so it must be with someone else.
  const homeroom = (outsider: string): School =>
    school({
      teachers: [teacher("t1"), teacher("t2"), teacher("t3")],
      groups: [{ id: "hr", name: "Homeroom", fullDay: true }],
      sections: [
        section("a", ["t1"], { groups: ["hr"] }),
        section("b", ["t1"], { groups: ["hr"] }),
        section("c", [outsider], { groups: ["hr"] }),
      ],
      teams: [core(["t1", "t2"])],
    });

  it("needs the team's students elsewhere in every planning slot", () => {
    const f = onlyFinding(homeroom("t2"), "team-students");
    expect(f.message).toBe(
      'Team "Core" (core) needs 1 planning slot(s), and in each of them Homeroom (hr), whom its members teach, must be in a class with a teacher from outside the team, but its 0 section-periods per cycle with other teachers can fall in at most 0 of the team\'s allowed slots.',
    );
    expect(f.groups).toEqual(["hr"]);
  });

  it("passes when one of the homeroom's classes has an outside teacher", () => {
    expectFeasible(
      homeroom("t3"),
      schedule({
        placements: place("a@Mon/1", "b@Mon/2", "c@Mon/3"),
        planning: plan("core@Mon/3"),
      }),
    );
  });
});
