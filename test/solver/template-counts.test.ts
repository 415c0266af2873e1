// The template's counts: a teacher's lunch on a school small enough to count by hand, and the
// penalties of a shared school through moves taken and undone.
import { describe, expect, it } from "vitest";
import type { School } from "../../solver/model/format.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { createRng } from "../../solver/rng.ts";
import { TemplateCounts } from "../../solver/search/template-counts.ts";
import { buildItems } from "../../solver/search/template-items.ts";
import { buildUnits } from "../../solver/search/units.ts";
import { loadModel } from "./load.ts";
import { week } from "./small-schools.ts";

/** Hal's three health classes meet on Tuesday and Thursday only; periods 3 to 5 are lunch. */
const tuesdaysAndThursdays = (): School => ({
  format: "commons-school/1",
  name: "Health Twice a Week",
  calendar: week(5),
  teachers: [{ id: "hal", name: "Hal" }],
  rooms: [],
  groups: [1, 2, 3].map((k) => ({ id: `g${k}`, name: `G${k}` })),
  sections: [1, 2, 3].map((k) => ({
    id: `health-${k}`,
    course: "Health",
    teachers: ["hal"],
    groups: [`g${k}`],
    meetings: 2,
    allowedDays: ["Tue", "Thu"],
  })),
  teams: [],
  lunch: { periods: ["3", "4", "5"] },
});

describe("TemplateCounts, a teacher's lunch", () => {
  const model = resolveSchool(tuesdaysAndThursdays());
  const hal = 0;
  const periods = (...at: number[]) => {
    const counts = new TemplateCounts(model, buildItems(model, buildUnits(model).units));
    at.forEach((p, i) => counts.moveTo(i, p));
    return counts;
  };

  it("finds no lunch on the days the classes surely fill every lunch period", () => {
    // Periods 3, 4 and 5 (indices 2-4): on Tuesday and Thursday Hal teaches through the whole
    // lunch window, though nine of its fifteen lunch slots in the week are free.
    // One for each of the two days, doubled as every teacher's rules are.
    const counts = periods(2, 3, 4);
    expect(counts.pen[hal]).toBe(4);
    expect(counts.broken).toContain(hal);
  });

  it("is content when one lunch period stays free on those days", () => {
    const counts = periods(0, 3, 4);
    expect(counts.pen[hal]).toBe(0);
    expect(counts.total).toBe(0);
  });
});

/**
 * Ann teaches six classes that meet every day, has lunch in period 4 or 5, and is away on Monday
 * in period 8: on Monday she has seven periods, one of them lunch.
 */
const awayMondayLate = (minFreePerDay: number): School => ({
  format: "commons-school/1",
  name: "Away Monday Late",
  calendar: week(8),
  teachers: [{ id: "ann", name: "Ann", minFreePerDay, unavailable: [{ day: "Mon", period: "8" }] }],
  rooms: [],
  groups: [1, 2, 3, 4, 5, 6].map((k) => ({ id: `g${k}`, name: `G${k}` })),
  sections: [1, 2, 3, 4, 5, 6].map((k) => ({
    id: `math-${k}`,
    course: "Math",
    teachers: ["ann"],
    groups: [`g${k}`],
    meetings: 5,
  })),
  teams: [],
  lunch: { periods: ["4", "5"] },
});

describe("TemplateCounts, periods a teacher is surely busy on a day", () => {
  const periods = (minFreePerDay: number, at: number[]) => {
    const model = resolveSchool(awayMondayLate(minFreePerDay));
    const counts = new TemplateCounts(model, buildItems(model, buildUnits(model).units));
    at.forEach((p, i) => counts.moveTo(i, p));
    return counts;
  };
  // Periods 1-4, 6 and 7: every one full every day, period 5 free for lunch, period 8 free on
  // the four days she is there. In aggregate she has a lunch and a free period every day.
  const columns = [0, 1, 2, 3, 5, 6];

  it("finds Monday one free period short of minFreePerDay", () => {
    // On Monday her six classes and lunch take all seven periods: one short, doubled.
    const counts = periods(1, columns);
    expect(counts.pen[0]).toBe(2);
    expect(counts.broken).toEqual([0]);
  });

  it("is content when the day need not keep a period free beyond lunch", () => {
    expect(periods(0, columns).total).toBe(0);
  });
});

/**
 * Ann and Ben plan twice a week, a meeting a day; Ben is away on Tuesday and Thursday, so they
 * choose two of Monday, Wednesday and Friday. Ann also plans with Cal every day, teaches four
 * classes every day (or three, and art three days a week), has lunch in period 4 or 5, keeps a
 * period free each day, and is away in period 8 on `awayLate`.
 */
