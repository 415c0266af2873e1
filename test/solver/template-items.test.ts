// The pieces a template places, and what they load: here the classes of scarce rooms, on a
// school small enough to count by hand.
import { describe, expect, it } from "vitest";
import type { School } from "../../solver/model/format.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { buildItems } from "../../solver/search/template-items.ts";
import { buildUnits } from "../../solver/search/units.ts";

const gym = (id: string, capacity: number) => ({ id, capacity, features: ["gym"] });

const school = (): School => ({
  format: "commons-school/1",
  name: "Four Gyms",
  calendar: {
    days: [{ id: "Mon", name: "Monday" }],
    periods: [{ id: "1", name: "Period 1" }],
  },
  teachers: [
    { id: "ann", name: "Ann" },
    { id: "ben", name: "Ben" },
  ],
  // Four gyms; only three hold the combined classes.
  rooms: [gym("small", 25), gym("main", 60), gym("aux", 60), gym("fitness", 60)],
  groups: [
    { id: "g1", name: "G1", size: 20 },
    { id: "g2", name: "G2", size: 40 },
  ],
  sections: [
    { id: "pe", course: "PE", teachers: ["ann"], groups: ["g1"], roomFeatures: ["gym"] },
    { id: "pe-big", course: "PE", teachers: ["ben"], groups: ["g2"], roomFeatures: ["gym"] },
  ],
  teams: [],
});

describe("buildItems", () => {
  it("loads a room class with every item whose rooms all lie in it (Hall's condition)", () => {
    const model = resolveSchool(school());
    const { units } = buildUnits(model);
    const { items, roomClasses } = buildItems(model, units);
    const T = model.teachers.length;
    const G = model.groups.length;
    const name = (c: number) => roomClasses[c]!.map((r) => model.rooms[r]!.id).sort();
    const classOf = (ids: string[]) => roomClasses.findIndex((_, c) => `${name(c)}` === `${ids}`);
    const all = classOf(["aux", "fitness", "main", "small"]);
    const large = classOf(["aux", "fitness", "main"]);
    expect(all).toBeGreaterThanOrEqual(0);
    expect(large).toBeGreaterThanOrEqual(0);
    const classesOf = (section: string) => {
      const item = items.find((it) => model.sections[units[it.units[0]!]!.owner]!.id === section)!;
      return item.load.filter(([r]) => r >= T + G).map(([r]) => r - T - G);
    };
    // The small class fits any gym: it takes from the four gyms only. The combined class needs
    // one of the three large ones, and takes from the four gyms' capacity as well.
    expect(classesOf("pe")).toEqual([all]);
    expect(classesOf("pe-big").sort()).toEqual([all, large].sort());
  });
});
