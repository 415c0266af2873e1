// Period template: before any day is chosen, give each section (all its meetings) and each team's
// planning one period, so that at every period no teacher has more meetings than days it can
// work there, no group more than there are days, every fullDay group has a class in every
// period outside the lunch window, and every teacher keeps a lunch. Days are then a colouring
// problem inside each period (a teacher-by-group pairing, which König's theorem says usually
// fits), which the full search solves from a start that is already right in aggregate.
// Schools are built this way by hand: a grade's specials column, a team's exploratory column.
// See docs/adr/0002-period-template.md.
import type { Rng } from "../rng.ts";
import type { SearchState } from "./state.ts";
import { periodOf, type Unit } from "./units.ts";

/** Units that must share one period in the template: one section, or one team's planning. */
type Item = {
  units: number[];
  /** Meetings (or planning slots) per cycle, in all. */
  count: number;
  length: number;
  /** [resource, meetings per cycle]: teachers, leaf groups and room classes it loads. */
  load: [number, number][];
  /** [fullDay group, meetings per cycle] it fills. */
  covers: [number, number][];
  /** The one leaf group it is for, or -1. */
  group: number;
  /** Start periods every unit of the item allows. */
  starts: number[];
};

/** Rooms with this few candidates form a class whose capacity the template respects. */
const SCARCE_ROOMS = 4;
/** Steps without a new best before breakout weights grow (50, 100 and 500 measured no better). */
const WEIGHT_PERIOD = 200;
/** Longest Kempe chain tried (items). */
const MAX_CHAIN = 150;

/**
 * A start period for every unit (-1 for a unit left free), found by min-conflicts with breakout
 * weights over the aggregate counts; `penalty` is 0 when every aggregate rule holds.
 */
