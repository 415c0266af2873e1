// The pieces a period template places: one section (all its meetings), one team's planning, or
// a bundle of a group's part-week classes that together fill a period column. See
// docs/adr/0002-period-template.md.
import type { Model } from "../model/model.ts";
import { pruneStarts } from "./teacher-starts.ts";
import { maskOf, periodOf, popcount, SCARCE_ROOMS, type Unit } from "./units.ts";

export type Item = {
  units: number[];
  /** Meetings (or planning slots) per cycle, in all. */
  count: number;
  length: number;
  /**
   * [resource, meetings per cycle] for the teachers (index t), leaf groups (T + g) and classes of
   * counted rooms (T + G + c, TEMPLATE_ROOMS) it loads.
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
  /**
   * By start period, [teacher, days]: the days on which a part-week item surely keeps the
   * teacher busy there, whatever days it is given (empty for items that meet every day).
   */
  forced: [number, number][][];
  /**
   * For the meetings of one split section or team that take days of their own (and not all of
   * them), by start period the days any of them may take; null for every other item.
   */
  choice: number[] | null;
};

/** The items of a school, and the classes of counted rooms their loads refer to. */
export type Items = { items: Item[]; roomClasses: number[][] };

/**
 * The template counts the rooms of sections that fit few rooms (the search's scarce rooms), period
 * by period, and of sections that fit at most TEMPLATE_ROOMS whose meetings, with those of every
 * section whose rooms all lie among them, fill FULL_ROOMS of those rooms' slots or more. Scarce
 * rooms alone were too few: a generated 720-section middle school's clean templates put more
 * PE classes at one period than its eight gyms and halls hold (their classes fill 75% of them).
 * Counting every set of up to 20 rooms cost the 180-section one a third more moves (npm run
 * bench:moves, 20 seeds), where such sets are half full at most. Larger sets are the general
 * classrooms, which no period runs short of.
 */
const TEMPLATE_ROOMS = 20;
const FULL_ROOMS = 0.6;

/**
 * Items by the units they were built from: every template attempt of a solve builds the same
 * ones (forced days cost about a tenth of elementary-s-1's solve, built afresh each attempt).
 * Nothing changes an item once built.
 */
const built = new WeakMap<Unit[], Items>();

/**
 * A set of rooms as a key, by the array that lists them: units narrowed to a template or to
 * working days keep their section's array, so each solve sorts each section's rooms once (they
 * were a fifth of the time of building a 720-section school's items).
 */
const roomKeys = new WeakMap<readonly number[], string>();
function roomKey(unit: Unit): string {
  let key = roomKeys.get(unit.rooms);
  if (key === undefined) {
    key = [...unit.rooms].sort((a, b) => a - b).join(" ");
    roomKeys.set(unit.rooms, key);
  }
  return key;
}

export function buildItems(model: Model, units: Unit[]): Items {
  const cached = built.get(units);
  if (cached) return cached;
  const items = buildItemsOnce(model, units, true);
  built.set(units, items);
  return items;
}

/**
 * The items as bundled, their starts those every unit allows: neither narrowed to what forced
 * days and each teacher's own week leave (forceDays, pruneStarts, three quarters of building
 * items) nor told their forced days. What the day-set search (day-sets.ts) reads of the bundles,
 * which found the same needs from these on all eight middle schools measured (shared and
 * generated, 90 to 1,300 sections; a scratch comparison, 2026-11-23). Built afresh: buildItems'
 * items are narrowed in place.
 */
export function buildBundles(model: Model, units: Unit[]): Item[] {
  return buildItemsOnce(model, units, false).items;
}

