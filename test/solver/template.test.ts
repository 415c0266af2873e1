// The period template: what it promises is checked here from the units and the periods it
// returns, counted again independently of the template's own bookkeeping.
import { describe, expect, it } from "vitest";
import type { Model } from "../../solver/model/model.ts";
import { createRng } from "../../solver/rng.ts";
import { choosePeriods, narrowToTemplate } from "../../solver/search/template.ts";
import { buildUnits, periodOf, type Unit } from "../../solver/search/units.ts";
import { loadModel } from "./load.ts";

/** Meetings per cycle of each teacher and each group at each period, from units and periods. */
function loads(model: Model, units: Unit[], period: Int32Array) {
  const P = model.periodCount;
  const teacher = new Int32Array(model.teachers.length * P);
  const cover = new Int32Array(model.groups.length * P);
  units.forEach((unit, u) => {
    const p = period[u]!;
    for (let k = 0; k < unit.length; k++) {
      for (const t of unit.teachers) teacher[t * P + p + k]! += unit.count;
      for (const g of unit.covers) cover[g * P + p + k]! += unit.count;
    }
  });
  return { teacher, cover };
}

describe("choosePeriods", () => {
  for (const [name, seed] of [
    ["elementary-l-1", 1],
    ["middle-m-1", 1],
  ] as const) {
    it(`${name}: a clean template keeps every aggregate rule`, () => {
      const model = loadModel(name);
      const { units } = buildUnits(model);
      const { period, penalty } = choosePeriods(model, units, createRng(seed), 60_000);
      expect(penalty).toBe(0);
      const D = model.dayCount;
      const P = model.periodCount;
      // Every unit got one of its own periods.
      units.forEach((unit, u) => {
        expect(unit.positions.map((pos) => periodOf(D, pos))).toContain(period[u]);
      });
      const { teacher, cover } = loads(model, units, period);
      // No teacher meets more classes (and plans more) at a period than days it works there.
      model.teachers.forEach((t, ti) => {
        for (let p = 0; p < P; p++) {
          let open = 0;
          for (let d = 0; d < D; d++) if (!t.unavailable[d * P + p]) open++;
          expect(teacher[ti * P + p]!, `${t.id} at period ${p}`).toBeLessThanOrEqual(open);
        }
      });
      // A fullDay group has a class every day outside the lunch window, one lunch a day in it.
      const lunch = model.lunchPeriods!;
      for (const g of model.groups.filter((x) => x.fullDay)) {
        let lunchHoles = 0;
        for (let p = 0; p < P; p++) {
          const c = cover[g.index * P + p]!;
          if (lunch[p]) lunchHoles += D - c;
          else expect(c, `${g.id} at period ${p}`).toBe(D);
        }
        expect(lunchHoles, g.id).toBe(D);
      }
      // At a team's planning period its members have nothing else on enough days to meet.
      units.forEach((unit, u) => {
        if (unit.kind !== "planning") return;
        const p = period[u]!;
        const planned = units
          .filter((v, w) => v.kind === "planning" && v.owner === unit.owner && period[w] === p)
          .reduce((n, v) => n + v.count, 0);
        const others = unit.teachers.reduce((n, t) => n + teacher[t * P + p]! - planned, 0);
        expect(others, model.teams[unit.owner]!.id).toBeLessThanOrEqual(D - planned);
      });
    });
  }

  describe("from a clean template, with lessons learned (middle-m-1)", () => {
    const model = loadModel("middle-m-1");
    const { units } = buildUnits(model);
    const D = model.dayCount;
    const P = model.periodCount;
    const first = choosePeriods(model, units, createRng(1), 60_000);
    const before = loads(model, units, first.period).teacher;
    const teacher = (id: string) => model.teachers.findIndex((t) => t.id === id);
    const lunchPeriods = [...Array(P).keys()].filter((p) => model.lunchPeriods![p]);
    /** A repair, not a new template: most units keep their period, in fewer steps. */
    const expectRepair = (next: { period: Int32Array; steps: number }) => {
      const kept = units.filter((_, u) => next.period[u] === first.period[u]).length;
      expect(kept / units.length).toBeGreaterThan(0.8);
      expect(next.steps).toBeLessThan(first.steps);
    };

    it("a cut leaves the teacher one class fewer at that period than days it can work", () => {
      expect(first.penalty).toBe(0);
      // t-lewis works every day and, in this template, teaches at the third period on all.
      const t = teacher("t-lewis");
      expect(model.teachers[t]!.unavailable.some(Boolean)).toBe(false);
      expect(before[t * P + 2]).toBe(D);
      const next = choosePeriods(model, units, createRng(2), 60_000, {
        from: first.period,
        cuts: [[t, 2, D - 1]],
      });
      expect(next.penalty).toBe(0);
      expect(loads(model, units, next.period).teacher[t * P + 2]).toBeLessThanOrEqual(D - 1);
      expectRepair(next);
    });

    it("a strict lunch leaves the teacher a lunch period free on every day", () => {
      // t-lewis-hassan works every day and has classes at every lunch period in this template.
      const t = teacher("t-lewis-hassan");
      expect(model.teachers[t]!.unavailable.some(Boolean)).toBe(false);
      expect(lunchPeriods.every((p) => before[t * P + p]! > 0)).toBe(true);
      const next = choosePeriods(model, units, createRng(2), 60_000, {
        from: first.period,
        strictLunchFor: [t],
      });
      expect(next.penalty).toBe(0);
      const after = loads(model, units, next.period).teacher;
      expect(lunchPeriods.some((p) => after[t * P + p] === 0)).toBe(true);
      expectRepair(next);
    });
  });

  it("is reproducible: the same seed gives the same periods", () => {
    const model = loadModel("middle-s-1");
    const { units } = buildUnits(model);
    const run = (seed: number) =>
      Array.from(choosePeriods(model, units, createRng(seed), 20_000).period);
    expect(run(3)).toEqual(run(3));
    expect(run(3)).not.toEqual(run(4));
  });

  it("stops when asked to", () => {
    const model = loadModel("elementary-l-1");
    const { units } = buildUnits(model);
    const result = choosePeriods(model, units, createRng(1), 1e9, { shouldStop: () => true });
    expect(result.steps).toBe(0);
  });
});

describe("narrowToTemplate", () => {
  it("keeps only a unit's positions at its template period, and never adds one", () => {
    const model = loadModel("middle-s-1");
    const { units } = buildUnits(model);
    const { period } = choosePeriods(model, units, createRng(1), 20_000);
    const narrowed = narrowToTemplate(model, units, period);
    const D = model.dayCount;
    narrowed.forEach((unit, u) => {
      const before = new Set(units[u]!.positions);
      expect(unit.positions.length).toBeGreaterThan(0);
      for (const pos of unit.positions) {
        expect(before.has(pos)).toBe(true);
        expect(periodOf(D, pos)).toBe(period[u]);
      }
    });
  });
});
