// Period template: before any day is chosen, give each section (all its meetings) and each team's
// planning one period, so that at every period no teacher has more meetings than days it can
// work there, no group more than there are days, every fullDay group has a class in every
// period outside the lunch window, and every teacher keeps a lunch. Days are then a colouring
// problem inside each period (a teacher-by-group pairing, which König's theorem says usually
// fits), which the full search solves from a start that is already right in aggregate.
// Schools are built this way by hand: a grade's specials column, a team's exploratory column.
// See docs/adr/0002-period-template.md.
import type { Model } from "../model/model.ts";
import type { Rng } from "../rng.ts";
import { TemplateCounts, type TemplateMove, type TemplateRules } from "./template-counts.ts";
import { buildItems } from "./template-items.ts";
import { maskOf, periodOf, withPositions, type Unit } from "./units.ts";

/** Steps without a new best before breakout weights grow (50, 100 and 500 measured no better). */
const WEIGHT_PERIOD = 200;
/** How often a team that breaks a rule moves its own planning, not a member's class. */
const TEAM_ITSELF = 0.2;
/**
 * How often a resource over its capacity somewhere moves an item from there, not any of its
 * items. Templates, seeds 1-30 (scratch script, 100k steps): the generated 1,300-section middle
 * school's median steps to a clean template 41.6k at 0 (29 clean), 29.4k at 0.3, 37.2k at 0.5,
 * 25.9k at 0.7 (30 clean), 26.0k at 0.85 (27), 44.4k at 1 (22); the 720-section one's 25.2k
 * (28 clean), 18.3k at 0.7 (30); elementary-l-1's 5.6k (24 clean), 3.9k (26); middle-m-1's 2.7k,
 * 2.1k; middle-l-1's 3.8k, 3.4k; the 600-section elementary school's 4.9k (27 clean), 3.8k (25).
 * See docs/adr/0015-over-capacity-culprits.md.
 */
const OVER_CULPRIT = 0.7;
/**
 * A team's planning item, picked, makes a column move (nested teams, below COLUMN_MOVES), a
 * planning move (below 0.5), a move to a random period (nested or large teams, below
 * RELOCATE_TEAM: the class moves return nothing for a team), else a Kempe chain. Column moves
 * at 0.25 and 0.4 measured alike. Random moves for small plain teams changed nothing for the
 * generated 600-section elementary school and cost the shared elementary schools clean
 * templates, so their steps are as before. See docs/adr/0004-column-moves.md.
 */
const COLUMN_MOVES = 0.25;
/**
 * A class item, picked, moves to its best period (below 0.4), trades with an item of its group
 * (below 0.7), swaps a block (below EJECT), else makes an ejection chain. Ejection chains in
 * place of Kempe chains: the generated 720-section middle school's templates clean on 3 of 6
 * seeds in 72k steps against 0 (a scratch script, before forced days); elementary-l-1's in a
 * median 9.4k steps against 12.9k (npm run bench:template, 10 seeds). In place of block swaps as
 * well, they cost the elementary schools their clean templates (0 of 10).
 * See docs/adr/0006-ejection-chains-and-forced-days.md.
 */
const EJECT = 0.85;
/** Longest ejection chain tried (items); 20 and 40 measured alike. */
const MAX_EJECT = 40;
const RELOCATE_TEAM = 0.85;
/**
 * Planning moves pull every busy member's class: a team of n members makes one with chance
 * PULL_SIZE / n (at most 1). Pulling 50 teachers' classes at once is almost never accepted.
 */
const PULL_SIZE = 12;
/**
 * Most items a planning move may move. Larger ones were never taken: counted by size, of the
 * planning moves of 21-40 items 0 of 3,014 were taken on the 1,300-section middle school (seeds
 * 1-4), 0 of 5,086 on the 720-section one, 1 of 3,565 on middle-m-1, 4 of 982 on the 600-section
 * elementary school; of those over 40, 0 of 8,183 in all. Yet they were most of the template's
 * time on the middle schools, where every team planning at the target period comes back with
 * its members' classes (71 µs a planning move at 1,300 sections, 38% of the steps' time). With
 * this cap, templates alone (seeds 1-30, a scratch script): the 1,300-section school's median
 * steps to clean 32.0k to 30.5k and its time 11.1 s to 8.7 s; the 720-section one 25.5k to 24.0k,
 * 5.9 s to 4.9 s; elementary-l-1, middle-m-1 and the 600-section elementary school the same
 * templates. A cap of 20 cost the elementary schools clean templates (25 of 30 against 26 and 28).
 */
