// Units and the moves that keep structures whole, on small hand-made placements.
import { describe, expect, it } from "vitest";
import { createRng } from "../../solver/rng.ts";
import { alignDays } from "../../solver/search/moves.ts";
import { SearchState } from "../../solver/search/state.ts";
import { buildUnits, encode, maskOf, periodOf } from "../../solver/search/units.ts";
import { loadModel, loadSchool } from "./load.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";

describe("buildUnits", () => {
  it("never offers a position in which one of the unit's teachers is unavailable", () => {
    const model = loadModel("middle-m-1");
    const { units } = buildUnits(model);
    const D = model.dayCount;
    const P = model.periodCount;
    let checked = 0;
    for (const unit of units) {
      if (unit.positions.length <= 1) continue;
      expect(unit.positions.length).toBeGreaterThan(0);
      for (const pos of unit.positions) {
        for (let d = 0; d < D; d++) {
          if (!(maskOf(D, pos) & (1 << d))) continue;
          for (let k = 0; k < unit.length; k++) {
            const slot = d * P + periodOf(D, pos) + k;
            for (const t of unit.teachers) {
              expect(model.teachers[t]!.unavailable[slot]).toBe(false);
              checked++;
            }
          }
        }
      }
    }
    // The school has teachers with unavailable slots, so the check above is not vacuous.
    expect(model.teachers.some((t) => t.unavailable.some(Boolean))).toBe(true);
    expect(checked).toBeGreaterThan(1000);
  });

  it("keeps a section's positions when every one of them meets an unavailable teacher", () => {
    const school = structuredClone(loadSchool("middle-s-1"));
    const section = school.sections.find((s) => !s.pinned?.length)!;
    const teacher = school.teachers.find((t) => t.id === section.teachers[0])!;
    teacher.unavailable = school.calendar.days.flatMap((d) =>
      school.calendar.periods.map((p) => ({ day: d.id, period: p.id })),
    );
    const model = resolveSchool(school);
    const { units } = buildUnits(model);
    const own = units.filter(
      (u) => u.kind === "section" && u.owner === model.sectionIndex.get(section.id),
    );
    expect(own.length).toBeGreaterThan(0);
    for (const unit of own) expect(unit.positions.length).toBeGreaterThan(1);
  });
});

describe("alignDays", () => {
  it("gives a part-week class the days of its teacher's other class, and the group's other class the days it leaves", () => {
    const model = loadModel("middle-m-1");
    const { units } = buildUnits(model);
    const state = new SearchState(model, units);
    const D = model.dayCount;
    const find = (id: string) =>
      units.findIndex((u) => u.kind === "section" && model.sections[u.owner]!.id === id);
    // t-lewis-hassan teaches French to 6A1 and 6A2 three days a week; 6A1 has Health twice.
    const fre1 = find("fre-6a1");
    const fre2 = find("fre-6a2");
    const hlth1 = find("hlth-6a1");
    const at = (u: number, period: number, mask: number) => {
      const pos = encode(D, period, mask);
      expect(units[u]!.positions).toContain(pos);
      state.place(u, pos);
    };
    at(fre1, 2, 0b10101); // Mon, Wed, Fri
    at(hlth1, 2, 0b01010); // Tue, Thu
    at(fre2, 5, 0b01011); // Mon, Tue, Thu
    const positionSets = units.map((u) => new Set(u.positions));
    const byLeaf = new Map<number, number[]>();
    units.forEach((u, i) => {
      for (const l of u.leaves) (byLeaf.get(l) ?? byLeaf.set(l, []).get(l)!).push(i);
    });
    const move = alignDays(state, [fre2], byLeaf, positionSets, fre1, createRng(1));
    expect(move).not.toBeNull();
    const to = new Map(move!.map(([u, pos]) => [u, pos]));
    expect(to.get(fre1)).toBe(encode(D, 2, 0b01011));
    // Health keeps its period and takes Wednesday and Friday, the days French left.
    expect(to.get(hlth1)).toBe(encode(D, 2, 0b10100));
    expect(to.has(fre2)).toBe(false);
  });
});
