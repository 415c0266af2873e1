// Days for a template: the backtracking placement (days.ts) and the Kempe chain between two days
// (moves.ts). Clashes are counted again here from the positions, not read from the search's own
// counters.
import { describe, expect, it } from "vitest";
import { generateSchool } from "../../solver/generate/index.ts";
import type { Model } from "../../solver/model/model.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { createRng } from "../../solver/rng.ts";
import { construct } from "../../solver/search/construct.ts";
import { placeDays } from "../../solver/search/days.ts";
import { buildNeighbours } from "../../solver/search/local.ts";
import { kempeDays } from "../../solver/search/moves.ts";
import { SearchState } from "../../solver/search/state.ts";
import { choosePeriods, narrowToTemplate } from "../../solver/search/template.ts";
import { buildUnits, maskOf, periodOf, popcount } from "../../solver/search/units.ts";
import { loadModel } from "./load.ts";

/** The day search's starting point: every unit held to the periods of a clean template. */
function narrowed(model: Model, seed: number, steps: number): SearchState {
  const { units } = buildUnits(model);
  const template = choosePeriods(model, units, createRng(seed), steps);
  expect(template.penalty).toBe(0);
  return new SearchState(model, narrowToTemplate(model, units, template.period));
}

/** Teacher and group double bookings and unavailable teachers, counted from the positions. */
function clashes(state: SearchState): number {
  const { D, P, N } = state;
  const teacher = new Int32Array(state.model.teachers.length * N);
  const leaf = new Int32Array(state.model.groups.length * N);
  let found = 0;
  state.units.forEach((unit, u) => {
    const pos = state.pos[u]!;
    if (pos < 0) return;
    for (let d = 0; d < D; d++) {
      if (!(maskOf(D, pos) & (1 << d))) continue;
      for (let k = 0; k < unit.length; k++) {
        const s = d * P + periodOf(D, pos) + k;
        for (const t of unit.teachers) {
          if (teacher[t * N + s]!++ > 0) found++;
          if (state.model.teachers[t]!.unavailable[s]) found++;
        }
        for (const l of unit.leaves) if (leaf[l * N + s]!++ > 0) found++;
      }
    }
  });
  return found;
}

const elementary600 = (): Model =>
  resolveSchool(generateSchool({ kind: "elementary", sections: 600, seed: 1 }).school);

describe("placeDays", () => {
  it("places every unit of elementary-l-1's template without a clash", () => {
    const state = narrowed(loadModel("elementary-l-1"), 1, 60_000);
    const placement = placeDays(state, createRng(1), buildNeighbours(state), 10, 2);
    state.units.forEach((unit, u) => {
      expect(unit.positions, `unit ${u}`).toContain(state.pos[u]);
    });
    expect(placement.placed).toBeGreaterThan(0);
    expect(clashes(state)).toBe(0);
  });

  it("leaves a generated 600-section school fewer broken rules than greedy construction", () => {
    const model = elementary600();
    // Template seed 1: the seeds' templates change with every change to the template search
    // (seed 2, used before, ends unclean in 60,000 steps since its relocations flush once a start).
    const greedy = narrowed(model, 1, 60_000);
    construct(greedy, createRng(1), buildNeighbours(greedy));
    const backtracked = narrowed(model, 1, 60_000);
    const neighbours = buildNeighbours(backtracked);
    placeDays(backtracked, createRng(1), neighbours, 10, 2);
    construct(backtracked, createRng(1), neighbours);
    expect(clashes(greedy)).toBeGreaterThan(0);
    expect(backtracked.violations).toBeLessThan(greedy.violations);
    expect(clashes(backtracked)).toBeLessThan(clashes(greedy));
  });

  it("keeps, where a part runs out of tries, the deepest clash-free placement it reached", () => {
    const state = narrowed(elementary600(), 1, 60_000);
    const single = state.units.filter((unit) => unit.positions.length === 1).length;
    // One try per unit and no restart: most parts run out and fall back on their deepest.
    const placement = placeDays(state, createRng(3), buildNeighbours(state), 1, 0);
    const placed = state.units.filter((_, u) => state.pos[u]! >= 0).length;
    expect(placed - single).toBe(placement.placed);
    expect(placement.placed).toBeLessThan(state.units.length - single);
    expect(placement.placed).toBeGreaterThan(0);
    expect(clashes(state)).toBe(0);
  });

  it("stops when told to (a cancelled solve, an expired limit)", () => {
    const state = narrowed(loadModel("elementary-l-1"), 1, 60_000);
    let asked = 0;
    const placement = placeDays(state, createRng(1), buildNeighbours(state), 10, 2, () => {
      asked++;
      return true;
    });
    expect(asked).toBeGreaterThan(0);
    expect(placement).toEqual({ placed: 0, nodes: 0 });
    // Only the units with a single position are placed; the rest wait for construction.
    state.units.forEach((unit, u) => {
      if (unit.positions.length > 1) expect(state.pos[u]).toBe(-1);
    });
  });
});

describe("kempeDays", () => {
  it("moves classes between two days at one period and keeps a clash-free placement clash-free", () => {
    const state = narrowed(loadModel("elementary-l-1"), 1, 60_000);
    const neighbours = buildNeighbours(state);
    placeDays(state, createRng(1), neighbours, 10, 2);
    expect(clashes(state)).toBe(0);
    const { D } = state;
    const positionSets = state.units.map((unit) => new Set(unit.positions));
    const mark = new Int32Array(state.units.length);
    const rng = createRng(7);
    let chains = 0;
    let longest = 0;
    for (let stamp = 1; stamp <= 2_000; stamp++) {
      const u = rng.int(state.units.length);
      const move = kempeDays(state, neighbours, positionSets, u, rng, mark, stamp);
      if (move === null) continue;
      const p = periodOf(D, state.pos[u]!);
      const swapped = maskOf(D, move[0]![1]) ^ maskOf(D, state.pos[u]!);
      expect(popcount(swapped)).toBe(2);
      for (const [v, to] of move) {
        expect(periodOf(D, to)).toBe(p);
        expect(maskOf(D, to) ^ maskOf(D, state.pos[v]!)).toBe(swapped);
        expect(positionSets[v]!.has(to)).toBe(true);
      }
      for (const [v, to] of move) state.place(v, to);
      expect(clashes(state)).toBe(0);
      chains++;
      longest = Math.max(longest, move.length);
    }
    expect(chains).toBeGreaterThan(100);
    // Chains, not only single units: the homeroom's other class takes the day given up.
    expect(longest).toBeGreaterThan(2);
  });
});
