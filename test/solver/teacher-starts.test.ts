// Starts a teacher's own week rules out (teacher-starts.ts): dropped on a school small enough to
// reason out by hand, kept when the reason is taken away, and never one that a known valid
// schedule uses.
import { describe, expect, it } from "vitest";
import { generateSchool } from "../../solver/generate/index.ts";
import type { School, Schedule } from "../../solver/model/format.ts";
import type { Model } from "../../solver/model/model.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { buildItems, type Item } from "../../solver/search/template-items.ts";
import { buildUnits, periodOf, type Unit } from "../../solver/search/units.ts";
import { loadPlanted } from "./load.ts";
import { twoClassesAndTeam } from "./small-schools.ts";

// Ann teaches two daily classes and is away in period 4 from Monday to Wednesday, so neither
// class can go there. Period 3 is the only lunch period: on every day she works it must be free,
// so her classes take periods 1 and 2. Her team can then meet only in period 4 (Thursday or
// Friday): in 1 and 2 she teaches every day, and in 3 she eats every day.
const awayThreeDays = (lunch: boolean): School =>
  twoClassesAndTeam({
    name: "Away Three Days",
    periods: 4,
    teacher: {
      id: "ann",
      name: "Ann",
      unavailable: ["Mon", "Tue", "Wed"].map((day) => ({ day, period: "4" })),
    },
    course: "Art",
    meetings: 5,
    lunch: lunch ? ["3"] : null,
  });

function itemsOf(model: Model): { units: Unit[]; items: Item[] } {
  const { units } = buildUnits(model);
  return { units, items: buildItems(model, units).items };
}

describe("pruneStarts", () => {
  it("drops the starts a teacher's classes, lunch and team leave no room for", () => {
    const model = resolveSchool(awayThreeDays(true));
    const { units, items } = itemsOf(model);
    const team = items.find((item) => item.team !== null)!;
    const classes = items.filter((item) => item.team === null);
    expect(team.starts).toEqual([3]);
    expect(classes).toHaveLength(2);
    for (const item of classes) expect(item.starts).toEqual([0, 1]);
    // The units themselves keep every position: only the template's items are narrowed.
    const unitPeriods = new Set(units[classes[0]!.units[0]!]!.positions.map((p) => periodOf(5, p)));
    expect([...unitPeriods].sort()).toEqual([0, 1, 2]);
  });

  it("keeps them when the school has no lunch window to keep free", () => {
    const model = resolveSchool(awayThreeDays(false));
    const { items } = itemsOf(model);
    expect(items.find((item) => item.team !== null)!.starts).toEqual([0, 1, 2, 3]);
    for (const item of items.filter((it) => it.team === null)) {
      expect(item.starts).toEqual([0, 1, 2]);
    }
  });

  it("on a large middle school, holds a department team to the periods all its members allow", () => {
    const generated = generateSchool({ kind: "middle", sections: 720, seed: 1 });
    const model = resolveSchool(generated.school);
    const { units, items } = itemsOf(model);
    const pe = model.teams.findIndex((team) => team.id === "team-pe-health");
    const item = items.find((it) => it.team !== null && units[it.units[0]!]!.owner === pe)!;
    const periods = new Set(units[item.units[0]!]!.positions.map((p) => periodOf(5, p)));
    expect(item.starts.length).toBeLessThan(periods.size);
    expect(keptStarts(model, units, items, generated.planted)).toEqual({ kept: true, missing: [] });
  });

  it.each(["middle-m-1", "middle-l-1", "elementary-l-1"])(
    "keeps every start the known valid schedule of %s uses",
    (name) => {
      const { model, schedule } = loadPlanted(name);
      const { units, items } = itemsOf(model);
      expect(keptStarts(model, units, items, schedule)).toEqual({ kept: true, missing: [] });
    },
  );
});

/**
 * Whether every item the schedule places at one period (all its units' meetings or slots there)
 * kept that period among its starts; `missing` names those that did not.
 */
function keptStarts(
  model: Model,
  units: Unit[],
  items: Item[],
  schedule: Schedule,
): { kept: boolean; missing: string[] } {
  const periods = new Map<string, Set<number>>();
  const note = (key: string, period: string) => {
    const set = periods.get(key) ?? new Set<number>();
    set.add(model.periodIndex.get(period)!);
    periods.set(key, set);
  };
  for (const p of schedule.placements) note(`section ${p.section}`, p.period);
  for (const p of schedule.planning) note(`team ${p.team}`, p.period);
  const keyOf = (unit: Unit) =>
    unit.kind === "section"
      ? `section ${model.sections[unit.owner]!.id}`
      : `team ${model.teams[unit.owner]!.id}`;
  const missing: string[] = [];
  let checked = 0;
  for (const item of items) {
    const used = new Set(item.units.flatMap((u) => [...(periods.get(keyOf(units[u]!)) ?? [])]));
    if (used.size !== 1) continue;
    checked++;
    const [period] = used;
    if (!item.starts.includes(period!)) missing.push(`${keyOf(units[item.units[0]!]!)}`);
  }
  // Most items sit at one period in every known schedule: the check is not empty.
  return { kept: checked > items.length / 2, missing };
}