const teamTwice = (awayLate: string[], art = false): School => ({
  format: "commons-school/1",
  name: "Team Twice a Week",
  calendar: week(8),
  teachers: [
    {
      id: "ann",
      name: "Ann",
      minFreePerDay: 1,
      unavailable: awayLate.map((day) => ({ day, period: "8" })),
    },
    {
      id: "ben",
      name: "Ben",
      unavailable: ["Tue", "Thu"].flatMap((day) =>
        week(8).periods.map((p) => ({ day, period: p.id })),
      ),
    },
    { id: "cal", name: "Cal" },
  ],
  rooms: [],
  groups: [1, 2, 3, 4].map((k) => ({ id: `g${k}`, name: `G${k}` })),
  sections: [1, 2, 3, 4].map((k) => ({
    id: art && k === 4 ? "art" : `math-${k}`,
    course: art && k === 4 ? "Art" : "Math",
    teachers: ["ann"],
    groups: [`g${k}`],
    meetings: art && k === 4 ? 3 : 5,
  })),
  teams: [
    {
      id: "pair",
      members: ["ann", "ben"],
      planning: { perCycle: 2, maxPerDay: 1, samePeriod: false },
    },
    {
      id: "daily",
      members: ["ann", "cal"],
      planning: { perCycle: 5, maxPerDay: 1, samePeriod: false },
    },
  ],
  lunch: { periods: ["4", "5"] },
});

describe("TemplateCounts, a team that chooses its days", () => {
  // Ann's classes at periods 1-3 and 6, her daily team at 7, the pair in period 4: on a day she
  // is away in period 8, her classes, her daily team, the pair and a lunch leave her no free
  // period. No one meeting of either team is sure of its day: the days are the template's.
  const team = (awayLate: string[], art = false, spareTeamDays = false) => {
    const model = resolveSchool(teamTwice(awayLate, art));
    const { units } = buildUnits(model);
    const { items } = buildItems(model, units);
    const counts = new TemplateCounts(model, { items, roomClasses: [] }, { spareTeamDays });
    // Each item by its section's or team's id. With art, it shares period 4 with the pair: that
    // column is full, art on the other days.
    const period: Record<string, number> = {
      "math-1": 0,
      "math-2": 1,
      "math-3": 2,
      "math-4": 5,
      art: 3,
      pair: 3,
      daily: 6,
    };
    const idOf = (i: number) => {
      const unit = units[items[i]!.units[0]!]!;
      return unit.kind === "planning"
        ? model.teams[unit.owner]!.id
        : model.sections[unit.owner]!.id;
    };
    items.forEach((_, i) => counts.moveTo(i, period[idOf(i)]!));
    expect(counts.at.every((p) => p >= 0)).toBe(true);
    const pair = items.findIndex((_, i) => idOf(i) === "pair");
    return { counts, pair: counts.firstTeam + counts.plans.findIndex((p) => p.item === pair) };
  };

  it("is content while two of its days leave every member room for the meeting", () => {
    // Monday is out (Ann away late), Wednesday and Friday are left.
    expect(team(["Mon"]).counts.total).toBe(0);
  });

  it("counts the days it lacks when fewer are left than it meets", () => {
    // Monday and Wednesday are out: one day short.
    const { counts, pair } = team(["Mon", "Wed"]);
    expect(counts.pen[pair]).toBe(1);
    expect(counts.broken).toEqual([pair]);
  });

  it("takes no period more on a day where its period is already surely busy", () => {
    // Ann's period 4 is full (art three days, the pair two): her Monday and Wednesday hold
    // three classes, the period-4 column, her daily team, a lunch and a free period, the pair
    // or art in period 4 whichever it is.
    expect(team(["Mon", "Wed"], true).counts.total).toBe(0);
  });

  it("asks for a period to spare there when told to (spareTeamDays)", () => {
    // The same template: Monday and Wednesday leave Ann nothing to spare, one day short.
    const { counts, pair } = team(["Mon", "Wed"], true, true);
    expect(counts.pen[pair]).toBe(1);
    expect(counts.broken).toEqual([pair]);
    // Where she has a period to spare every day, the pair is content either way.
    expect(team([], true, true).counts.total).toBe(0);
  });
});

describe("TemplateCounts, moves tried and undone", () => {
  it("keeps every penalty as counting afresh would", () => {
    // middle-m-1: teams, part-week bundles, rooms and lunch, every kind of penalty.
    const model = loadModel("middle-m-1");
    const items = buildItems(model, buildUnits(model).units);
    const counts = new TemplateCounts(model, items);
    const rng = createRng(7);
    const anyStart = (i: number) => items.items[i]!.starts[rng.int(items.items[i]!.starts.length)]!;
    items.items.forEach((_, i) => counts.moveTo(i, anyStart(i)));
    let undone = 0;
    for (let k = 0; k < 400; k++) {
      const first = rng.int(items.items.length);
      const moved = [first, (first + 1 + rng.int(items.items.length - 1)) % items.items.length];
      if (!counts.applyUnlessWorse(moved.map((i) => [i, anyStart(i)]))) undone++;
    }
    const fresh = new TemplateCounts(model, items);
    counts.at.forEach((p, i) => fresh.moveTo(i, p));
    // Both ways happened, and where the moves left the items, the penalties are as counted anew.
    expect(undone).toBeGreaterThan(50);
    expect(undone).toBeLessThan(400);
    expect(counts.total).toBeGreaterThan(0);
    expect(counts.total).toBe(fresh.total);
    expect(counts.weighted).toBe(fresh.weighted);
    expect([...counts.pen]).toEqual([...fresh.pen]);
    expect([...counts.broken].sort((a, b) => a - b)).toEqual(
      [...fresh.broken].sort((a, b) => a - b),
    );
  });
});
