// Part-week teachers' working days, chosen before a template rather than after it (docs/adr/
// 0010-working-days-first.md). A template blind to days puts a health teacher who may work two
// days beside a language class fixed to Monday, Wednesday and Friday at one period (so Tuesday
// and Thursday), and beside a Spanish class whose teacher works only Monday to Wednesday at
// another (so Thursday and Friday): every count holds, and the teacher would work three days.
// With the days chosen first, each class keeps only the positions inside its teachers' days,
// and the template's forced days (template-items.ts) see the clash.
import type { Model } from "../model/model.ts";
import type { Rng } from "../rng.ts";
import { buildBundles, coverings } from "./template-items.ts";
import { maskOf, periodOf, withPositions, type Unit } from "./units.ts";
import { heldSets, workDayLimits } from "./work-days.ts";

/**
 * What must stay possible once the days are chosen: some way of laying out `units` (one mask
 * each, from `ways`) inside their teachers' days. A bundle of a group's part-week classes must
 * share out every day of its column; any other unit needs one position of its own.
 */
type Need = { units: number[]; ways: number[][]; teachers: number[] };

/**
 * The days (a bit mask) each teacher held back by workDayLimits works, such that every unit and
 * every bundle of part-week classes keeps a layout inside them; a depth-first search with forward
 * checking, fewest choices first, ties and orders drawn from `rng` so that each template gets
 * its own. Empty when no teacher is held back; null when none was found within `nodeLimit`.
 */
export function chooseDaySets(
  model: Model,
  units: Unit[],
  rng: Rng,
  nodeLimit: number,
): Map<number, number> | null {
  const D = model.dayCount;
  const limits = workDayLimits(model, units);
  const held = [...limits.keys()].filter((t) => limits[t]! < D);
  if (held.length === 0) return new Map();
  const domain = heldSets(model, limits, held);
  const needsOf = new Map<number, Need[]>(held.map((t) => [t, []]));
  for (const need of needsFor(model, units, limits)) {
    for (const t of need.teachers) needsOf.get(t)!.push(need);
  }
  const days = new Map<number, number>();
  // The same days by teacher, -1 (every day) where none is chosen: what the checks read.
  const dayOf = new Int32Array(model.teachers.length).fill(-1);
  const allowed = (u: number): number => {
    let mask = (1 << D) - 1;
    for (const t of units[u]!.teachers) mask &= dayOf[t]!;
    return mask;
  };
  // Plain loops: closures made per way and per unit were most of what a solve of the
  // 1,300-section middle school allocated here.
  const unitMask: number[] = [];
  const holds = (need: Need): boolean => {
    for (let k = 0; k < need.units.length; k++) unitMask[k] = allowed(need.units[k]!);
    for (const way of need.ways) {
      let fits = true;
      for (let k = 0; k < way.length && fits; k++) if (way[k]! & ~unitMask[k]!) fits = false;
      if (fits) return true;
    }
    return false;
  };
  // Teacher t's day sets that keep all its needs possible with the days chosen so far.
  const open = (t: number): number[] => {
    const own = needsOf.get(t)!;
    const left: number[] = [];
    for (const set of domain.get(t)!) {
      dayOf[t] = set;
      let ok = true;
      for (let j = 0; j < own.length && ok; j++) ok = holds(own[j]!);
      if (ok) left.push(set);
    }
    dayOf[t] = -1;
    return left;
  };
  let nodes = 0;
  const search = (): boolean => {
    let next = -1;
    let choices: number[] = [];
    for (const t of held) {
      if (dayOf[t] !== -1) continue;
      const left = open(t);
      if (left.length === 0) return false;
      if (next < 0 || left.length < choices.length) {
        next = t;
        choices = left;
      }
    }
    if (next < 0) return true;
    const order = choices.map((set) => ({ set, draw: rng.next() }));
    order.sort((a, b) => a.draw - b.draw);
    for (const { set } of order) {
      if (nodes++ >= nodeLimit) return false;
      days.set(next, set);
      dayOf[next] = set;
      if (search()) return true;
      days.delete(next);
      dayOf[next] = -1;
    }
    return false;
  };
  return search() ? days : null;
}

/**
 * The units with only the positions inside their teachers' chosen days; `units` itself when
 * there are none, so that the template's items (built once per units array) are not rebuilt.
 */
export function keepToDays(model: Model, units: Unit[], days: ReadonlyMap<number, number>): Unit[] {
  if (days.size === 0) return units;
  const D = model.dayCount;
  return units.map((unit) => {
    let mask = (1 << D) - 1;
    for (const t of unit.teachers) mask &= days.get(t) ?? -1;
    const positions = unit.positions.filter((pos) => (maskOf(D, pos) & ~mask) === 0);
    return positions.length === unit.positions.length || positions.length === 0
      ? unit
      : withPositions(unit, positions);
  });
}

/**
 * Needs by the units they were found for: every new template of a solve asks again with the same
 * units (and so the same limits), and only the search differs.
 */
const found = new WeakMap<Unit[], Need[]>();
function needsFor(model: Model, units: Unit[], limits: Int32Array): Need[] {
  let list = found.get(units);
  if (!list) {
    list = needs(model, units, limits);
    found.set(units, list);
  }
  return list;
}

/** The needs that involve a held-back teacher. */
function needs(model: Model, units: Unit[], limits: Int32Array): Need[] {
  const D = model.dayCount;
  const all = (1 << D) - 1;
  const heldOf = (us: readonly number[]) => [
    ...new Set(us.flatMap((u) => units[u]!.teachers.filter((t) => limits[t]! < D))),
  ];
  const out: Need[] = [];
  const bundled = new Set<number>();
  for (const item of buildBundles(model, units)) {
    const exact = item.count === D && item.group >= 0 && item.units.length > 1;
    if (!exact) continue;
    for (const u of item.units) bundled.add(u);
    const teachers = heldOf(item.units);
    if (teachers.length === 0) continue;
    const ways = new Map<string, number[]>();
    for (const p of item.starts) {
      const masks = item.units.map((u) =>
        units[u]!.positions.filter((pos) => periodOf(D, pos) === p).map((pos) => maskOf(D, pos)),
      );
      for (const way of coverings(masks, all)) ways.set(way.join(" "), way);
    }
    out.push({ units: item.units, ways: [...ways.values()], teachers });
  }
  units.forEach((unit, u) => {
    if (bundled.has(u)) return;
    const teachers = heldOf([u]);
    if (teachers.length === 0) return;
    const masks = [...new Set(unit.positions.map((pos) => maskOf(D, pos)))];
    out.push({ units: [u], ways: masks.map((m) => [m]), teachers });
  });
  return out;
}
