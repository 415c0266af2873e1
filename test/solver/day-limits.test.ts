// Days a teacher's sure meetings already fill (day-limits.ts): a position dropped on a school
// small enough to reason out by hand, kept when the limit is taken away, and never one that a
// known valid schedule uses.
import { describe, expect, it } from "vitest";
import { generateSchool } from "../../solver/generate/index.ts";
import type { School, Schedule } from "../../solver/model/format.ts";
import type { Model } from "../../solver/model/model.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { buildUnits, encode, maskOf, type Unit } from "../../solver/search/units.ts";
import { loadPlanted } from "./load.ts";
import { twoClassesAndTeam } from "./small-schools.ts";

// Sol works Monday, Wednesday and Friday, and is away in period 2 on Monday. Her two classes
// meet three days a week, so on all three of her days. On Monday four open periods, less a lunch
// and her one free period, leave room for those two classes only: her team cannot meet then.
const partWeek = (minFreePerDay: number): School =>
  twoClassesAndTeam({
    name: "Part Week",
    periods: 5,
    teacher: {
      id: "sol",
      name: "Sol",
      minFreePerDay,
      unavailable: [
        { day: "Mon", period: "2" },
        ...["Tue", "Thu"].flatMap((day) =>
          ["1", "2", "3", "4", "5"].map((period) => ({ day, period })),
        ),
      ],
    },
    course: "Spanish",
    meetings: 3,
    lunch: ["3"],
  });

/** The days a unit's positions use, as day ids. */
function daysOf(model: Model, unit: Unit): string[] {
  let days = 0;
  for (const pos of unit.positions) days |= maskOf(model.dayCount, pos);
  return model.dayIds.filter((_, d) => days & (1 << d));
}

describe("dropOverfullDays", () => {
  it("keeps a team's planning off a day its member's sure classes fill", () => {
    const model = resolveSchool(partWeek(1));
    const { units } = buildUnits(model);
    const planning = units.find((u) => u.kind === "planning")!;
    expect(daysOf(model, planning)).toEqual(["Wed", "Fri"]);
    // Her classes keep every period she is there on all three days (all but period 2).
    for (const unit of units.filter((u) => u.kind === "section")) {
      expect(daysOf(model, unit)).toEqual(["Mon", "Wed", "Fri"]);
      expect(unit.positions).toHaveLength(4);
    }
  });

  it("keeps Monday when she needs no free period", () => {
    const model = resolveSchool(partWeek(0));
    const planning = buildUnits(model).units.find((u) => u.kind === "planning")!;
    expect(daysOf(model, planning)).toEqual(["Mon", "Wed", "Fri"]);
  });

  it("keeps every position the 720-section school's planted schedule uses", () => {
    const generated = generateSchool({ kind: "middle", sections: 720, seed: 1 });
    const model = resolveSchool(generated.school);
    expect(missingPositions(model, buildUnits(model).units, generated.planted)).toEqual([]);
  });

  it.each(["middle-m-1", "middle-l-1", "elementary-l-1", "high-l-1"])(
    "keeps every position the known valid schedule of %s uses",
    (name) => {
      const { model, schedule } = loadPlanted(name);
      expect(missingPositions(model, buildUnits(model).units, schedule)).toEqual([]);
    },
  );
});

/**
 * The sections and teams whose scheduled meetings no unit offers: for a unit that keeps one
 * period, its period and days; for a section or team split into single meetings, each meeting.
 */
function missingPositions(model: Model, units: Unit[], schedule: Schedule): string[] {
  const D = model.dayCount;
  const slots = new Map<string, [number, number][]>();
  const note = (key: string, day: string, period: string) => {
    const list = slots.get(key) ?? [];
    list.push([model.dayIndex.get(day)!, model.periodIndex.get(period)!]);
    slots.set(key, list);
  };
  for (const p of schedule.placements) note(`section ${p.section}`, p.day, p.period);
  for (const p of schedule.planning) note(`team ${p.team}`, p.day, p.period);
  const missing: string[] = [];
  const byKey = new Map<string, Unit[]>();
  for (const unit of units) {
    const key =
      unit.kind === "section"
        ? `section ${model.sections[unit.owner]!.id}`
        : `team ${model.teams[unit.owner]!.id}`;
    byKey.set(key, [...(byKey.get(key) ?? []), unit]);
  }
  for (const [key, list] of byKey) {
    const used = slots.get(key) ?? [];
    if (list.length === 1 && list[0]!.splitKey < 0) {
      const mask = used.reduce((m, [d]) => m | (1 << d), 0);
      if (!list[0]!.positions.includes(encode(D, used[0]![1], mask))) missing.push(key);
    } else {
      for (const [d, p] of used) {
        const pos = encode(D, p, 1 << d);
        if (!list.some((u) => u.positions.includes(pos))) missing.push(`${key} ${d}:${p}`);
      }
    }
  }
  return missing;
}
