// The period template: what it promises is checked here from the units and the periods it
// returns, counted again independently of the template's own bookkeeping.
import { describe, expect, it } from "vitest";
import { generateSchool } from "../../solver/generate/index.ts";
import type { Model } from "../../solver/model/model.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
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

/** The generator's 720-section middle school: 24 teams, subject teams of 8, departments of 50. */
const middle720 = (): Model =>
  resolveSchool(generateSchool({ kind: "middle", sections: 720, seed: 1 }).school);

describe("choosePeriods", () => {
  for (const [name, load, seed, steps] of [
    ["elementary-l-1", () => loadModel("elementary-l-1"), 1, 60_000],
    ["middle-m-1", () => loadModel("middle-m-1"), 2, 60_000],
    // No template was found for it in 200k steps before column moves (docs/adr/0004); with
    // forced days (docs/adr/0006) seed 2 found one in 48k, seeds 1 and 3-6 not in 100k; with
    // teachers' starts (docs/adr/0011) seeds 1 and 3-6 find one in 10k-78k, seed 2 not in 150k.
    ["generated middle, 720 sections", middle720, 6, 100_000],
  ] as const) {
    it(`${name}: a clean template keeps every aggregate rule`, () => {
      const model = load();
      const { units } = buildUnits(model);
      const { period, penalty } = choosePeriods(model, units, createRng(seed), steps);
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
    const lunchPeriods = [...Array(P).keys()].filter((p) => model.lunchPeriods![p]);
    const everyDay = model.teachers.filter((t) => !t.unavailable.some(Boolean)).map((t) => t.index);
    /**
     * What the day search could teach a template: a teacher who works every day and teaches at
     * period p on all of them, in classes that meet fewer days (so one can move), and a teacher
     * who works every day and has classes at every lunch period.
     */
    const subjectsOf = (period: Int32Array) => {
      const teacher = loads(model, units, period).teacher;
      const cut = everyDay
        .flatMap((t) => [...Array(P).keys()].map((p) => [t, p] as const))
        .find(([t, p]) => {
          const there = units.filter((v, u) => period[u] === p && v.teachers.includes(t));
          return teacher[t * P + p] === D && there.length > 1 && there.every((v) => v.count < D);
        });
      const noLunch = everyDay.find((t) => lunchPeriods.every((p) => teacher[t * P + p]! > 0));
      return cut && noLunch !== undefined ? { cut, noLunch } : null;
    };
    // The first clean template, of seeds 1-10, that has both.
    let first = choosePeriods(model, units, createRng(1), 60_000);
    let subjects = subjectsOf(first.period);
    for (let seed = 2; seed <= 10 && (first.penalty > 0 || !subjects); seed++) {
      first = choosePeriods(model, units, createRng(seed), 60_000);
      subjects = subjectsOf(first.period);
    }
    const keptFrom = (period: Int32Array) =>
      units.filter((_, u) => period[u] === first.period[u]).length / units.length;
    // Another template found from scratch keeps about a third of the units' periods (a fifth
    // before the teachers' starts narrowed what templates may choose, docs/adr/0011).
    const fresh = keptFrom(choosePeriods(model, units, createRng(11), 60_000).period);
    /**
     * A repair, not a new template: more than half, and twice as many units keep their period.
     * (It was also sooner than the first template; since the teachers' starts, new templates of
     * this school take about 2,000 steps, no more than a repair. On the 720-section school
     * repairs took 170-1,000 steps against 22,000-72,000, a traced solve, docs/adr/0011.)
     */
    const expectRepair = (next: { period: Int32Array; steps: number }) => {
      expect(keptFrom(next.period)).toBeGreaterThan(Math.max(0.5, 2 * fresh));
    };

    it("a cut leaves the teacher one class fewer at that period than days it can work", () => {
      expect(first.penalty).toBe(0);
      const [t, p] = subjects!.cut;
      // Seed 3: since the lunch on sure days (docs/adr/0013) seed 2 no longer finds this repair
      // in 60k steps (seeds 1 and 3-7 do, in 2.6k-4.2k; 8 does not either).
      const next = choosePeriods(model, units, createRng(3), 60_000, {
        from: first.period,
        cuts: [[t, p, D - 1]],
      });
      expect(next.penalty).toBe(0);
      expect(loads(model, units, next.period).teacher[t * P + p]).toBeLessThanOrEqual(D - 1);
      expectRepair(next);
    });

    it("a strict lunch leaves the teacher a lunch period free on every day", () => {
      expect(first.penalty).toBe(0);
      const t = subjects!.noLunch;
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

  it("gives up after stallSteps steps without a new best, and changes nothing before", () => {
    const model = loadModel("middle-m-1");
    const { units } = buildUnits(model);
    const run = (seed: number, stallSteps?: number) =>
      choosePeriods(model, units, createRng(seed), 30_000, { stallSteps, ruinAfter: Infinity });
    // Without ruins, seed 39 ends one rule short after 30k steps (the only one of seeds 1-40
    // that did), its last new best thousands of steps before.
    const stuck = run(39);
    expect(stuck.steps).toBe(30_000);
    expect(stuck.penalty).toBeGreaterThan(0);
    const stalled = run(39, 5_000);
    expect(stalled.steps).toBeGreaterThan(5_000);
    expect(stalled.steps).toBeLessThan(30_000);
    expect(stalled.penalty).toBeGreaterThan(0);
    // Seed 2 comes clean without so long a wait: the same template either way.
    const clean = run(2);
    expect(clean.penalty).toBe(0);
    expect(run(2, 5_000)).toEqual(clean);
  });

  it("ruins and recreates part of a template stuck a few rules short, until it comes clean", () => {
    const model = loadModel("middle-m-1");
    const { units } = buildUnits(model);
    const run = (seed: number, ruinAfter?: number) =>
      choosePeriods(model, units, createRng(seed), 20_000, { ruinAfter });
    // Seeds 4 and 23 sit a rule or two short for 20k steps without ruins (the only ones of seeds
    // 1-30), and come clean with them, in 4.5k and 7.4k steps.
    for (const seed of [4, 23]) {
      const without = run(seed, Infinity);
      expect(without.steps).toBe(20_000);
      expect(without.penalty).toBeGreaterThan(0);
      const ruined = run(seed);
      expect(ruined.penalty).toBe(0);
      expect(ruined.steps).toBeLessThan(10_000);
    }
    // Seed 2 comes clean before any ruin: the same template either way.
    expect(run(2)).toEqual(run(2, Infinity));
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
