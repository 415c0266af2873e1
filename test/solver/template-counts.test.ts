// The template's counts for a teacher's lunch, on a school small enough to count by hand.
import { describe, expect, it } from "vitest";
import type { School } from "../../solver/model/format.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { TemplateCounts } from "../../solver/search/template-counts.ts";
import { buildItems } from "../../solver/search/template-items.ts";
import { buildUnits } from "../../solver/search/units.ts";
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