function buildItemsOnce(model: Model, units: Unit[], narrow: boolean): Items {
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
  // Meetings by the set of rooms they fit, to tell the sets that run full (only sets the template
  // may count: sorting a general classroom's hundreds of candidates was most of this loop). A
  // set's demand includes the sections whose rooms all lie in it: the generated 1,300-section
  // middle school's sixteen gyms are 14% full with the sections that fit exactly those sixteen
  // and 75% with every section that fits some of them (combined PE classes fit fourteen).
  const own = new Map<string, { rooms: readonly number[]; meetings: number }>();
  for (const unit of units) {
    if (unit.kind !== "section" || unit.rooms.length === 0) continue;
    if (unit.rooms.length > TEMPLATE_ROOMS) continue;
    const key = roomKey(unit);
    const set = own.get(key) ?? own.set(key, { rooms: unit.rooms, meetings: 0 }).get(key)!;
    set.meetings += unit.count * unit.length;
  }
  const demand = new Map<string, number>();
  for (const [key, { rooms }] of own) {
    const outer = new Set(rooms);
    let meetings = 0;
    for (const inner of own.values()) {
      if (inner.rooms.every((r) => outer.has(r))) meetings += inner.meetings;
    }
    demand.set(key, meetings);
  }
  const counts = (unit: Unit): boolean =>
    unit.kind === "section" &&
    unit.rooms.length > 0 &&
    (unit.rooms.length <= SCARCE_ROOMS ||
      (unit.rooms.length <= TEMPLATE_ROOMS &&
        demand.get(roomKey(unit))! >= FULL_ROOMS * unit.rooms.length * D * model.periodCount));
  const roomClasses: number[][] = [];
  const classIndex = new Map<string, number>();
  const single: Item[] = [];
  const P = model.periodCount;
  const shared = new Int32Array(P);
  let periodStamp = 0;
  for (const members of byKey.values()) {
    const first = units[members[0]!]!;
    // The periods every member has a position at, marked by stamp: a new Set of each unit's
    // positions' periods was a third of this loop's time at 1,300 sections.
    for (const u of members) {
      periodStamp++;
      for (const pos of units[u]!.positions) {
        const p = periodOf(D, pos);
        if (u === members[0] || shared[p] === periodStamp - 1) shared[p] = periodStamp;
      }
    }
    const starts: number[] = [];
    for (let p = 0; p < P; p++) if (shared[p] === periodStamp) starts.push(p);
    if (starts.length === 0) continue;
    const count = members.reduce((n, u) => n + units[u]!.count, 0);
    const load: [number, number][] = [
      ...first.teachers.map((t): [number, number] => [t, count]),
      ...first.leaves.map((l): [number, number] => [T + l, count]),
    ];
    if (counts(first) && !classIndex.has(roomKey(first))) {
      classIndex.set(roomKey(first), roomClasses.push([...first.rooms]) - 1);
    }
    single.push({
      units: members,
      count,
      length: first.length,
      load,
      covers: first.covers.map((g) => [g, count]),
      group: first.leaves.length === 1 ? first.leaves[0]! : -1,
      team: first.kind === "planning" ? first.teachers : null,
      starts,
      forced: [],
      choice: null,
    });
  }
  // An item loads every class holding all its rooms: sections that fit only the three larger
  // gyms take from the four gyms' capacity too (Hall's condition, for the sets that sections
  // name), and so do those whose own set of rooms is not counted. Without the first a generated
  // 360-section middle school's templates were clean while its PE sections found no gym on any
  // day; without the second the 1,300-section school's day searches still found 17 PE classes a
  // day at one period for its sixteen gyms, every template clean (docs/adr/0013).
  const sets = roomClasses.map((rooms) => new Set(rooms));
  single.forEach((item) => {
    const first = units[item.units[0]!]!;
    // No class holds more than TEMPLATE_ROOMS rooms.
    if (first.kind !== "section" || first.rooms.length === 0) return;
    if (first.rooms.length > TEMPLATE_ROOMS) return;
    sets.forEach((set, k) => {
      if (first.rooms.every((r) => set.has(r))) item.load.push([T + G + k, item.count]);
    });
  });
  const items = bundle(single, D);
  if (!narrow) return { items, roomClasses };
  for (const item of items) forceDays(item, units, D, model.periodCount);
  pruneStarts(model, items);
  return { items, roomClasses };
}

/**
 * Fills item.forced, and drops the starts at which a bundle's classes cannot share out the
 * days between them (a part-time language teacher's Mon/Wed/Fri and a health teacher away on
 * Thursday leave a homeroom's column with a hole): the template cannot see days, so what every
 * choice of days has in common is all it is told. Two classes that both surely keep a teacher
 * busy on Tuesday at one period clash whatever days the search picks.
 */
function forceDays(item: Item, units: Unit[], D: number, P: number): void {
  item.forced = Array.from({ length: P }, () => []);
  item.choice = null;
  if (item.count >= D && item.units.length === 1) return;
  const all = (1 << D) - 1;
  const exact = item.count === D && item.group >= 0 && item.units.length > 1;
  // The meetings of one split section, or of a team planning at most once a day, take days of
  // their own: what every such choice has in common is sure too.
  const key = units[item.units[0]!]!.splitKey;
  const distinct =
    !exact &&
    item.units.length > 1 &&
    key >= 0 &&
    item.units.every((u) => units[u]!.splitKey === key && units[u]!.maxPerDay === 1);
  // Each unit's day masks by period, read once: a 1,300-section elementary school's items have
  // up to eight starts and their units hundreds of positions.
  const masksAt = item.units.map((u) => {
    const byPeriod: number[][] = Array.from({ length: P }, () => []);
    for (const pos of units[u]!.positions) byPeriod[periodOf(D, pos)]!.push(maskOf(D, pos));
    return byPeriod;
  });
  // The item's teachers in the order they first appear, and the units each teaches.
  const teachers: number[] = [];
  const unitsOf: number[][] = [];
  item.units.forEach((u, k) => {
    for (const t of units[u]!.teachers) {
      let i = teachers.indexOf(t);
      if (i < 0) i = teachers.push(t) - 1;
      (unitsOf[i] ??= []).push(k);
    }
  });
  item.starts = item.starts.filter((p) => {
    const masks = masksAt.map((byPeriod) => byPeriod[p]!);
    const byTeacher = new Map<number, number>();
    if (exact) {
      // A bundle's classes split the days exactly: what every way of splitting them has in
      // common, by teacher. Two single health meetings beside a language class on Monday,
      // Thursday and Friday keep their teacher busy on Tuesday and Wednesday, though neither
      // meeting is sure of its own day (a generated 720-section middle school: days not found
      // for clean templates, the health teacher taken twice on Tuesday at one period).
      const days = sureDays(masks, all, unitsOf);
      if (!days) return false;
      teachers.forEach((t, i) => byTeacher.set(t, days[i]!));
    } else if (distinct) {
      const days = sureDays(masks, all, unitsOf, false);
      if (!days) return false;
      teachers.forEach((t, i) => byTeacher.set(t, days[i]!));
      if (item.count < D) {
        (item.choice ??= new Array<number>(P).fill(0))[p] = masks.reduce(
          (union, list) => list.reduce((u, m) => u | m, union),
          0,
        );
      }
    } else {
      if (masks.some((list) => list.length === 0)) return false;
      item.units.forEach((u, k) => {
        const sure = masks[k]!.reduce((a, m) => a & m, all);
        for (const t of units[u]!.teachers) byTeacher.set(t, (byTeacher.get(t) ?? 0) | sure);
      });
    }
    // A teacher busy every day there fills its column, which its load already counts (and
    // counting it twice made a generated 600-section elementary school's templates worse).
    item.forced[p] = [...byTeacher].filter(([, days]) => days !== 0 && days !== all);
    return true;
  });
}

