// A unit is what the search moves as one piece: a samePeriod section (all its meetings at one
// period, on a set of days), one meeting of a section whose meetings may differ in period, or a
// team's planning (all slots at one period when samePeriod, one slot per unit otherwise).
// Positions are encoded as period * 2^dayCount + dayMask, so a unit's whole placement is one int.
import type { Model } from "../model/model.ts";
import { dropOverfullDays } from "./day-limits.ts";

export type Unit = {
  index: number;
  kind: "section" | "planning";
  /** Section index (kind "section") or team index (kind "planning"). */
  owner: number;
  teachers: number[];
  /** Leaf groups whose students sit in this unit (sections only). */
  leaves: number[];
  /** fullDay groups this unit fills (the section lists the group or an ancestor). */
  covers: number[];
  /** fullDay groups that cannot take lunch while this unit runs. */
  involves: number[];
  length: number;
  /** Meetings per placement: the number of days in every position's mask. */
  count: number;
  /** Every legal position code; a pinned unit has exactly one. */
  positions: number[];
  /** Rooms that fit, best fit first; empty when the school lists no rooms. */
  rooms: number[];
  /** For pinned meetings that name a room: by day, that room as the only choice. */
  pinnedRooms: (readonly number[] | undefined)[];
  /**
   * Units that split one section or one team (samePeriod false) share a key, so that two of them
   * on one day (a section) or too many on one day (a team) are penalised.
   */
  splitKey: number;
  /** For planning units of a team that is not samePeriod: its maxPerDay. */
  maxPerDay: number;
  /** A person placed (part of) it by hand: partial answers keep it, whatever it costs. */
  pinned: boolean;
};

/** Rooms with this few candidates are scarce (gyms, labs): the search and the template watch them. */
export const SCARCE_ROOMS = 4;
export const scarceRooms = (unit: Unit): boolean =>
  unit.rooms.length > 0 && unit.rooms.length <= SCARCE_ROOMS;

export const encode = (dayCount: number, period: number, mask: number): number =>
  period * (1 << dayCount) + mask;
export const periodOf = (dayCount: number, pos: number): number =>
  Math.floor(pos / (1 << dayCount));
export const maskOf = (dayCount: number, pos: number): number => pos & ((1 << dayCount) - 1);

/** The periods a unit's positions can cover, as a bit set (every period when too many). */
export function periodSpan(dayCount: number, unit: Unit): number {
  let bits = 0;
  for (const pos of unit.positions) {
    const p = periodOf(dayCount, pos);
    for (let k = 0; k < unit.length; k++) bits |= p + k < 31 ? 1 << (p + k) : -1;
  }
  return bits;
}

export const popcount = (x: number): number => {
  let c = 0;
  for (let v = x; v; v &= v - 1) c++;
  return c;
};

/** All day masks over `allowed` days with exactly `count` days that include `required`. */
function dayMasks(dayCount: number, allowed: number, required: number, count: number): number[] {
  const out: number[] = [];
  for (let mask = 0; mask < 1 << dayCount; mask++) {
    if ((mask & allowed) === mask && (mask & required) === required && popcount(mask) === count) {
      out.push(mask);
    }
  }
  return out;
}

/** What the units of one section or one team share. */
type UnitBase = Omit<Unit, "index" | "count" | "positions" | "splitKey">;

/**
 * A unit with every field written out in one order: units made by spreading a base took a third
 * of building a 1,300-section school's units, and one shape keeps the search's reads of them fast.
 */
function makeUnit(
  base: UnitBase,
  index: number,
  count: number,
  positions: number[],
  splitKey: number,
  pinned = base.pinned,
): Unit {
  return {
    index,
    kind: base.kind,
    owner: base.owner,
    teachers: base.teachers,
    leaves: base.leaves,
    covers: base.covers,
    involves: base.involves,
    length: base.length,
    count,
    positions,
    rooms: base.rooms,
    pinnedRooms: base.pinnedRooms,
    splitKey,
    maxPerDay: base.maxPerDay,
    pinned,
  };
}

