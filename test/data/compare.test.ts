import { describe, expect, it } from "vitest";
import type { Schedule, School } from "../../solver/model/format.ts";
import { compareSchedules } from "../../src/data/compare.ts";
import { instance, tinySchedule, tinySchool } from "./fixtures.ts";

const school = tinySchool();
const base = tinySchedule(school);
const edit = (f: (s: Schedule) => void): Schedule => {
  const copy = structuredClone(base);
  f(copy);
  return copy;
};

describe("compareSchedules", () => {
  it("finds nothing between a schedule and itself", () => {
    const planted = instance<Schedule>("middle-m-1.planted.json");
    const middle = instance<School>("middle-m-1.school.json");
    expect(compareSchedules(middle, planted, structuredClone(planted))).toEqual({
      moved: [],
      planning: [],
      same: true,
    });
  });

  it("ignores the order of placements", () => {
    const shuffled = edit((s) => s.placements.reverse());
    expect(compareSchedules(school, base, shuffled).same).toBe(true);
  });

  it("reports a change of period on the same day as one move", () => {
    const after = edit((s) => (s.placements[1]!.period = "3"));
    expect(compareSchedules(school, base, after).moved).toEqual([
      {
        section: "alg1-1",
        before: { day: "Tue", period: "1" },
        after: { day: "Tue", period: "3" },
      },
    ]);
  });

  it("pairs a meeting that changed day, and reports a room change", () => {
    const withRooms = (s: Schedule) => s.placements.forEach((p) => (p.room = "101"));
    const before = edit(withRooms);
    const after = edit((s) => {
      withRooms(s);
      s.placements[2] = { section: "bio-1", day: "Tue", period: "3", room: "101" }; // was Mon 2
      s.placements[3]!.room = "102"; // bio-1 Tue 2 changes room
    });
    expect(compareSchedules(school, before, after).moved).toEqual([
      {
        section: "bio-1",
        before: { day: "Mon", period: "2", room: "101" },
        after: { day: "Tue", period: "3", room: "101" },
      },
      {
        section: "bio-1",
        before: { day: "Tue", period: "2", room: "101" },
        after: { day: "Tue", period: "2", room: "102" },
      },
    ]);
  });

  it("reports meetings taken out and put in", () => {
    const fewer = edit((s) => s.placements.splice(0, 1));
    expect(compareSchedules(school, base, fewer).moved).toEqual([
      { section: "alg1-1", before: { day: "Mon", period: "1" }, after: null },
    ]);
    expect(compareSchedules(school, fewer, base).moved).toEqual([
      { section: "alg1-1", before: null, after: { day: "Mon", period: "1" } },
    ]);
  });

  it("lists moves in the school's section order, then calendar order", () => {
    const after = edit((s) => {
      s.placements[3]!.period = "3"; // bio-1 Tue
      s.placements[1]!.period = "3"; // alg1-1 Tue
      s.placements[0]!.period = "2"; // alg1-1 Mon -> clashes are not this function's business
    });
    const moved = compareSchedules(school, base, after).moved;
    expect(moved.map((m) => `${m.section} ${m.before?.day}`)).toEqual([
      "alg1-1 Mon",
      "alg1-1 Tue",
      "bio-1 Tue",
    ]);
  });

  it("reports the planning slots each team gained and lost, with the counts", () => {
    const after = edit((s) => {
      s.planning = [
        { team: "team-9", day: "Tue", period: "3" },
        { team: "team-9", day: "Mon", period: "3" },
        { team: "team-9", day: "Mon", period: "3" }, // a duplicate counts once
      ];
    });
    const moved = edit((s) => (s.planning = [{ team: "team-9", day: "Tue", period: "2" }]));
    expect(compareSchedules(school, base, after).planning).toEqual([
      {
        team: "team-9",
        gained: [{ day: "Tue", period: "3" }],
        lost: [],
        before: 1,
        after: 2,
        required: 1,
      },
    ]);
    expect(compareSchedules(school, base, moved).planning).toEqual([
      {
        team: "team-9",
        gained: [{ day: "Tue", period: "2" }],
        lost: [{ day: "Mon", period: "3" }],
        before: 1,
        after: 1,
        required: 1,
      },
    ]);
    const none = edit((s) => (s.planning = []));
    expect(compareSchedules(school, base, none).planning[0]).toMatchObject({
      after: 0,
      lost: [{ day: "Mon", period: "3" }],
    });
  });

  it("compares two versions of a real school: a swap of two meetings is two moves", () => {
    const middle = instance<School>("middle-m-1.school.json");
    const planted = instance<Schedule>("middle-m-1.planted.json");
    const swapped = structuredClone(planted);
    const [i, j] = [
      0,
      swapped.placements.findIndex(
        (p) =>
          p.section !== planted.placements[0]!.section &&
          p.day === planted.placements[0]!.day &&
          p.period !== planted.placements[0]!.period,
      ),
    ];
    const a = swapped.placements[i]!;
    const b = swapped.placements[j]!;
    [a.period, b.period] = [b.period, a.period];
    const result = compareSchedules(middle, planted, swapped);
    expect(result.moved.map((m) => m.section).sort()).toEqual([a.section, b.section].sort());
    expect(result.planning).toEqual([]);
  });
});