export function choosePeriods(
  state: SearchState,
  rng: Rng,
  maxSteps: number,
  shouldStop: () => boolean = () => false,
  strictLunch = false,
): { period: Int32Array; penalty: number; steps: number } {
  const { D, P, model } = state;
  const T = model.teachers.length;
  const G = model.groups.length;
  const { items, roomClasses } = buildItems(state);
  const C = roomClasses.length;
  const lunch = model.lunchPeriods;
  const lunchPeriods = lunch ? lunch.flatMap((ok, p) => (ok ? [p] : [])) : [];
  // A team's planning needs days on which every member is free at its period: the template
  // asks for the sufficient condition that the members' other meetings there leave that many.
  const plans = items.flatMap((item, i) => {
    const u = state.units[item.units[0]!]!;
    return u.kind === "planning" ? [{ item: i, members: u.teachers, count: item.count }] : [];
  });
  // Resources: teachers [0, T), groups [T, T+G) (leaf clashes and fullDay cover), room classes,
  // then one per team planning.
  const R = T + G + C + plans.length;
  // Capacity of each resource at each period: days a teacher can work there, days for a group,
  // room-days for a class of rooms.
  const cap = new Int16Array((T + G + C) * P);
  const workDays = new Int16Array(T);
  model.teachers.forEach((t, ti) => {
    for (let d = 0; d < D; d++) {
      let works = false;
      for (let p = 0; p < P; p++) {
        if (!t.unavailable[d * P + p]) {
          cap[ti * P + p]!++;
          works = true;
        }
      }
      if (works) workDays[ti]!++;
    }
  });
  for (let g = 0; g < G; g++) cap.fill(D, (T + g) * P, (T + g + 1) * P);
  // Free periods count on every day, less a lunch on each day worked: the working days that a
  // teacher's minFreePerCycle leaves room for.
  const maxWorkDays = new Float64Array(T);
  {
    const busyPerCycle = new Float64Array(T);
    for (const item of items) {
      for (const [r, n] of item.load) if (r < T) busyPerCycle[r]! += n * item.length;
    }
    model.teachers.forEach((t, ti) => {
      let open = 0;
      for (let p = 0; p < P; p++) open += cap[ti * P + p]!;
      maxWorkDays[ti] = Math.max(0, open - busyPerCycle[ti]! - t.minFreePerCycle);
    });
  }
  // (Team resources have no capacity row: their penalty reads the members' rows.)
  roomClasses.forEach((rooms, c) => {
    for (const r of rooms) {
      const room = model.rooms[r]!;
      for (let s = 0; s < D * P; s++) if (!room.unavailable[s]) cap[(T + G + c) * P + (s % P)]!++;
    }
  });
  const fullDay = model.groups.map((g) => g.fullDay);
  const load = new Int16Array((T + G + C) * P);
  const cover = new Int16Array(G * P);
  const at = new Int32Array(items.length).fill(-1);
  const pen = new Float64Array(R);
  // Breakout weights, as in the full search: resources that keep breaking rules weigh more.
  const weight = new Float64Array(R).fill(1);
  let total = 0;
  let weighted = 0;

  // Sums kept as loads change, so that a resource's penalty costs O(1): load over capacity,
  // free lunch days (teachers), holes outside and inside the lunch window (fullDay groups), and
  // the members' other meetings at each team's planning period.
  const overSum = new Float64Array(T + G + C);
  const lunchFree = new Float64Array(T);
  const holes = new Float64Array(G);
  const lunchHoles = new Float64Array(G);
  const busy = new Float64Array(plans.length);
  for (let t = 0; t < T; t++) for (const p of lunchPeriods) lunchFree[t]! += cap[t * P + p]!;
  for (let g = 0; g < G; g++) {
    for (let p = 0; p < P; p++) {
      if (lunch?.[p]) lunchHoles[g]! += D;
      else holes[g]! += D;
    }
  }
  // Members already over their capacity there are counted by their own penalty.
  const contribution = (t: number, p: number, count: number): number => {
    const l = load[t * P + p]!;
    return l <= cap[t * P + p]! ? l - count : 0;
  };
  const recountBusy = (k: number): void => {
    const plan = plans[k]!;
    const p = at[plan.item]!;
    let sum = 0;
    if (p >= 0) for (const t of plan.members) sum += contribution(t, p, plan.count);
    busy[k] = sum;
  };
  const penaltyOf = (r: number): number => {
    if (r >= T + G + C) {
      const k = r - T - G - C;
      const plan = plans[k]!;
      if (at[plan.item]! < 0) return 0;
      return Math.max(0, busy[k]! - (D - plan.count));
    }
    const over = overSum[r]!;
    if (r < T) {
      if (lunchPeriods.length === 0) return 2 * over;
      // Every day a teacher works costs a lunch, a period that does not count as free: a
      // teacher whose minFreePerCycle leaves room for few working days must keep its classes
      // at any one period within that many days.
      let most = 0;
      for (let p = 0; p < P; p++) most = Math.max(most, load[r * P + p]!);
      const tooManyDays = Math.max(0, most - maxWorkDays[r]!);
      if (!strictLunch) {
        return 2 * (over + tooManyDays + Math.max(0, workDays[r]! - lunchFree[r]!));
      }
      // Strict: a lunch period in which the teacher is free on every day it works. With loads
      // spread over days (a language three days, health two), free lunch-days in aggregate
      // do not give each day its own; every known valid schedule meets the strict reading.
      let noLunch = Infinity;
      for (const p of lunchPeriods) {
        const spare = cap[r * P + p]! - workDays[r]!;
        noLunch = Math.min(noLunch, Math.max(0, load[r * P + p]! - spare));
      }
      return 2 * (over + tooManyDays + noLunch);
    }
    const g = r - T;
    if (g >= G || !fullDay[g]) return over;
    // Exactly one lunch a day inside the window: D holes there, none elsewhere.
    return over + holes[g]! + (lunch ? Math.abs(lunchHoles[g]! - D) : 0);
  };
  // Resources that break a rule, kept as a list with positions for O(1) updates.
  const broken: number[] = [];
  const brokenAt = new Int32Array(R).fill(-1);
  const refresh = (r: number): void => {
    const v = penaltyOf(r);
    total += v - pen[r]!;
    weighted += (v - pen[r]!) * weight[r]!;
    pen[r] = v;
    if (v > 0 && brokenAt[r]! < 0) {
      brokenAt[r] = broken.push(r) - 1;
    } else if (v === 0 && brokenAt[r]! >= 0) {
      const last = broken.pop()!;
      if (last !== r) {
        broken[brokenAt[r]!] = last;
        brokenAt[last] = brokenAt[r]!;
      }
      brokenAt[r] = -1;
    }
  };
  const plansOf: number[][] = Array.from({ length: T }, () => []);
  plans.forEach((plan, k) => {
    for (const t of plan.members) plansOf[t]!.push(T + G + C + k);
  });
  const resources = items.map((item) => [
    ...new Set([
      ...item.load.map(([r]) => r),
      ...item.covers.map(([g]) => T + g),
      ...item.load.flatMap(([r]) => (r < T ? plansOf[r]! : [])),
    ]),
  ]);
  const planIndex = new Map(plans.map((plan, k) => [plan.item, k]));
  const plansOfTeacher: number[][] = Array.from({ length: T }, () => []);
  plans.forEach((plan, k) => {
    for (const t of plan.members) plansOfTeacher[t]!.push(k);
  });
  // Flat copies of what put() reads, for speed: it is most of the template's time.
  const loadOf = items.map((item) => Int32Array.from(item.load.flat()));
  const coverOf = items.map((item) => Int32Array.from(item.covers.flat()));
  const planItem = Int32Array.from(plans.map((plan) => plan.item));
  const planCount = Int32Array.from(plans.map((plan) => plan.count));
  const plansOfMember = plansOfTeacher.map((list) => Int32Array.from(list));
  const isLunch = Uint8Array.from({ length: P }, (_, p) => (lunch?.[p] ? 1 : 0));
  /** A member's share of a team's busy count at the team's period (see contribution). */
  const unbusy = (t: number, q: number, sign: number): void => {
    const pks = plansOfMember[t]!;
    for (let j = 0; j < pks.length; j++) {
      const pk = pks[j]!;
      if (at[planItem[pk]!] !== q) continue;
      const l = load[t * P + q]!;
      if (l <= cap[t * P + q]!) busy[pk]! += sign * (l - planCount[pk]!);
    }
  };
  const put = (i: number, p: number, sign: 1 | -1): void => {
    const length = items[i]!.length;
    const flatLoad = loadOf[i]!;
    const flatCover = coverOf[i]!;
    for (let k = 0; k < length; k++) {
      const q = p + k;
      const lunchHere = isLunch[q] === 1;
      for (let j = 0; j < flatLoad.length; j += 2) {
        const r = flatLoad[j]!;
        const at0 = r * P + q;
        const c = cap[at0]!;
        const old = load[at0]!;
        const now = old + sign * flatLoad[j + 1]!;
        if (r < T) unbusy(r, q, -1);
        load[at0] = now;
        overSum[r]! += Math.max(0, now - c) - Math.max(0, old - c);
        if (r < T) {
          if (lunchHere) lunchFree[r]! += Math.max(0, c - now) - Math.max(0, c - old);
          unbusy(r, q, +1);
        }
      }
      for (let j = 0; j < flatCover.length; j += 2) {
        const g = flatCover[j]!;
        const old = cover[g * P + q]!;
        const now = old + sign * flatCover[j + 1]!;
        cover[g * P + q] = now;
        const change = Math.max(0, D - now) - Math.max(0, D - old);
        if (lunchHere) lunchHoles[g]! += change;
        else holes[g]! += change;
      }
    }
  };
  // Resources touched since the last flush, each refreshed once however many items moved.
  const dirtyStamp = new Int32Array(R);
  let dirtyEpoch = 1;
  const dirty: number[] = [];
  const shift = (i: number, p: number): void => {
    if (at[i]! >= 0) put(i, at[i]!, -1);
    at[i] = p;
    if (p >= 0) put(i, p, +1);
    const own = planIndex.get(i);
    if (own !== undefined) recountBusy(own);
    for (const r of resources[i]!) {
      if (dirtyStamp[r] !== dirtyEpoch) {
        dirtyStamp[r] = dirtyEpoch;
        dirty.push(r);
      }
    }
  };
  const flush = (): void => {
    for (const r of dirty) refresh(r);
    dirty.length = 0;
    dirtyEpoch++;
  };
  const moveTo = (i: number, p: number): void => {
    shift(i, p);
    flush();
  };
  const olds: number[] = [];
  /** Change in weighted penalty if the items took the periods; nothing changes. */
  const evaluate = (moves: [number, number][]): number => {
    const before = weighted;
    olds.length = 0;
    for (const [i, p] of moves) {
      olds.push(at[i]!);
      shift(i, p);
    }
    flush();
    const delta = weighted - before;
    for (let k = moves.length - 1; k >= 0; k--) shift(moves[k]![0], olds[k]!);
    flush();
    return delta;
  };
  const apply = (moves: [number, number][]): void => {
    for (const [j, p] of moves) shift(j, p);
    flush();
  };
  for (let r = 0; r < R; r++) refresh(r);

  const bestStart = (i: number, exclude: number): number => {
    let best = -1;
    let bestDelta = Infinity;
    let ties = 0;
    for (const p of items[i]!.starts) {
      if (p === exclude) continue;
      const delta = evaluate([[i, p]]);
      if (delta < bestDelta) {
        bestDelta = delta;
        best = p;
        ties = 1;
      } else if (delta === bestDelta && rng.int(++ties) === 0) best = p;
    }
    return best;
  };
  // Start: hardest items first (fewest periods, most meetings), each where it hurts least.
  // (Placing teams' planning first was measured worse: middle-m-1 reached a clean template on
  // 3 of 10 seeds instead of 8.)
  items
    .map((item, i) => ({
      i,
      key: item.starts.length * 1000 - item.count * item.length + rng.next(),
    }))
    .sort((a, b) => a.key - b.key)
    .forEach(({ i }) => moveTo(i, bestStart(i, -1)));

  const itemsOf: number[][] = Array.from({ length: R }, () => []);
  resources.forEach((rs, i) => {
    for (const r of rs) itemsOf[r]!.push(i);
  });
  const groupsOf = items.map((item) =>
    [...new Set([...item.load.map(([r]) => r - T), ...item.covers.map(([g]) => g)])].filter(
      (g) => g >= 0 && g < G,
    ),
  );
  const legal = (j: number, p: number): boolean => items[j]!.starts.includes(p);

  /** Item i and another item of one of its groups trade periods. */
  const exchange = (i: number): [number, number][] | null => {
    const groups = groupsOf[i]!;
    if (groups.length === 0) return null;
    const near = itemsOf[T + groups[rng.int(groups.length)]!]!;
    const j = near[rng.int(near.length)]!;
    const pi = at[i]!;
    const pj = at[j]!;
    if (j === i || pi === pj || !legal(i, pj) || !legal(j, pi)) return null;
    if (items[i]!.length !== items[j]!.length) return null;
    return [
      [i, pj],
      [j, pi],
    ];
  };
  /**
   * Block swap: one group's periods [p, p+k) and [q, q+k) trade everything they hold, so that a
   * double block can change places with two single classes.
   */
  const blockSwap = (i: number): [number, number][] | null => {
    const groups = groupsOf[i]!;
    if (groups.length === 0) return null;
    const g = groups[rng.int(groups.length)]!;
    const k = items[i]!.length;
    const p = at[i]!;
    const q = items[i]!.starts[rng.int(items[i]!.starts.length)]!;
    if (Math.abs(p - q) < k || q + k > P) return null;
    const moves: [number, number][] = [];
    for (const j of itemsOf[T + g]!) {
      const start = at[j]!;
      const end = start + items[j]!.length;
      for (const [from, to] of [
        [p, q],
        [q, p],
      ] as const) {
        if (end <= from || start >= from + k) continue;
        if (start < from || end > from + k) return null;
        const target = start - from + to;
        if (!legal(j, target)) return null;
        moves.push([j, target]);
      }
    }
    return moves.length > 1 ? moves : null;
  };

  const mark = new Int32Array(items.length);
  let stamp = 0;
  /**
   * Kempe chain: item i trades its period p for q, and so does everything linked to it through
   * a teacher, group or room class at those two periods: two grades' columns change places.
   */
  const kempe = (i: number, q: number): [number, number][] | null => {
    const p = at[i]!;
    if (p === q) return null;
    stamp++;
    const chain: [number, number][] = [];
    const stack = [i];
    mark[i] = stamp;
    while (stack.length > 0) {
      const j = stack.pop()!;
      const to = at[j] === p ? q : p;
      if (items[j]!.length !== 1 || !legal(j, to) || chain.length >= MAX_CHAIN) return null;
      chain.push([j, to]);
      for (const r of resources[j]!) {
        // Teams' resources are not links: they would pull in every class of every member.
        if (r >= T + G + C) continue;
        for (const k of itemsOf[r]!) {
          if (mark[k] === stamp || (at[k] !== p && at[k] !== q)) continue;
          mark[k] = stamp;
          stack.push(k);
        }
      }
    }
    return chain;
  };
  const planOfItem = new Map(plans.map((plan) => [plan.item, plan.members]));
  /**
   * A team's planning goes to another period, and every member who teaches there trades that
   * class with a class of the same group that no member teaches (one at the period the team
   * leaves, where its column was, when there is one): a grade's whole specials column moves
   * under its team's planning in one step. A team planning at the target period goes the
   * other way, so two grades can trade columns.
   */
  const planningMove = (i: number): [number, number][] | null => {
    const starts = items[i]!.starts;
    const q = starts[rng.int(starts.length)]!;
    const p = at[i]!;
    if (q === p) return null;
    const moves: [number, number][] = [];
    const moved = new Set<number>();
    pull(i, q, p, moves, moved);
    for (const k of planAt(q)) if (!moved.has(k) && legal(k, p)) pull(k, p, q, moves, moved);
    return moves;
  };
  const planAt = (q: number): number[] =>
    plans.flatMap((plan) => (at[plan.item] === q ? [plan.item] : []));
  const pull = (
    i: number,
    q: number,
    p: number,
    moves: [number, number][],
    moved: Set<number>,
  ): void => {
    moves.push([i, q]);
    moved.add(i);
    const members = planOfItem.get(i)!;
    const memberSet = new Set(members);
    for (const t of members) {
      for (const j of itemsOf[t]!) {
        if (at[j] !== q || moved.has(j) || items[j]!.length !== 1) continue;
        const g = groupsOf[j]![0];
        if (g === undefined) continue;
        const options = itemsOf[T + g]!.filter(
          (k) =>
            !moved.has(k) &&
            at[k] !== q &&
            items[k]!.length === 1 &&
            legal(k, q) &&
            legal(j, at[k]!) &&
            !items[k]!.load.some(([r]) => memberSet.has(r)),
        );
        if (options.length === 0) continue;
        const home = options.filter((k) => at[k] === p);
        const k = home.length > 0 ? home[0]! : options[rng.int(options.length)]!;
        moves.push([j, at[k]!], [k, q]);
        moved.add(j);
        moved.add(k);
      }
    }
  };

  let steps = 0;
  let best = total;
  let sinceBest = 0;
  for (; steps < maxSteps && total > 0; steps++) {
    if ((steps & 1023) === 0 && shouldStop()) break;
    // A resource that breaks a rule, then one of its items.
    const on = itemsOf[broken[rng.int(broken.length)]!]!;
    const i = on[rng.int(on.length)]!;
    if (items[i]!.starts.length <= 1) continue;
    const kind = rng.next();
    let moves: [number, number][] | null = null;
    const members = planOfItem.get(i);
    if (members && kind < 0.5) {
      moves = planningMove(i);
    } else if (kind < 0.4) {
      const p = bestStart(i, at[i]!);
      if (p >= 0) moves = [[i, p]];
    } else if (kind < 0.7) {
      moves = exchange(i);
    } else if (kind < 0.85) {
      moves = blockSwap(i);
    } else {
      moves = kempe(i, rng.int(P));
    }
    // Sideways steps are taken; uphill ones never (a 2% random walk halved the clean
    // templates): breakout weights get the search out of local minima instead.
    if (moves !== null && evaluate(moves) <= 0) apply(moves);
    if (total < best) {
      best = total;
      sinceBest = 0;
    } else if (++sinceBest > WEIGHT_PERIOD) {
      sinceBest = 0;
      for (let r = 0; r < R; r++) if (pen[r]! > 0) weight[r]! += 1;
      weighted = 0;
      for (let r = 0; r < R; r++) weighted += pen[r]! * weight[r]!;
    }
  }
  const period = new Int32Array(state.units.length).fill(-1);
  items.forEach((item, i) => {
    for (const u of item.units) period[u] = at[i]!;
  });
  return { period, penalty: total, steps };
}