/** The unit with other positions (fewer, as days or periods are chosen). */
export function withPositions(unit: Unit, positions: number[]): Unit {
  return makeUnit(unit, unit.index, unit.count, positions, unit.splitKey);
}

export type UnitProblem = { owner: string; message: string };

export type Units = { units: Unit[]; problems: UnitProblem[] };

/**
 * Builds the units of a model. Pins, allowed days and periods become the positions; a section
 * whose pins contradict its own rules has no position and is reported as a problem (the
 * explanation of an infeasible answer), not thrown.
 */
export function buildUnits(model: Model): Units {
  const D = model.dayCount;
  const units: Unit[] = [];
  const problems: UnitProblem[] = [];
  const allDays = (1 << D) - 1;
  const fullDay = new Set(model.groups.filter((g) => g.fullDay).map((g) => g.index));
  const roomOrder = fitOrder(model);
  let splitKey = 0;

  for (const s of model.sections) {
    const leaves = new Set<number>();
    const covers = new Set<number>();
    const involves = new Set<number>();
    for (const g of s.groups) {
      const gm = model.groups[g]!;
      for (const leaf of gm.leaves) leaves.add(leaf);
      // A section of g fills g and every fullDay group below g; it only blocks lunch above.
      for (const c of [g, ...gm.descendants]) if (fullDay.has(c)) covers.add(c);
      for (const c of model.groupConflicts[g]!) if (fullDay.has(c)) involves.add(c);
    }
    let allowed = 0;
    s.allowedDays.forEach((ok, d) => {
      if (ok) allowed |= 1 << d;
    });
    const starts = indicesOf(s.allowedStarts);
    const pinnedRooms: (readonly number[] | undefined)[] = new Array<undefined>(D).fill(undefined);
    let required = 0;
    for (const pin of s.pins) {
      required |= 1 << pin.day;
      if (pin.room >= 0) pinnedRooms[pin.day] = [pin.room];
    }
    const base: UnitBase = {
      kind: "section",
      owner: s.index,
      teachers: s.teachers,
      leaves: [...leaves],
      covers: [...covers],
      involves: [...involves],
      length: s.length,
      rooms: orderRooms(roomOrder, s.candidateRooms),
      pinnedRooms,
      maxPerDay: 1,
      pinned: s.pins.length > 0,
    };
    if (s.samePeriod) {
      const pinPeriods = new Set(s.pins.map((p) => p.period));
      const periods = pinPeriods.size > 0 ? starts.filter((p) => pinPeriods.has(p)) : starts;
      if (pinPeriods.size > 1) {
        problems.push({
          owner: s.id,
          message: `Section ${s.id} has samePeriod but its pinned meetings sit at different periods.`,
        });
      }
      const masks = dayMasks(D, allowed & allDays, required, s.meetings);
      const positions = pinPeriods.size > 1 ? [] : positionsOf(D, periods, masks);
      if (positions.length === 0 && pinPeriods.size <= 1) {
        problems.push({ owner: s.id, message: noRoomForSection(model, s.index) });
      }
      units.push(makeUnit(base, units.length, s.meetings, positions, -1));
    } else {
      const key = splitKey++;
      const pinsLeft = [...s.pins];
      for (let k = 0; k < s.meetings; k++) {
        const pin = pinsLeft.shift();
        const positions = pin
          ? s.allowedStarts[pin.period] && s.allowedDays[pin.day]
            ? [encode(D, pin.period, 1 << pin.day)]
            : []
          : positionsOf(
              D,
              starts,
              indicesOf(s.allowedDays).map((d) => 1 << d),
            );
        if (positions.length === 0) {
          problems.push({ owner: s.id, message: noRoomForSection(model, s.index) });
        }
        units.push(makeUnit(base, units.length, 1, positions, key, pin !== undefined));
      }
    }
  }

  for (const team of model.teams) {
    const plan = team.planning;
    if (!plan || plan.perCycle === 0) continue;
    const periods = indicesOf(plan.allowedPeriods);
    const base: UnitBase = {
      kind: "planning",
      owner: team.index,
      teachers: team.members,
      leaves: [],
      covers: [],
      involves: [],
      length: 1,
      rooms: [],
      pinnedRooms: [],
      maxPerDay: plan.maxPerDay,
      pinned: false,
    };
    if (plan.samePeriod) {
      const masks = dayMasks(D, allDays, 0, plan.perCycle);
      const positions = positionsOf(D, periods, masks);
      units.push(makeUnit(base, units.length, plan.perCycle, positions, -1));
    } else {
      const key = splitKey++;
      const everyDay = Array.from({ length: D }, (_, d) => 1 << d);
      const positions = positionsOf(D, periods, everyDay);
      for (let k = 0; k < plan.perCycle; k++) {
        units.push(makeUnit(base, units.length, 1, positions, key));
      }
    }
  }
  // A teacher's unavailability is a rule a unit breaks on its own: positions that meet it are
  // dropped (unless nothing would be left, so that the answer can still say why). Part-time
  // teachers then keep their classes on the days they work without the search having to learn it.
  for (const unit of units) {
    if (unit.positions.length <= 1) continue;
    const open = unit.positions.filter((pos) => available(model, unit, pos));
    if (open.length > 0) unit.positions = open;
  }
  dropOverfullDays(model, units);
  return { units, problems };
}