const MAX_PLANNING_MOVE = 40;
/** Longest Kempe chain tried (items). */
const MAX_CHAIN = 150;
/**
 * A template within RUIN_BELOW broken rules that has found no fewer for RUIN_AFTER steps gets a
 * part of it ruined and recreated (see ruin, in choosePeriods), and again every RUIN_AFTER steps
 * while none comes. Its last rules are often a homeroom with two classes at one period and none
 * at another, where its exploratory teachers are busy: no move of one item mends it (nor of two,
 * on the two stuck templates of the 1,300-section middle school checked), and the breakout
 * weights did not either (one such template sat one homeroom short from step 55k to 200k).
 * See docs/adr/0016-template-ruin.md.
 */
const RUIN_AFTER = 2_000;
const RUIN_BELOW = 30;

export type TemplateOptions = TemplateRules & {
  /** Checked now and then; true stops the search where it is. */
  shouldStop?: () => boolean;
  /** A template to start from (the period of every unit, as returned), instead of a new one. */
  from?: Int32Array;
  /** Steps without a new fewest broken rules after which the search gives up (default: never). */
  stallSteps?: number;
  /**
   * Steps without a new best after which part of the template is ruined and recreated (default
   * RUIN_AFTER, never for a template given in `from`).
   */
  ruinAfter?: number;
};

export type Template = {
  /** The start period of every unit (-1 for a unit the template leaves free). */
  period: Int32Array;
  /** 0 when every aggregate rule holds. */
  penalty: number;
  steps: number;
};