function buildItems(state: SearchState): { items: Item[]; roomClasses: number[][] } {
  const { D, model } = state;
  const T = model.teachers.length;
  const G = model.groups.length;
  const byKey = new Map<string, number[]>();
  state.units.forEach((unit, u) => {
    // A pinned meeting keeps its own period; the rest of a split section share one.
    const key =
      unit.splitKey >= 0 && unit.positions.length > 1 ? `split ${unit.splitKey}` : `unit ${u}`;
    (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(u);
  });
  const roomClasses: number[][] = [];
  const classIndex = new Map<string, number>();
  const single: Item[] = [];
  for (const members of byKey.values()) {
    const first: Unit = state.units[members[0]!]!;
    let starts: number[] | null = null;
    for (const u of members) {
      const own = [...new Set(state.units[u]!.positions.map((pos) => periodOf(D, pos)))];
      starts = starts === null ? own : starts.filter((p) => own.includes(p));
    }
    if (!starts || starts.length === 0) continue;
    const count = members.reduce((n, u) => n + state.units[u]!.count, 0);
    const load: [number, number][] = [
      ...first.teachers.map((t): [number, number] => [t, count]),
      ...first.leaves.map((l): [number, number] => [T + l, count]),
    ];
    if (first.kind === "section" && first.rooms.length > 0 && first.rooms.length <= SCARCE_ROOMS) {
      const key = [...first.rooms].sort((a, b) => a - b).join(" ");
      let c = classIndex.get(key);
      if (c === undefined) {
        c = roomClasses.push([...first.rooms]) - 1;
        classIndex.set(key, c);
      }
      load.push([T + G + c, count]);
    }
    single.push({
      units: members,
      count,
      length: first.length,
      load,
      covers: first.covers.map((g) => [g, count]),
      group: first.leaves.length === 1 ? first.leaves[0]! : -1,
      starts: starts.sort((a, b) => a - b),
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

/** The units with their positions narrowed to the template's period (where it leaves any). */
export function narrowToTemplate(state: SearchState, period: Int32Array): Unit[] {
  const { D } = state;
  return state.units.map((unit, u) => {
    const p = period[u]!;
    if (p < 0) return unit;
    const positions = unit.positions.filter((pos) => periodOf(D, pos) === p);
    return positions.length > 0 ? { ...unit, positions } : unit;
  });
}
