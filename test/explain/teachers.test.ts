// The teacher checks, each on the smallest school that breaks it and on a near miss (one unit
// less) that a written schedule proves feasible.
import { describe, expect, it } from "vitest";
import { fewestDays } from "../../solver/explain/facts.ts";
import type { School, Section, Team } from "../../solver/model/format.ts";
import { lunch, place, plan, schedule, school, section, teacher } from "../validate/builder.ts";
import { expectFeasible, findings, onlyFinding } from "./helpers.ts";

const sections = (ids: string[], teachers: string[], more: Partial<Section> = {}): Section[] =>
  ids.map((id) => section(id, teachers, more));

const team = (id: string, members: string[], perCycle: number): Team => ({
  id,
  name: `Team ${id.toUpperCase()}`,
  members,
  planning: { perCycle },
});

describe("fewestDays", () => {
  it("takes the roomiest days first and says Infinity when no days suffice", () => {
    expect(fewestDays(0, [1, 2])).toBe(0);
    expect(fewestDays(5, [3, 1, 3])).toBe(2);
    expect(fewestDays(7, [3, 1, 3])).toBe(3);
    expect(fewestDays(8, [3, 3])).toBe(Infinity);
  });
});

describe("teacher-overload", () => {
  const overloaded = (n: number): School =>
    school({
      teachers: [teacher("t1")],
      sections: sections(["a", "b", "c"].slice(0, n), ["t1"]),
      lunch: { periods: ["2"] },
    });

  it("counts a lunch on each working day against the teacher's slots", () => {
    const f = onlyFinding(overloaded(3), "teacher-overload");
    expect(f.message).toBe(
      "Teacher t1 (t1) must teach 3 section-periods, but can be busy in at most 2: they are available in all 3 slots of the cycle (1 day x 3 periods), and each day they work also needs a lunch.",
    );
    expect(f.teachers).toEqual(["t1"]);
  });

  it("passes one section-period less", () => {
    expectFeasible(
      overloaded(2),
      schedule({ placements: place("a@Mon/1", "b@Mon/3"), lunch: lunch("t1@Mon/2") }),
    );
  });

  const partTime = (n: number): School =>
    school({
      days: ["Mon", "Tue"],
      periods: ["1", "2", "3", "4"],
      teachers: [teacher("t1", { unavailable: [{ day: "Mon", period: "2" }], minFreePerDay: 1 })],
      sections: sections(["a", "b", "c"].slice(0, n), ["t1"], { meetings: 1 }),
      lunch: { periods: ["2"] },
    });

  it("sets aside minFreePerDay and days without an available lunch period", () => {
    expect(onlyFinding(partTime(3), "teacher-overload").message).toBe(
      "Teacher t1 (t1) must teach 3 section-periods, but can be busy in at most 2: they are available in only 7 of the 8 slots of the cycle (2 days x 4 periods), and each day they work also needs a lunch and 1 free period (minFreePerDay), and they cannot work on Mon, where none of their available periods is in the lunch window.",
    );
  });

  it("passes with one section fewer", () => {
    expectFeasible(
      partTime(2),
      schedule({ placements: place("a@Tue/1", "b@Tue/3"), lunch: lunch("t1@Tue/2") }),
    );
  });

  it("adds the planning meetings of the teacher's teams", () => {
    const s = school({
      teachers: [teacher("t1")],
      sections: sections(["a", "b", "c"], ["t1"]),
      teams: [team("x", ["t1"], 1)],
    });
    const f = findings(s).find((x) => x.check === "teacher-overload");
    expect(f?.message).toBe(
      "Teacher t1 (t1) must teach 3 section-periods and sit in 1 planning meeting (4 periods in all), but can be busy in at most 3: they are available in all 3 slots of the cycle (1 day x 3 periods).",
    );
  });
});

describe("max-teaching-per-day", () => {
  const limited = (n: number): School =>
    school({
      days: ["Mon", "Tue"],
      teachers: [teacher("t1", { maxTeachingPerDay: 1 })],
      sections: sections(["a", "b", "c"].slice(0, n), ["t1"], { meetings: 1 }),
    });

  it("multiplies the daily limit by the days the teacher can work", () => {
    const f = onlyFinding(limited(3), "max-teaching-per-day");
    expect(f.message).toBe(
      "Teacher t1 (t1) must teach 3 section-periods, but may teach at most 1 a day (maxTeachingPerDay), which on the 2 days they can work allows at most 2.",
    );
  });

  it("passes one section-period less", () => {
    expectFeasible(limited(2), schedule({ placements: place("a@Mon/1", "b@Tue/1") }));
  });
});

describe("max-planning-per-cycle", () => {
  const twoTeams = (limit: number): School =>
    school({
      teachers: [teacher("t1", { maxPlanningPerCycle: limit }), teacher("t2")],
      teams: [team("a", ["t1", "t2"], 1), team("b", ["t1"], 1)],
    });

  it("adds up the perCycle of every team the teacher is in", () => {
    const f = onlyFinding(twoTeams(1), "max-planning-per-cycle");
    expect(f.message).toBe(
      'Teacher t1 (t1) is a member of Team "Team A" (a) and Team "Team B" (b), which need 2 planning meetings per cycle (1 + 1), but may sit in at most 1 (maxPlanningPerCycle).',
    );
    expect(f.teams).toEqual(["a", "b"]);
  });

  it("passes when the limit is one higher", () => {
    expectFeasible(twoTeams(2), schedule({ planning: plan("a@Mon/1", "b@Mon/2") }));
  });
});

describe("min-free-per-cycle", () => {
  // Two a day at most, so four section-periods take both days and two lunches.
  const keeper = (minFree: number): School =>
    school({
      days: ["Mon", "Tue"],
      periods: ["1", "2", "3", "4"],
      teachers: [teacher("t1", { maxTeachingPerDay: 2, minFreePerCycle: minFree })],
      sections: sections(["a", "b"], ["t1"]),
      lunch: { periods: ["2"] },
    });

  it("counts a lunch on each day the load forces the teacher to work", () => {
    const f = onlyFinding(keeper(3), "min-free-per-cycle");
    expect(f.message).toBe(
      "Teacher t1 (t1) must keep 3 free periods per cycle (minFreePerCycle), but of their 8 available slots 4 go to teaching and at least 2 to lunch (they must work on at least 2 days), which leaves at most 2.",
    );
  });

  it("passes one free period lower", () => {
    expectFeasible(
      keeper(2),
      schedule({
        placements: place("a@Mon/1", "a@Tue/1", "b@Mon/3", "b@Tue/3"),
        lunch: lunch("t1@Mon/2", "t1@Tue/2"),
      }),
    );
  });
});
