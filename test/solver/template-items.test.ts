// The pieces a template places, and what they load: here the classes of scarce rooms, on a
// school small enough to count by hand; and the days a bundle surely keeps its teachers busy.
import { describe, expect, it } from "vitest";
import type { School } from "../../solver/model/format.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { createRng } from "../../solver/rng.ts";
import {
  buildBundles,
  buildItems,
  coverings,
  sureDays,
} from "../../solver/search/template-items.ts";
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

/** A school's counted room classes, and the classes each section's item loads, sorted. */
function roomLoads(file: School) {
  const model = resolveSchool(file);
  const { units } = buildUnits(model);
  const { items, roomClasses } = buildItems(model, units);
  const first = model.teachers.length + model.groups.length;
  const classesOf = (section: string) => {
    const item = items.find((it) => model.sections[units[it.units[0]!]!.owner]!.id === section)!;
    return item.load
      .filter(([r]) => r >= first)
      .map(([r]) => r - first)
      .sort();
  };
  return { model, roomClasses, classesOf };
}

describe("buildItems", () => {
  it("loads a room class with every item whose rooms all lie in it (Hall's condition)", () => {
    const { model, roomClasses, classesOf } = roomLoads(school());
    const name = (c: number) => roomClasses[c]!.map((r) => model.rooms[r]!.id).sort();
    const classOf = (ids: string[]) => roomClasses.findIndex((_, c) => `${name(c)}` === `${ids}`);
    const all = classOf(["aux", "fitness", "main", "small"]);
    const large = classOf(["aux", "fitness", "main"]);
    expect(all).toBeGreaterThanOrEqual(0);
    expect(large).toBeGreaterThanOrEqual(0);
    // The small class fits any gym: it takes from the four gyms only. The combined class needs
    // one of the three large ones, and takes from the four gyms' capacity as well.
    expect(classesOf("pe")).toEqual([all]);
    expect(classesOf("pe-big")).toEqual([all, large].sort());
  });
});

// Six gyms, one small: the class that fits any gym has the six to itself, but the combined
// classes that need one of the five large gyms fill the six as well.
const sixGyms = (): School => ({
  ...school(),
  name: "Six Gyms",
  teachers: ["ann", "ben", "cy", "dee"].map((id) => ({ id, name: id })),
  rooms: [gym("small", 25), ...[1, 2, 3, 4, 5].map((k) => gym(`large-${k}`, 60))],
  groups: [
    { id: "g1", name: "G1", size: 20 },
    ...[2, 3, 4].map((k) => ({ id: `g${k}`, name: `G${k}`, size: 40 })),
  ],
  sections: [
    { id: "pe", course: "PE", teachers: ["ann"], groups: ["g1"], roomFeatures: ["gym"] },
    ...[2, 3, 4].map((k) => ({
      id: `pe-big-${k}`,
      course: "PE",
      teachers: [["ben", "cy", "dee"][k - 2]!],
      groups: [`g${k}`],
      roomFeatures: ["gym"],
    })),
  ],
});

describe("buildItems, rooms of more than the scarce few", () => {
  it("counts a set filled by the sections whose rooms lie in it, and loads it with all of them", () => {
    const { roomClasses, classesOf } = roomLoads(sixGyms());
    // One meeting of six gym-slots for the set of all six (17%), three of five for the large
    // ones (60%); with the large classes inside it, the six are 4 of 6 full (67%).
    const sizes = roomClasses.map((rooms) => rooms.length).sort();
    expect(sizes).toEqual([5, 6]);
    const all = roomClasses.findIndex((rooms) => rooms.length === 6);
    const large = roomClasses.findIndex((rooms) => rooms.length === 5);
    expect(classesOf("pe")).toEqual([all]);
    for (const k of [2, 3, 4]) expect(classesOf(`pe-big-${k}`)).toEqual([all, large].sort());
  });
});

// A homeroom's language and health share one period column: Spanish Mon/Wed/Fri with a
// part-time teacher, health twice a week with a teacher away on Thursday in period 1.
const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"];
const column = (): School => ({
  format: "commons-school/1",
  name: "One Column",
  calendar: {
    days: DAYS.map((id) => ({ id, name: id })),
    periods: [
      { id: "1", name: "Period 1" },
      { id: "2", name: "Period 2" },
    ],
  },
  teachers: [
    {
      id: "spa",
      name: "Sol",
      unavailable: ["Tue", "Thu"].flatMap((day) => [
        { day, period: "1" },
        { day, period: "2" },
      ]),
    },
    { id: "hlt", name: "Hal", unavailable: [{ day: "Thu", period: "1" }] },
    { id: "art", name: "Ari" },
  ],
  rooms: [],
  groups: [{ id: "h1", name: "H1", fullDay: true }],
  sections: [
    { id: "spanish", course: "Spanish", teachers: ["spa"], groups: ["h1"], meetings: 3 },
    { id: "health", course: "Health", teachers: ["hlt"], groups: ["h1"], meetings: 2 },
    { id: "art", course: "Art", teachers: ["art"], groups: ["h1"], meetings: 5 },
  ],
  teams: [],
});

