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
