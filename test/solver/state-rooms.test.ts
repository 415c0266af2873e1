// The search's room matching, on a school small enough to follow by hand: two rooms, a double
// period that must use room A, and two single classes that fit either room.
import { describe, expect, it } from "vitest";
import type { School } from "../../solver/model/format.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { SearchState } from "../../solver/search/state.ts";
import { buildUnits, encode } from "../../solver/search/units.ts";

const school = (): School => ({
  format: "commons-school/1",
  name: "Two Rooms",
  calendar: {
    days: [{ id: "Mon", name: "Monday" }],
    periods: [
      { id: "1", name: "Period 1" },
      { id: "2", name: "Period 2" },
    ],
  },
  teachers: [
    { id: "ann", name: "Ann" },
    { id: "ben", name: "Ben" },
    { id: "cat", name: "Cat" },
  ],
  rooms: [
    { id: "A", capacity: 30 },
    { id: "B", capacity: 30 },
  ],
  groups: [
    { id: "g1", name: "G1", size: 20 },
    { id: "g2", name: "G2", size: 20 },
    { id: "g3", name: "G3", size: 20 },
  ],
  sections: [
    {
      id: "double",
      course: "Lab",
      teachers: ["ann"],
      groups: ["g1"],
      meetings: 1,
      length: 2,
      room: "A",
    },
    { id: "first", course: "Math", teachers: ["ben"], groups: ["g2"], meetings: 1 },
    { id: "second", course: "Art", teachers: ["cat"], groups: ["g3"], meetings: 1 },
  ],
  teams: [],
});

/** The search state of a school, its three units and the room of a unit on Monday. */
function setUp(s: School) {
  const model = resolveSchool(s);
  const { units } = buildUnits(model);
  const state = new SearchState(model, units);
  const D = model.dayCount;
  const find = (id: string) => units.findIndex((u) => model.sections[u.owner]!.id === id);
  return {
    state,
    at: (period: number) => encode(D, period, 1),
    roomOf: (u: number) => state.unitRoom[u * D],
    room: (id: string) => model.roomIndex.get(id)!,
    units: [find("double"), find("first"), find("second")] as const,
  };
}

describe("room matching", () => {
  it("seats a double period in its room by moving the two single classes that held it", () => {
    const { state, at, roomOf, room, units } = setUp(school());
    const [double, first, second] = units;
    // Both single classes take room A first (the best fit, then the first listed).
    state.place(first, at(0));
    state.place(second, at(1));
    expect([roomOf(first), roomOf(second)]).toEqual([room("A"), room("A")]);
    // The double period needs A at both periods, held by two different classes: both move to B.
    state.place(double, at(0));
    expect(state.unroomed.size).toBe(0);
    expect(state.parts[7]).toBe(0);
    expect([roomOf(double), roomOf(first), roomOf(second)]).toEqual([
      room("A"),
      room("B"),
      room("B"),
    ]);
  });

  it("moves nothing when one of the classes in the way has nowhere else to go", () => {
    const s = school();
    // The first class fits both rooms but A best; the second needs A's lab.
    s.rooms = [
      { id: "A", capacity: 30, features: ["lab"] },
      { id: "B", capacity: 40 },
    ];
    s.groups = s.groups!.map((g) => ({ ...g, size: 25 }));
    s.sections = s.sections.map((x) => (x.id === "second" ? { ...x, roomFeatures: ["lab"] } : x));
    const { state, at, roomOf, room, units } = setUp(s);
    const [double, first, second] = units;
    state.place(first, at(0));
    state.place(second, at(1));
    expect([roomOf(first), roomOf(second)]).toEqual([room("A"), room("A")]);
    // Evaluating the move changes nothing, whatever the matching tried on the way.
    state.evaluate([[double, at(0)]]);
    expect([roomOf(first), roomOf(second)]).toEqual([room("A"), room("A")]);
    state.place(double, at(0));
    // Moving the first class to B alone would not free A at period 2: the attempt is rolled
    // back, both keep A, and the double period is the one meeting without a room.
    expect(state.parts[7]).toBe(1);
    expect([roomOf(double), roomOf(first), roomOf(second)]).toEqual([-1, room("A"), room("A")]);
  });
});
