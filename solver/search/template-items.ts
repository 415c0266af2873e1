// The pieces a period template places: one section (all its meetings), one team's planning, or
// a bundle of a group's part-week classes that together fill a period column. See
// docs/adr/0002-period-template.md.
import type { Model } from "../model/model.ts";
import { periodOf, scarceRooms, type Unit } from "./units.ts";

export type Item = {
  units: number[];
  /** Meetings (or planning slots) per cycle, in all. */
  count: number;
  length: number;
  /**
   * [resource, meetings per cycle] for the teachers (index t), leaf groups (T + g) and classes of
   * scarce rooms (T + G + c) it loads.
   */
  load: [number, number][];
  /** [fullDay group, meetings per cycle] it fills. */
  covers: [number, number][];
  /** The one leaf group whose part-week classes it bundles with others, or -1. */
  group: number;
  /** For a team's planning, the team's members; null for classes. */
  team: number[] | null;
  /** Start periods every unit of the item allows. */
  starts: number[];
};

/** The items of a school, and the classes of scarce rooms their loads refer to. */
export type Items = { items: Item[]; roomClasses: number[][] };

export function buildItems(model: Model, units: Unit[]): Items {
  const D = model.dayCount;
  const T = model.teachers.length;
  const G = model.groups.length;
  const byKey = new Map<string, number[]>();
  units.forEach((unit, u) => {
    // A pinned meeting keeps its own period; the rest of a split section share one.
    const key =
      unit.splitKey >= 0 && unit.positions.length > 1 ? `split ${unit.splitKey}` : `unit ${u}`;
    (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(u);
  });
  const roomClasses: number[][] = [];
  const classIndex = new Map<string, number>();
  const single: Item[] = [];
  /** The room class of each item that needs scarce rooms. */
  const scarce = new Map<number, number>();
  for (const members of byKey.values()) {
    const first = units[members[0]!]!;
    let starts: number[] | null = null;
    for (const u of members) {
      const own = [...new Set(units[u]!.positions.map((pos) => periodOf(D, pos)))];
      starts = starts === null ? own : starts.filter((p) => own.includes(p));
    }
    if (!starts || starts.length === 0) continue;
    const count = members.reduce((n, u) => n + units[u]!.count, 0);
    const load: [number, number][] = [
      ...first.teachers.map((t): [number, number] => [t, count]),
      ...first.leaves.map((l): [number, number] => [T + l, count]),
    ];
    if (first.kind === "section" && scarceRooms(first)) {
      const key = [...first.rooms].sort((a, b) => a - b).join(" ");
      let c = classIndex.get(key);
      if (c === undefined) {
        c = roomClasses.push([...first.rooms]) - 1;
        classIndex.set(key, c);
      }
      scarce.set(single.length, c);
    }
    single.push({
      units: members,
      count,
      length: first.length,
      load,
      covers: first.covers.map((g) => [g, count]),
      group: first.leaves.length === 1 ? first.leaves[0]! : -1,
      team: first.kind === "planning" ? first.teachers : null,
      starts: starts.sort((a, b) => a - b),
    });
  }
  // An item loads its own class and every class holding all its rooms: sections that fit only
  // the three larger gyms take from the four gyms' capacity too (Hall's condition, for the sets
  // that sections name). Without it a generated 360-section middle school's templates were clean
  // while its PE sections found no gym on any day.
  const sets = roomClasses.map((rooms) => new Set(rooms));
  for (const [i, c] of scarce) {
    sets.forEach((set, k) => {
      if (roomClasses[c]!.every((r) => set.has(r)))
        single[i]!.load.push([T + G + k, single[i]!.count]);
    });
  }
  return { items: bundle(single, D), roomClasses };
}

/**
 * Classes of one group that meet on fewer days than the cycle has (specials once a week, a
 * language three days and health two) are packed into bundles that fill a period column
 * exactly, first fit by size: the template then moves a homeroom's whole specials column in one
 * step, which is what lets a team's members all be free at once.
 */
function bundle(items: Item[], D: number): Item[] {
  const out: Item[] = [];
  const partialByGroup = new Map<number, Item[]>();
  for (const item of items) {
    if (item.group < 0 || item.length !== 1 || item.count >= D) {
      out.push(item);
      continue;
    }
    const list = partialByGroup.get(item.group) ?? [];
    partialByGroup.set(item.group, list);
    list.push(item);
  }
  for (const partial of partialByGroup.values()) {
    // Pinned classes first (they decide where the bundle goes), then the largest.
    partial.sort((a, b) => a.starts.length - b.starts.length || b.count - a.count);
    const bins: { items: Item[]; room: number; starts: number[] }[] = [];
    for (const item of partial) {
      const fits = (bin: (typeof bins)[number]) =>
        bin.room >= item.count && bin.starts.some((p) => item.starts.includes(p));
      const bin = bins.find(fits);
      if (bin) {
        bin.items.push(item);
        bin.room -= item.count;
        bin.starts = bin.starts.filter((p) => item.starts.includes(p));
      } else {
        bins.push({ items: [item], room: D - item.count, starts: item.starts });
      }
    }
    for (const bin of bins) {
      if (bin.room !== 0 || bin.items.length === 1) {
        out.push(...bin.items);
        continue;
      }
      out.push({
        units: bin.items.flatMap((item) => item.units),
        count: D,
        length: 1,
        load: sumPairs(bin.items.flatMap((item) => item.load)),
        covers: sumPairs(bin.items.flatMap((item) => item.covers)),
        group: bin.items[0]!.group,
        team: null,
        starts: bin.starts,
      });
    }
  }
  return out;
}

function sumPairs(pairs: [number, number][]): [number, number][] {
  const sums = new Map<number, number>();
  for (const [k, n] of pairs) sums.set(k, (sums.get(k) ?? 0) + n);
  return [...sums];
}