describe("forced days", () => {
  const model = resolveSchool(column());
  const { units } = buildUnits(model);
  const { items } = buildItems(model, units);
  const teacher = (id: string) => model.teachers.findIndex((t) => t.id === id);
  const bundle = items.find((item) => item.units.length === 2)!;

  it("drops a period at which a bundle's classes cannot share out the days", () => {
    // Spanish can only be Mon/Wed/Fri, so health must be Tue/Thu: not in period 1.
    expect(bundle.count).toBe(5);
    expect(bundle.starts).toEqual([1]);
  });

  it("leaves the bundles built for the day sets as bundled, every start their classes allow", () => {
    const bundles = buildBundles(model, units);
    expect(bundles.map((item) => item.units)).toEqual(items.map((item) => item.units));
    const loose = bundles.find((item) => item.units.length === 2)!;
    // Period 1 stays: only the template's forced days drop it.
    expect(loose.starts).toEqual([0, 1]);
    expect(loose.forced).toEqual([]);
    // Built afresh, so narrowing the template's items never reaches them.
    expect(loose).not.toBe(bundle);
  });

  it("gives each teacher the days every way of filling the column keeps busy", () => {
    const tue = 1 << 1;
    const thu = 1 << 3;
    const mwf = (1 << 0) | (1 << 2) | (1 << 4);
    expect(new Map(bundle.forced[1])).toEqual(
      new Map([
        [teacher("spa"), mwf],
        [teacher("hlt"), tue | thu],
      ]),
    );
    // A class that meets every day forces nothing beyond its count.
    const art = items.find((item) => item.team === null && item !== bundle)!;
    expect(art.forced.every((list) => list.length === 0)).toBe(true);
  });
});

describe("forced days of a teacher with several classes in a bundle", () => {
  // Health twice a week at any period, its meetings apart: beside Spanish on Mon/Wed/Fri, the
  // two meetings take Tuesday and Thursday between them, though neither is sure of its own day.
  const school = column();
  school.teachers[1] = { id: "hlt", name: "Hal" };
  school.sections[1] = { ...school.sections[1]!, samePeriod: false };
  const model = resolveSchool(school);
  const { units } = buildUnits(model);
  const { items } = buildItems(model, units);
  const bundle = items.find((item) => item.units.length === 3)!;

  it("keeps the teacher busy on the days its classes take together", () => {
    expect(bundle.units.map((u) => units[u]!.count).sort()).toEqual([1, 1, 3]);
    const hal = model.teachers.findIndex((t) => t.id === "hlt");
    const tueThu = (1 << 1) | (1 << 3);
    for (const p of bundle.starts) expect(new Map(bundle.forced[p]).get(hal)).toBe(tueThu);
    expect(bundle.starts.length).toBeGreaterThan(0);
  });
});

describe("forced days of a split section", () => {
  // Health twice a week, a meeting a day, each meeting at any period: on Tuesday and Thursday
  // only, both days are sure, though neither meeting is sure of its own; with Wednesday as well,
  // no day is.
  const health = (allowedDays: string[]) => {
    const file = column();
    file.sections = [
      {
        id: "health",
        course: "Health",
        teachers: ["art"],
        groups: ["h1"],
        meetings: 2,
        samePeriod: false,
        allowedDays,
      },
    ];
    const model = resolveSchool(file);
    const { units } = buildUnits(model);
    const item = buildItems(model, units).items.find((it) => it.team === null)!;
    return { item, ari: model.teachers.findIndex((t) => t.id === "art") };
  };

  it("keeps the teacher busy on the days its meetings take between them", () => {
    const { item, ari } = health(["Tue", "Thu"]);
    expect(item.units).toHaveLength(2);
    expect(item.starts).toEqual([0, 1]);
    for (const p of item.starts) expect(new Map(item.forced[p]).get(ari)).toBe((1 << 1) | (1 << 3));
  });

  it("forces no day that some choice of days leaves free", () => {
    const { item } = health(["Tue", "Wed", "Thu"]);
    expect(item.units).toHaveLength(2);
    expect(item.forced.every((list) => list.length === 0)).toBe(true);
  });
});