/**
 * For each teacher (`unitsOf[i]`: the units it teaches), the days it is busy in every choice of
 * one mask per unit that covers `all` exactly (with `exact` false, whose masks share no day);
 * null when no choice does. What coverings() would list, folded as it is found: a bundle of five
 * one-day specials has 120 ways a start.
 */
export function sureDays(
  masks: number[][],
  all: number,
  unitsOf: number[][],
  exact = true,
): number[] | null {
  if (masks.every((list) => list.every((m) => popcount(m) === 1))) {
    return sureDaysOfSingles(masks, all, unitsOf, exact);
  }
  const sure = unitsOf.map(() => all);
  const chosen = new Array<number>(masks.length).fill(0);
  let found = false;
  // Once no teacher is sure of any day, no further choice can tell more.
  let anySure = true;
  const search = (k: number, covered: number): void => {
    if (k === masks.length) {
      if (exact && covered !== all) return;
      found = true;
      anySure = false;
      unitsOf.forEach((own, i) => {
        let days = 0;
        for (const j of own) days |= chosen[j]!;
        sure[i]! &= days;
        if (sure[i] !== 0) anySure = true;
      });
      return;
    }
    for (const m of masks[k]!) {
      if (!anySure) return;
      if (m & covered) continue;
      chosen[k] = m;
      search(k + 1, covered | m);
    }
  };
  search(0, 0);
  return found ? sure : null;
}

/**
 * sureDays() where every unit meets on one day: a choice is a matching that gives every unit a
 * day of its own (perfect, when it must cover `all` exactly), so teacher i is surely busy on day
 * d when no such matching keeps d from all of i's units. A few matchings instead of every choice
 * (a bundle of five one-day specials has 120 a start; they were a sixth of building the
 * 1,300-section elementary school's items).
 */
function sureDaysOfSingles(
  masks: number[][],
  all: number,
  unitsOf: number[][],
  exact: boolean,
): number[] | null {
  const days = masks.map((list) => list.reduce((a, m) => a | m, 0) & all);
  if ((exact && masks.length !== popcount(all)) || !perfectMatching(days)) return null;
  const without = days.slice();
  return unitsOf.map((own) => {
    let sure = 0;
    for (let d = 0; 1 << d <= all; d++) {
      if (!(all & (1 << d))) continue;
      for (const k of own) without[k] = days[k]! & ~(1 << d);
      if (!perfectMatching(without)) sure |= 1 << d;
      for (const k of own) without[k] = days[k]!;
    }
    return sure;
  });
}

/** The unit seated on each day by perfectMatching (-1: none), reused: it runs thousands of times. */
const owner = new Int32Array(32);

/** Whether each unit can have a day of its own among `days[k]` (Kuhn's augmenting paths). */
function perfectMatching(days: number[]): boolean {
  owner.fill(-1);
  let seen = 0;
  const seat = (k: number): boolean => {
    const mine = days[k]!;
    for (let d = 0; 1 << d <= mine; d++) {
      const bit = 1 << d;
      if (!(mine & bit) || seen & bit) continue;
      seen |= bit;
      const other = owner[d]!;
      if (other < 0 || seat(other)) {
        owner[d] = k;
        return true;
      }
    }
    return false;
  };
  for (let k = 0; k < days.length; k++) {
    seen = 0;
    if (!seat(k)) return false;
  }
  return true;
}

/** Every choice of one mask per unit that covers `all` exactly. */
export function coverings(masks: number[][], all: number): number[][] {
  const ways: number[][] = [];
  const chosen: number[] = [];
  const search = (k: number, covered: number): void => {
    if (k === masks.length) {
      if (covered === all) ways.push([...chosen]);
      return;
    }
    for (const m of masks[k]!) {
      if (m & covered) continue;
      chosen.push(m);
      search(k + 1, covered | m);
      chosen.pop();
    }
  };
  search(0, 0);
  return ways;
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
        forced: [],
        choice: null,
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
