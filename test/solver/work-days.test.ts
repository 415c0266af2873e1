// Part-week teachers' working days (work-days.ts): the limits hold in the known valid schedules,
// a template's choice keeps every class of such a teacher inside its days, and a template whose
// days cannot exist is told apart. Days worked are counted again here from positions.
import { describe, expect, it } from "vitest";
import { parseSchedule } from "../../solver/format/index.ts";
import type { Model } from "../../solver/model/model.ts";
import { createRng } from "../../solver/rng.ts";
import { placeDays } from "../../solver/search/days.ts";
import { buildNeighbours } from "../../solver/search/local.ts";
import { SearchState } from "../../solver/search/state.ts";
import { choosePeriods, narrowToTemplate } from "../../solver/search/template.ts";
import { buildUnits, maskOf, periodOf, popcount, type Unit } from "../../solver/search/units.ts";
import { chooseWorkDays, workDayLimits } from "../../solver/search/work-days.ts";
import { readInstance } from "../shared-path.ts";
import { loadModel } from "./load.ts";

/** Days each teacher teaches or plans in a schedule file, as bit masks. */
function daysWorked(model: Model, file: string): number[] {
  const parsed = parseSchedule(readInstance(file));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors[0]?.message}`);
  const worked = model.teachers.map(() => 0);
  for (const p of parsed.value.placements) {
    const d = model.dayIndex.get(p.day)!;
    for (const t of model.sections[model.sectionIndex.get(p.section)!]!.teachers) {
      worked[t]! |= 1 << d;
    }
  }
  for (const p of parsed.value.planning) {
    const d = model.dayIndex.get(p.day)!;
    for (const t of model.teams[model.teamIndex.get(p.team)!]!.members) worked[t]! |= 1 << d;
  }
  return worked;
}

/** Units held to the periods of a clean template of middle-l-1. */
function narrowedMiddle(seed: number): { model: Model; units: Unit[] } {
  const model = loadModel("middle-l-1");
  const { units } = buildUnits(model);
  const template = choosePeriods(model, units, createRng(seed), 60_000);
  expect(template.penalty).toBe(0);
  return { model, units: narrowToTemplate(model, units, template.period) };
}

const held = (model: Model, limits: Int32Array): number[] =>
  model.teachers.map((t) => t.index).filter((t) => limits[t]! < model.dayCount);

describe("workDayLimits", () => {
  it.each(["middle-m-1", "middle-l-1"])(
    "holds back some of %s's teachers, and its valid schedule keeps to every limit",
    (name) => {
      const model = loadModel(name);
      const limits = workDayLimits(model, buildUnits(model).units);
      expect(held(model, limits).length).toBeGreaterThan(0);
      const worked = daysWorked(model, `${name}.planted.json`);
      model.teachers.forEach((teacher, t) => {
        expect(popcount(worked[t]!), teacher.id).toBeLessThanOrEqual(limits[t]!);
      });
    },
  );

  it("holds back nobody in elementary-s-1, whose teachers may all work every day", () => {
    const model = loadModel("elementary-s-1");
    const limits = workDayLimits(model, buildUnits(model).units);
    expect(held(model, limits)).toEqual([]);
  });
});

describe("chooseWorkDays", () => {
  it("keeps every class of a held-back teacher inside the days chosen for it", () => {
    const { model, units } = narrowedMiddle(1);
    const limits = workDayLimits(model, units);
    const chosen = chooseWorkDays(model, units, createRng(1), 2_000);
    expect(chosen?.found).toBe(true);
    if (!chosen?.found) return;
    const D = model.dayCount;
    const daysOf = new Map(chosen.workDays);
    expect([...daysOf.keys()].sort((a, b) => a - b)).toEqual(held(model, limits));
    for (const [t, days] of daysOf) expect(popcount(days)).toBeLessThanOrEqual(limits[t]!);
    chosen.units.forEach((unit, u) => {
      expect(unit.positions.length, `unit ${u}`).toBeGreaterThan(0);
      for (const pos of unit.positions) {
        expect(units[u]!.positions).toContain(pos);
        for (const t of unit.teachers) {
          const days = daysOf.get(t);
          if (days !== undefined) expect(maskOf(D, pos) & ~days).toBe(0);
        }
      }
    });
  });

  it("finds no days when one teacher's classes are held to more days than it may work", () => {
    const { model, units } = narrowedMiddle(1);
    const D = model.dayCount;
    const limits = workDayLimits(model, units);
    // A held-back teacher with two part-week classes at different periods: give them days that
    // together exceed its limit, and nothing else may be chosen.
    const t = held(model, limits).find(
      (s) => units.filter((u) => u.kind === "section" && u.teachers.includes(s)).length >= 2,
    )!;
    const [a, b] = units.flatMap((u, i) =>
      u.kind === "section" && u.teachers.includes(t) ? [i] : [],
    );
    const masks = (u: number) => [...new Set(units[u]!.positions.map((p) => maskOf(D, p)))];
    let pair: [number, number] | null = null;
    for (const ma of masks(a!))
      for (const mb of masks(b!)) if (!pair && popcount(ma | mb) > limits[t]!) pair = [ma, mb];
    expect(pair).not.toBeNull();
    const forced = units.map((unit, u) =>
      u === a || u === b
        ? {
            ...unit,
            positions: unit.positions.filter(
              (p) => maskOf(D, p) === (u === a ? pair![0] : pair![1]),
            ),
          }
        : unit,
    );
    const chosen = chooseWorkDays(model, forced, createRng(1), 2_000);
    expect(chosen?.found).toBe(false);
    // And with the classes as the template left them, days are found.
    expect(chooseWorkDays(model, units, createRng(1), 2_000)?.found).toBe(true);
  });

  it("answers null for a school with no held-back teacher", () => {
    const model = loadModel("elementary-s-1");
    expect(chooseWorkDays(model, buildUnits(model).units, createRng(1), 100)).toBeNull();
  });
});

describe("placeDays with working-day limits", () => {
  it("never has a held-back teacher work more days than its limit", () => {
    const { model, units } = narrowedMiddle(2);
    const limits = workDayLimits(model, units);
    const state = new SearchState(model, units);
    placeDays(state, createRng(2), buildNeighbours(state), 10, 2);
    const D = model.dayCount;
    const worked = model.teachers.map(() => 0);
    state.units.forEach((unit, u) => {
      const pos = state.pos[u]!;
      if (pos < 0) return;
      expect(periodOf(D, pos)).toBe(periodOf(D, unit.positions[0]!));
      for (const t of unit.teachers) worked[t]! |= maskOf(D, pos);
    });
    for (const t of held(model, limits)) {
      expect(popcount(worked[t]!), model.teachers[t]!.id).toBeLessThanOrEqual(limits[t]!);
    }
  });
});
