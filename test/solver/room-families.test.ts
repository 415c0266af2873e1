// Rooms a meeting cannot leave: the numbered short lists, and the search state's quick "no room"
// when every room a meeting fits is held by meetings that fit nothing else. The state's room
// penalty is checked against a maximum matching computed here from scratch, slot by slot.
import { describe, expect, it } from "vitest";
import type { School } from "../../solver/model/format.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { createRng } from "../../solver/rng.ts";
import { roomLists } from "../../solver/search/room-families.ts";
import { SearchState } from "../../solver/search/state.ts";
import { buildUnits, encode, type Unit } from "../../solver/search/units.ts";

/** Two gyms; three classrooms; PE fits only the gyms, a class of 35 only the large room. */
const school = (): School => ({
  format: "commons-school/1",
  name: "Gyms",
  calendar: {
    days: [{ id: "Mon", name: "Monday" }],
    periods: [
      { id: "1", name: "Period 1" },
      { id: "2", name: "Period 2" },
    ],
  },
  teachers: Array.from({ length: 12 }, (_, i) => ({ id: `t${i}`, name: `Teacher ${i}` })),
  rooms: [
    { id: "gym1", capacity: 40, features: ["gym"] },
    { id: "gym2", capacity: 40, features: ["gym"] },
    { id: "big", capacity: 40 },
    { id: "r1", capacity: 30 },
    { id: "r2", capacity: 30 },
  ],
  groups: Array.from({ length: 12 }, (_, i) => ({ id: `g${i}`, name: `G${i}`, size: 25 })),
  sections: [
    ...Array.from({ length: 4 }, (_, i) => ({
      id: `pe${i}`,
      course: "PE",
      teachers: [`t${i}`],
      groups: [`g${i}`],
      meetings: 1,
      roomFeatures: ["gym"],
    })),
    ...Array.from({ length: 6 }, (_, i) => ({
      id: `class${i}`,
      course: "Math",
      teachers: [`t${4 + i}`],
      groups: [`g${4 + i}`],
      meetings: 1,
    })),
    {
      id: "large",
      course: "Choir",
      teachers: ["t10"],
      groups: ["g10"],
      meetings: 1,
      size: 35,
    },
    {
      id: "double",
      course: "Lab",
      teachers: ["t11"],
      groups: ["g11"],
      meetings: 1,
      length: 2,
    },
  ],
  teams: [],
});

/** Meetings at one slot that no room matching can seat, by augmenting paths from scratch. */
function unseatable(units: readonly Unit[], here: number[]): number {
  const owner = new Map<number, number>();
  const tryRoom = (u: number, seen: Set<number>): boolean => {
    for (const r of units[u]!.rooms) {
      if (seen.has(r)) continue;
      seen.add(r);
      const o = owner.get(r);
      if (o === undefined || tryRoom(o, seen)) {
        owner.set(r, u);
        return true;
      }
    }
    return false;
  };
  return here.filter((u) => !tryRoom(u, new Set())).length;
}

describe("roomLists", () => {
  it("numbers each short list of one-period sections once and knows which lie in which", () => {
    const model = resolveSchool(school());
    const { units } = buildUnits(model);
    const { listOf, within, count } = roomLists(units);
    const id = (section: string) =>
      listOf[units.findIndex((u) => model.sections[u.owner]!.id === section)]!;
    expect(id("pe0")).toBe(id("pe3"));
    expect(id("class0")).toBe(id("class5"));
    expect(new Set([id("pe0"), id("class0"), id("large")]).size).toBe(3);
    // A double period is never numbered: its meetings span two slots.
    expect(id("double")).toBe(-1);
    const inside = (a: string, b: string) => within[id(a) * count + id(b)] === 1;
    expect(inside("pe0", "class0")).toBe(true); // the gyms fit a class too
    expect(inside("large", "class0")).toBe(true);
    expect(inside("class0", "pe0")).toBe(false);
    expect(inside("pe0", "large")).toBe(true); // the gyms hold 40
    expect(inside("large", "pe0")).toBe(false);
  });
});

describe("the room penalty with gyms held by PE", () => {
  it("counts a PE class unseated when both gyms hold PE, and seats it once a gym is free", () => {
    const model = resolveSchool(school());
    const { units } = buildUnits(model);
    const state = new SearchState(model, units);
    const u = (section: string) => units.findIndex((x) => model.sections[x.owner]!.id === section);
    const at0 = encode(model.dayCount, 0, 1);
    state.place(u("pe0"), at0);
    state.place(u("pe1"), at0);
    state.place(u("pe2"), at0);
    expect(state.parts[7]).toBe(1);
    // Taking a PE class away frees a gym for the one waiting.
    state.place(u("pe1"), -1);
    expect(state.parts[7]).toBe(0);
  });

  it("agrees with a matching from scratch after every move of a random walk", () => {
    const model = resolveSchool(school());
    const { units } = buildUnits(model);
    const state = new SearchState(model, units);
    const rng = createRng(7);
    const D = model.dayCount;
    const positions = [-1, encode(D, 0, 1), encode(D, 1, 1)];
    let worst = 0;
    for (let step = 0; step < 400; step++) {
      const u = rng.int(units.length);
      const unit = units[u]!;
      const pos = positions[rng.int(positions.length)]!;
      if (pos >= 0 && !unit.positions.includes(pos)) continue;
      // Evaluating must leave everything as it was, rooms included.
      state.evaluate([[u, pos]]);
      state.place(u, pos);
      let expected = 0;
      for (let p = 0; p < model.periodCount; p++) {
        const here = units.flatMap((x, i) => {
          const at = state.pos[i]!;
          if (at < 0) return [];
          const start = Math.floor(at / (1 << D));
          return start <= p && p < start + x.length ? [i] : [];
        });
        expected += unseatable(units, here);
      }
      expect(state.parts[7]).toBe(expected);
      worst = Math.max(worst, expected);
    }
    // The walk did crowd the rooms: some slots had meetings no room could take.
    expect(worst).toBeGreaterThan(0);
  });
});