describe("sure days of meetings on days of their own, not filling the week", () => {
  /** Every choice of one mask per unit, no two sharing a day, listed one by one. */
  const byEveryChoice = (masks: number[][], unitsOf: number[][]) => {
    let sure: number[] | null = null;
    const chosen: number[] = [];
    const search = (k: number, used: number): void => {
      if (k === masks.length) {
        const days = unitsOf.map((own) => own.reduce((d, j) => d | chosen[j]!, 0));
        sure = sure ? sure.map((s, i) => s & days[i]!) : days;
        return;
      }
      for (const m of masks[k]!) {
        if (m & used) continue;
        chosen[k] = m;
        search(k + 1, used | m);
      }
    };
    search(0, 0);
    return sure;
  };

  it("agrees with every choice listed, for one-day meetings and for longer ones", () => {
    const rng = createRng(5);
    const all = (1 << 5) - 1;
    const foundBy = { single: 0, longer: 0 };
    let sureSomewhere = 0;
    let none = 0;
    for (let trial = 0; trial < 400; trial++) {
      const single = trial % 2 === 0;
      const units = 2 + rng.int(3);
      const masks = Array.from({ length: units }, () =>
        Array.from({ length: 1 + rng.int(3) }, () => (single ? 1 << rng.int(5) : 1 + rng.int(all))),
      );
      const teachers = 1 + rng.int(3);
      const unitsOf: number[][] = Array.from({ length: teachers }, () => []);
      for (let k = 0; k < units; k++) unitsOf[rng.int(teachers)]!.push(k);
      const expected = byEveryChoice(masks, unitsOf);
      expect(sureDays(masks, all, unitsOf, false)).toEqual(expected);
      if (!expected) none++;
      else {
        foundBy[single ? "single" : "longer"]++;
        if ((expected as number[]).some((d) => d !== 0)) sureSomewhere++;
      }
    }
    // Choices found on both paths (matchings and listing), sure days among them, and none.
    expect(foundBy.single).toBeGreaterThan(50);
    expect(foundBy.longer).toBeGreaterThan(20);
    expect(sureSomewhere).toBeGreaterThan(50);
    expect(none).toBeGreaterThan(20);
  });
});

describe("sure days of a bundle's teachers", () => {
  /** What sureDays() promises, from every exact cover listed one by one. */
  const byEveryCover = (masks: number[][], all: number, unitsOf: number[][]) => {
    const ways = coverings(masks, all);
    if (ways.length === 0) return null;
    return unitsOf.map((own) =>
      ways.reduce((sure, way) => sure & own.reduce((days, k) => days | way[k]!, 0), all),
    );
  };

  it("agrees with every cover listed, for one-day classes and for longer ones", () => {
    const rng = createRng(11);
    const all = (1 << 5) - 1;
    const oneDay = (): number => 1 << rng.int(5);
    const anyDays = (): number => 1 + rng.int(all);
    let found = 0;
    let none = 0;
    // Covers found among the one-day trials, and among the longer ones.
    const foundBy = { single: 0, longer: 0 };
    for (let trial = 0; trial < 400; trial++) {
      // Five classes (the cover needs as many one-day ones as days), two to four teachers.
      const single = trial % 2 === 0;
      const units = single ? 5 : 2 + rng.int(3);
      const masks = Array.from({ length: units }, () =>
        Array.from({ length: 1 + rng.int(4) }, single ? oneDay : anyDays),
      );
      const teachers = 2 + rng.int(3);
      const unitsOf: number[][] = Array.from({ length: teachers }, () => []);
      for (let k = 0; k < units; k++) unitsOf[rng.int(teachers)]!.push(k);
      const expected = byEveryCover(masks, all, unitsOf);
      expect(sureDays(masks, all, unitsOf)).toEqual(expected);
      if (expected) found++;
      else none++;
      if (expected) foundBy[single ? "single" : "longer"]++;
    }
    // Both answers came up, many times, and covers on both paths (matchings and listing).
    expect(found).toBeGreaterThan(20);
    expect(foundBy.single).toBeGreaterThan(50);
    expect(200 - foundBy.single).toBeGreaterThan(50);
    expect(foundBy.longer).toBeGreaterThan(5);
    expect(none).toBeGreaterThan(20);
  });
});
