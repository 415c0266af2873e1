// The local search's stopping rules, on a school that can never come clean.
import { describe, expect, it } from "vitest";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { createRng } from "../../solver/rng.ts";
import { construct } from "../../solver/search/construct.ts";
import { buildNeighbours, DEFAULT_TUNING, localSearch } from "../../solver/search/local.ts";
import { SearchState } from "../../solver/search/state.ts";
import { buildUnits } from "../../solver/search/units.ts";
import { week } from "./small-schools.ts";

/** One teacher with six daily classes in a five-period week: five clashes at least, always. */
const overbooked = () =>
  resolveSchool({
    format: "commons-school/1",
    name: "Overbooked",
    calendar: week(5),
    teachers: [{ id: "ana", name: "Ana" }],
    rooms: [],
    groups: [1, 2, 3, 4, 5, 6].map((k) => ({ id: `g${k}`, name: `G${k}` })),
    sections: [1, 2, 3, 4, 5, 6].map((k) => ({
      id: `math-${k}`,
      course: "Math",
      teachers: ["ana"],
      groups: [`g${k}`],
      meetings: 5,
    })),
    teams: [],
  });

describe("localSearch", () => {
  const run = (stallLimit: number, maxIterations: number) => {
    const model = overbooked();
    const state = new SearchState(model, buildUnits(model).units);
    const neighbours = buildNeighbours(state);
    const rng = createRng(1);
    construct(state, rng, neighbours);
    return localSearch(state, rng, neighbours, {
      deadline: Infinity,
      now: () => 0,
      tuning: { ...DEFAULT_TUNING, stallLimit },
      maxIterations,
    });
  };

  it("stops, stalled, after stallLimit moves without fewer broken rules", () => {
    const result = run(300, 1_000_000);
    expect(result.stoppedBy).toBe("stalled");
    expect(result.bestViolations).toBeGreaterThanOrEqual(5);
    expect(result.iterations).toBeGreaterThan(300);
    expect(result.iterations).toBeLessThan(10_000);
  });

  it("runs to maxIterations when the stall limit is longer", () => {
    const result = run(1_000_000, 2_000);
    expect(result.stoppedBy).toBe("iterations");
    expect(result.iterations).toBe(2_000);
  });
});