/** The indices at which `flags` is true. */
function indicesOf(flags: readonly boolean[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < flags.length; i++) if (flags[i]) out.push(i);
  return out;
}

/** Every position at one of `periods` on one of the day `masks`, period by period. */
function positionsOf(D: number, periods: readonly number[], masks: readonly number[]): number[] {
  const out: number[] = [];
  for (const p of periods) for (const m of masks) out.push(encode(D, p, m));
  return out;
}

function available(model: Model, unit: Unit, pos: number): boolean {
  const D = model.dayCount;
  const P = model.periodCount;
  const p0 = periodOf(D, pos);
  const mask = maskOf(D, pos);
  for (let d = 0; d < D; d++) {
    if (!(mask & (1 << d))) continue;
    for (let k = 0; k < unit.length; k++) {
      for (const t of unit.teachers)
        if (model.teachers[t]!.unavailable[d * P + p0 + k]) return false;
    }
  }
  return true;
}

/** Every room in best-fit order, each room's place in it, and a mark per room to reuse. */
type RoomOrder = { rooms: number[]; rank: Int32Array; mark: Uint8Array };

/**
 * Rooms in best-fit order: the smallest capacity first (a section's slack, capacity less its
 * size, orders rooms alike whatever the size), then the fewest features. Ranked once a solve:
 * sorting each section's candidates by comparing rooms was a quarter of building the units of a
 * 1,300-section school.
 */
function fitOrder(model: Model): RoomOrder {
  const rooms = model.rooms
    .map((_, r) => r)
    .sort((a, b) => {
      const ra = model.rooms[a]!;
      const rb = model.rooms[b]!;
      const capA = ra.capacity === Infinity ? Number.MAX_VALUE : ra.capacity;
      const capB = rb.capacity === Infinity ? Number.MAX_VALUE : rb.capacity;
      return capA - capB || ra.features.size - rb.features.size || a - b;
    });
  const rank = new Int32Array(model.rooms.length);
  rooms.forEach((r, k) => (rank[r] = k));
  return { rooms, rank, mark: new Uint8Array(model.rooms.length) };
}

/**
 * Best fit first: the smallest room that fits, with the fewest extra features. A general
 * classroom's hundreds of candidates are read off the whole order rather than sorted (sorting
 * them was still a tenth of building a 1,300-section school's units).
 */
function orderRooms(order: RoomOrder, candidates: number[]): number[] {
  if (candidates.length <= 16)
    return [...candidates].sort((a, b) => order.rank[a]! - order.rank[b]!);
  for (const r of candidates) order.mark[r] = 1;
  const out: number[] = [];
  for (const r of order.rooms) {
    if (order.mark[r] === 0) continue;
    out.push(r);
    order.mark[r] = 0;
  }
  return out;
}

function noRoomForSection(model: Model, section: number): string {
  const s = model.sections[section]!;
  return `Section ${s.id} (${s.course}) has nowhere to meet: its allowed days, allowed periods, length and pinned meetings leave no legal time for ${s.meetings} meeting(s).`;
}