/** A template found by min-conflicts with breakout weights over the aggregate counts. */
export function choosePeriods(
  model: Model,
  units: Unit[],
  rng: Rng,
  maxSteps: number,
  options: TemplateOptions = {},
): Template {
  const counts = new TemplateCounts(model, buildItems(model, units), options);
  const { items, at, itemsOf, T, G, P } = counts;
  const startsAt = new Uint8Array(items.length * P);
  items.forEach((item, j) => {
    for (const p of item.starts) startsAt[j * P + p] = 1;
  });
  const legal = (j: number, p: number): boolean => p >= 0 && startsAt[j * P + p] === 1;

  const deltas = new Float64Array(P);
  /**
   * The start of item i (other than `exclude`) that raises the weighted penalty least, ties
   * broken at random; i is left there. Returns the change from where i was, or Infinity (i
   * back where it was) when there is no other start.
   */
  const relocate = (i: number, exclude: number): number => {
    const from = at[i]!;
    const starts = items[i]!.starts;
    const before = counts.weighted;
    counts.tryStarts(i, starts, deltas);
    const lifted = counts.weighted;
    let best = -1;
    let bestDelta = Infinity;
    let ties = 0;
    for (let k = 0; k < starts.length; k++) {
      const p = starts[k]!;
      if (p === exclude) continue;
      const delta = deltas[k]!;
      if (delta < bestDelta) {
        bestDelta = delta;
        best = p;
        ties = 1;
      } else if (delta === bestDelta && rng.int(++ties) === 0) best = p;
    }
    counts.moveTo(i, best >= 0 ? best : from);
    return best >= 0 ? lifted + bestDelta - before : Infinity;
  };
  /** Fewest periods first, then most meetings, ties at random: the order items are placed in. */
  const hardness = (i: number): number =>
    items[i]!.starts.length * 1000 - items[i]!.count * items[i]!.length + rng.next();
  // Start from the template given, or place the hardest items first (fewest periods, most
  // meetings), each where it hurts least. (Placing teams' planning first was measured worse:
  // middle-m-1 reached a clean template on 3 of 10 seeds instead of 8.)
  const from = options.from;
  if (from) {
    items.forEach((item, i) => {
      const p = from[item.units[0]!]!;
      if (item.starts.includes(p)) counts.moveTo(i, p);
      else relocate(i, -1);
    });
  } else {
    items
      .map((_, i) => ({ i, key: hardness(i) }))
      .sort((a, b) => a.key - b.key)
      .forEach(({ i }) => relocate(i, -1));
  }

  const groupsOf = items.map((item) =>
    [...new Set([...item.load.map(([r]) => r - T), ...item.covers.map(([g]) => g)])].filter(
      (g) => g >= 0 && g < G,
    ),
  );

  /** Item i and another item of one of its groups trade periods. */
  const exchange = (i: number): TemplateMove | null => {
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
  const blockSwap = (i: number): TemplateMove | null => {
    const groups = groupsOf[i]!;
    if (groups.length === 0) return null;
    const g = groups[rng.int(groups.length)]!;
    const k = items[i]!.length;
    const p = at[i]!;
    const q = items[i]!.starts[rng.int(items[i]!.starts.length)]!;
    if (Math.abs(p - q) < k || q + k > P) return null;
    const moves: TemplateMove = [];
    for (const j of itemsOf[T + g]!) {
      const start = at[j]!;
      const end = start + items[j]!.length;
      for (let side = 0; side < 2; side++) {
        const from = side === 0 ? p : q;
        const to = side === 0 ? q : p;
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
  const kempe = (i: number, q: number): TemplateMove | null => {
    const p = at[i]!;
    if (p === q) return null;
    stamp++;
    const chain: TemplateMove = [];
    const stack = [i];
    mark[i] = stamp;
    while (stack.length > 0) {
      const j = stack.pop()!;
      const to = at[j] === p ? q : p;
      if (items[j]!.length !== 1 || !legal(j, to) || chain.length >= MAX_CHAIN) return null;
      chain.push([j, to]);
      for (const r of counts.resources[j]!) {
        // Teams are not links: they would pull in every class of every member.
        if (r >= counts.firstTeam) continue;
        for (const k of itemsOf[r]!) {
          if (mark[k] === stamp || (at[k] !== p && at[k] !== q)) continue;
          mark[k] = stamp;
          stack.push(k);
        }
      }
    }
    return chain;
  };

  /**
   * Ejection chain: item i goes to period q; where that leaves one of its teachers, groups or
   * room classes over capacity at q, one of that resource's items at q goes to i's period, and
   * so on from each item moved: a Kempe chain that follows only what overflows, not every link.
   */
  // The chain's own spare capacities, valid where spareStamp holds the chain's stamp.
  const spareAt = new Int32Array(counts.resourceCount * P);
  const spareStamp = new Int32Array(counts.resourceCount * P);
  const eject = (i: number, q: number): TemplateMove | null => {
    const p = at[i]!;
    if (p === q || items[i]!.length !== 1 || !legal(i, q)) return null;
    stamp++;
    const spare = (r: number, x: number): number =>
      spareStamp[r * P + x] === stamp ? spareAt[r * P + x]! : counts.spare(r, x);
    const setSpare = (r: number, x: number, value: number) => {
      spareAt[r * P + x] = value;
      spareStamp[r * P + x] = stamp;
    };
    const shiftLoad = (j: number, from: number, to: number) => {
      for (const [r, n] of items[j]!.load) {
        setSpare(r, from, spare(r, from) + n);
        setSpare(r, to, spare(r, to) - n);
      }
    };
    const chain: TemplateMove = [[i, q]];
    mark[i] = stamp;
    shiftLoad(i, p, q);
    for (let c = 0; c < chain.length; c++) {
      const [j, to] = chain[c]!;
      const from = to === q ? p : q;
      for (const [r] of items[j]!.load) {
        if (spare(r, to) >= 0) continue;
        // One of r's items at `to` that can go back to `from`, chosen at random.
        let pick = -1;
        let seen = 0;
        for (const k of itemsOf[r]!) {
          if (mark[k] === stamp || at[k] !== to || items[k]!.length !== 1 || !legal(k, from))
            continue;
          if (items[k]!.team) continue;
          if (rng.int(++seen) === 0) pick = k;
        }
        if (pick < 0) continue;
        if (chain.length >= MAX_EJECT) return null;
        mark[pick] = stamp;
        chain.push([pick, from]);
        shiftLoad(pick, to, from);
      }
    }
    return chain;
  };

  // Stamps instead of sets: planning moves are tried thousands of times.
  const moved = new Int32Array(items.length);
  let moveStamp = 0;
  const member = new Int32Array(T);
  let memberStamp = 0;
  const teachersOf = items.map((item) =>
    Int32Array.from(item.load.flatMap(([r]) => (r < T ? [r] : []))),
  );
  /** Whether a member of the team being pulled (member[t] === memberStamp) teaches item k. */
  const teaches = (k: number): boolean => {
    const own = teachersOf[k]!;
    for (let j = 0; j < own.length; j++) if (member[own[j]!] === memberStamp) return true;
    return false;
  };
  /**
   * Team planning item i goes to period q: every member who teaches there trades that class
   * with a class of the same group that no member teaches, one at period p (where the team's
   * column was) when there is one.
   */
  const pull = (i: number, q: number, p: number, moves: TemplateMove) => {
    moves.push([i, q]);
    moved[i] = moveStamp;
    const members = items[i]!.team!;
    memberStamp++;
    for (const t of members) member[t] = memberStamp;
    /** Item k can trade places with member class j (at q): k can go to q and j to k's period. */
    const trades = (j: number, k: number): boolean =>
      moved[k] !== moveStamp &&
      at[k] !== q &&
      items[k]!.length === 1 &&
      legal(k, q) &&
      legal(j, at[k]!) &&
      !teaches(k);
    for (const t of members) {
      for (const j of itemsOf[t]!) {
        if (at[j] !== q || moved[j] === moveStamp || items[j]!.length !== 1) continue;
        const g = groupsOf[j]![0];
        if (g === undefined) continue;
        // One at the team's old period if there is one, else one at random.
        const near = itemsOf[T + g]!;
        let k = -1;
        let options = 0;
        for (const c of near) {
          if (!trades(j, c)) continue;
          options++;
          if (at[c] === p) {
            k = c;
            break;
          }
        }
        if (options === 0) continue;
        if (k < 0) {
          let pick = rng.int(options);
          for (const c of near) if (trades(j, c) && pick-- === 0) k = c;
        }
        moves.push([j, at[k]!], [k, q]);
        moved[j] = moveStamp;
        moved[k] = moveStamp;
      }
    }
  };
  /**
   * A team's planning goes to another period and pulls its members' classes out of it (see
   * pull): a grade's whole specials column moves under its team's planning in one step. A team
   * planning at the target period goes the other way, so two grades can trade columns.
   */
  const planningMove = (i: number): TemplateMove | null => {
    const starts = items[i]!.starts;
    const q = starts[rng.int(starts.length)]!;
    const p = at[i]!;
    if (q === p) return null;
    const moves: TemplateMove = [];
    moveStamp++;
    pull(i, q, p, moves);
    for (const plan of counts.plans) {
      const k = plan.item;
      if (at[k] === q && moved[k] !== moveStamp && legal(k, p)) pull(k, p, q, moves);
      if (moves.length > MAX_PLANNING_MOVE) return null;
    }
    return moves.length > MAX_PLANNING_MOVE ? null : moves;
  };

  // Column moves: the teams each teacher plans with, and the students each team teaches.
  const plansOf: number[][] = Array.from({ length: T }, () => []);
  counts.plans.forEach((plan, k) => {
    for (const t of plan.members) plansOf[t]!.push(k);
  });
  const { planOfItem } = counts;
  const studentsOf = new Map<number, number[]>();
  const students = (k: number): number[] => {
    let list = studentsOf.get(k);
    if (!list) {
      const seen = new Set<number>();
      for (const t of counts.plans[k]!.members)
        for (const j of itemsOf[t]!) if (!items[j]!.team) for (const g of groupsOf[j]!) seen.add(g);
      studentsOf.set(k, (list = [...seen]));
    }
    return list;
  };
  const inSub = new Int32Array(T);
  let subStamp = 0;
  /**
   * Sub-team k's whole columns e and q trade places: every class of its students or members at
   * either period, and the planning of every team made only of its members. Returns false (and
   * adds nothing) when a class cannot go there.
   */
  const swapColumns = (k: number, e: number, q: number, moves: TemplateMove): boolean => {
    const start = moves.length;
    subStamp++;
    for (const t of counts.plans[k]!.members) inSub[t] = subStamp;
    const take = (j: number): boolean => {
      if (moved[j] === moveStamp || (at[j] !== e && at[j] !== q)) return true;
      if (items[j]!.team) return true;
      const to = at[j] === e ? q : e;
      if (items[j]!.length !== 1 || !legal(j, to)) return false;
      moved[j] = moveStamp;
      moves.push([j, to]);
      return true;
    };
    let ok = true;
    for (const g of students(k)) for (const j of itemsOf[T + g]!) ok &&= take(j);
    for (const t of counts.plans[k]!.members) for (const j of itemsOf[t]!) ok &&= take(j);
    if (ok)
      for (const plan of counts.plans) {
        const j = plan.item;
        if (moved[j] === moveStamp || (at[j] !== e && at[j] !== q)) continue;
        if (!plan.members.every((t) => inSub[t] === subStamp)) continue;
        const to = at[j] === e ? q : e;
        if (!legal(j, to)) ok = false;
        moved[j] = moveStamp;
        moves.push([j, to]);
      }
    if (!ok) {
      for (let m = start; m < moves.length; m++) moved[moves[m]![0]] = 0;
      moves.length = start;
    }
    return ok;
  };
  /** Planning items of teams with a member in another team: the only ones column moves help. */
  const nested = new Uint8Array(items.length);
  /** Planning items that move to a random period where class moves return nothing for them. */
  const relocates = new Uint8Array(items.length);
  counts.plans.forEach((plan) => {
    if (plan.members.some((t) => plansOf[t]!.length > 1)) nested[plan.item] = 1;
    if (nested[plan.item] || plan.members.length > PULL_SIZE) relocates[plan.item] = 1;
  });
  const periodsFree: number[] = [];
  /**
   * Team planning item i takes period q (its own, or another) and every member who teaches
   * there gets the column cleared by the smallest other team it belongs to: that team's whole
   * columns trade q for one where the member is free. A grade's exploratory column comes under
   * its subject teams in one step, where pull() trades one class at a time.
   */
  const columnMove = (i: number): TemplateMove | null => {
    const k = planOfItem[i]!;
    const starts = items[i]!.starts;
    const q = rng.next() < 0.5 ? at[i]! : starts[rng.int(starts.length)]!;
    if (!legal(i, q)) return null;
    const moves: TemplateMove = [];
    moveStamp++;
    moved[i] = moveStamp;
    if (at[i] !== q) moves.push([i, q]);
    for (const t of counts.plans[k]!.members) {
      let busy = false;
      for (const j of itemsOf[t]!)
        if (!items[j]!.team && at[j] === q && moved[j] !== moveStamp) busy = true;
      if (!busy) continue;
      let sub = -1;
      for (const c of plansOf[t]!)
        if (c !== k && (sub < 0 || students(c).length < students(sub).length)) sub = c;
      if (sub < 0) continue;
      periodsFree.length = 0;
      for (let e = 0; e < P; e++) {
        if (e === q || e === at[counts.plans[sub]!.item]) continue;
        let free = true;
        for (const j of itemsOf[t]!) if (!items[j]!.team && at[j] === e) free = false;
        if (free) periodsFree.push(e);
      }
      if (periodsFree.length === 0) continue;
      swapColumns(sub, pickOf(periodsFree), q, moves);
    }
    return moves.length > 0 ? moves : null;
  };

  const pickOf = (list: readonly number[]): number => list[rng.int(list.length)]!;
  const busyAt: number[] = [];
  /**
   * An item to move for a team whose members are busy at its planning period: one of the
   * members' classes there. Most of a large team's items sit elsewhere, where moving them cannot
   * help (an exploratory team of 29 teachers was the last broken rule of every template
   * middle-m-1 failed to find in 30k steps).
   */
  const teamCulprit = (r: number): number => {
    const plan = counts.plans[r - counts.firstTeam]!;
    const q = at[plan.item]!;
    busyAt.length = 0;
    for (const j of itemsOf[r]!) if (j !== plan.item && at[j] === q) busyAt.push(j);
    return busyAt.length === 0 || rng.next() < TEAM_ITSELF ? plan.item : pickOf(busyAt);
  };

  /**
   * An item of resource r (a teacher, group or room class), most often (OVER_CULPRIT) one at a
   * period where r is over its capacity, when there is one: moving the others cannot mend that.
   */
  const overCulprit = (r: number): number => {
    busyAt.length = 0;
    for (const j of itemsOf[r]!) {
      const p = at[j]!;
      if (p < 0) continue;
      for (let q = p; q < p + items[j]!.length; q++) {
        if (counts.spare(r, q) < 0) {
          busyAt.push(j);
          break;
        }
      }
    }
    return busyAt.length === 0 || rng.next() >= OVER_CULPRIT ? pickOf(itemsOf[r]!) : pickOf(busyAt);
  };

  // A repair (a template given) keeps to it: ruins would take it elsewhere.
  const ruinAfter = options.ruinAfter ?? (from ? Infinity : RUIN_AFTER);
  let sinceRuin = 0;
  const inRuin = new Int32Array(items.length);
  let ruinStamp = 0;
  /**
   * Ruin and recreate: the items of a resource that breaks a rule, and every item of their
   * teachers, are lifted and put back one by one, the hardest first, each where it hurts least.
   */
  const ruin = () => {
    const broken = counts.broken[rng.int(counts.broken.length)]!;
    ruinStamp++;
    const lifted: number[] = [];
    const lift = (j: number) => {
      if (inRuin[j] === ruinStamp || items[j]!.starts.length <= 1) return;
      inRuin[j] = ruinStamp;
      lifted.push(j);
    };
    for (const j of itemsOf[broken]!) lift(j);
    for (const j of [...lifted])
      for (const t of teachersOf[j]!) for (const k of itemsOf[t]!) lift(k);
    for (const j of lifted) counts.moveTo(j, -1);
    lifted
      .map((j) => ({ j, key: hardness(j) }))
      .sort((a, b) => a.key - b.key)
      .forEach(({ j }) => relocate(j, -1));
  };
  let steps = 0;
  let best = counts.total;
  let sinceBest = 0;
  let lastBest = 0;
  const stallSteps = options.stallSteps ?? Infinity;
  for (; steps < maxSteps && counts.total > 0 && steps - lastBest < stallSteps; steps++) {
    if ((steps & 1023) === 0 && options.shouldStop?.()) break;
    if (++sinceRuin > ruinAfter && steps - lastBest > ruinAfter && counts.total <= RUIN_BELOW) {
      sinceRuin = 0;
      ruin();
      continue;
    }
    // A resource that breaks a rule, then one of its items.
    const r = counts.broken[rng.int(counts.broken.length)]!;
    const i = r >= counts.firstTeam ? teamCulprit(r) : overCulprit(r);
    if (items[i]!.starts.length <= 1) continue;
    const kind = rng.next();
    let moves: TemplateMove | null = null;
    const size = items[i]!.team?.length ?? 0;
    if (nested[i] && kind < COLUMN_MOVES) {
      moves = columnMove(i);
    } else if (size === 0 && kind >= EJECT) {
      moves = eject(i, items[i]!.starts[rng.int(items[i]!.starts.length)]!);
    } else if (size > 0 && kind < 0.5 && (size <= PULL_SIZE || rng.next() * size < PULL_SIZE)) {
      moves = planningMove(i);
    } else if (relocates[i] && kind < RELOCATE_TEAM) {
      // A random period, not the best one: trying every period for a team of 30 members or more
      // doubled the cost of a step (middle-l-1: 12.6 against 6.4 µs), and solves took longer.
      const starts = items[i]!.starts;
      const q = starts[rng.int(starts.length)]!;
      if (q !== at[i]) moves = [[i, q]];
    } else if (kind < 0.4) {
      const from = at[i]!;
      if (relocate(i, from) > 0) counts.moveTo(i, from);
    } else if (kind < 0.7) {
      moves = exchange(i);
    } else if (kind < 0.85) {
      moves = blockSwap(i);
    } else {
      moves = kempe(i, rng.int(P));
    }
    // Sideways steps are taken; uphill ones never (a 2% random walk halved the clean
    // templates): breakout weights get the search out of local minima instead.
    if (moves !== null) counts.applyUnlessWorse(moves);
    if (counts.total < best) {
      best = counts.total;
      sinceBest = 0;
      lastBest = steps;
    } else if (++sinceBest > WEIGHT_PERIOD) {
      sinceBest = 0;
      counts.bumpWeights();
    }
  }
  const period = new Int32Array(units.length).fill(-1);
  items.forEach((item, i) => {
    for (const u of item.units) period[u] = at[i]!;
  });
  return { period, penalty: counts.total, steps };
}

/**
 * The units with their positions narrowed to the template's period (where it leaves any) and,
 * for the teachers a lesson keeps to some days (`workDays`, lessons.ts), to those days.
 */
export function narrowToTemplate(
  model: Model,
  units: Unit[],
  period: Int32Array,
  workDays: readonly (readonly [number, number])[] = [],
): Unit[] {
  const D = model.dayCount;
  const daysOf = new Map(workDays);
  return units.map((unit, u) => {
    const p = period[u]!;
    if (p < 0) return unit;
    const positions = unit.positions.filter((pos) => periodOf(D, pos) === p);
    if (positions.length === 0) return unit;
    // Days a teacher should keep (lessons.ts), where the unit still has a position on them.
    let mask = (1 << D) - 1;
    for (const t of unit.teachers) mask &= daysOf.get(t) ?? -1;
    const kept = positions.filter((pos) => (maskOf(D, pos) & ~mask) === 0);
    return withPositions(unit, kept.length > 0 ? kept : positions);
  });
}
