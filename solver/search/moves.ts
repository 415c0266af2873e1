// The compound moves of the local search. Each keeps some structure whole that single moves
// break: a Kempe chain keeps clash-free pairs clash-free, a day swap keeps a period column whole,
// a block swap keeps a group whole across units of different lengths, an ejection chain makes
// room for a unit by moving everything it displaces.
import type { Rng } from "../rng.ts";
import type { SearchState } from "./state.ts";
import { encode, maskOf, periodOf, popcount } from "./units.ts";

/** A move: units and the positions they take, applied in order. */
export type Move = (readonly [number, number])[];

/** Positions an ejection chain weighs for each unit it displaces. */
const EJECT_SAMPLES = 12;

/**
 * The Kempe chain of unit u between its period and period q: every unit reachable from u through
 * shared teachers or groups on shared days, among units at those two periods. Swapping the two
 * periods for the whole chain keeps every clash-free pair clash-free. Returns null when a unit of
 * the chain cannot take the other period (pinned, not allowed, or a double period).
 */
export function kempeChain(
  state: SearchState,
  neighbours: number[][],
  positionSets: Set<number>[],
  u: number,
  q: number,
  mark: Int32Array,
  stamp: number,
): Move | null {
  const { D } = state;
  const p = periodOf(D, state.pos[u]!);
  if (p === q) return null;
  return grow(
    state,
    neighbours,
    positionSets,
    u,
    mark,
    stamp,
    (x) => {
      const xp = periodOf(D, state.pos[x]!);
      return encode(D, xp === p ? q : p, maskOf(D, state.pos[x]!));
    },
    (x, ypos) => {
      const yp = periodOf(D, ypos);
      return (yp === p || yp === q) && (maskOf(D, ypos) & maskOf(D, state.pos[x]!)) !== 0;
    },
  );
}

/**
 * The Kempe chain of unit u between two days at its period: a day a it meets and a day b it does
 * not, and every unit at that period reachable through shared teachers or groups that meets on
 * exactly one of the two. Swapping a and b for the whole chain keeps clash-free pairs clash-free
 * and every homeroom's column whole, while one teacher's class moves to the other day: the
 * exchange of König's proof that a bipartite graph's edges colour with as many colours as its
 * busiest vertex has edges. Returns null when a unit of the chain cannot take its new days.
 */
export function kempeDays(
  state: SearchState,
  neighbours: number[][],
  positionSets: Set<number>[],
  u: number,
  rng: Rng,
  mark: Int32Array,
  stamp: number,
): Move | null {
  const { D } = state;
  const p = periodOf(D, state.pos[u]!);
  const mu = maskOf(D, state.pos[u]!);
  const all = (1 << D) - 1;
  if (mu === all) return null;
  const both = randomBit(mu, rng) | randomBit(all & ~mu, rng);
  return grow(
    state,
    neighbours,
    positionSets,
    u,
    mark,
    stamp,
    (x) => encode(D, p, maskOf(D, state.pos[x]!) ^ both),
    (_, ypos) => {
      const ym = maskOf(D, ypos) & both;
      return periodOf(D, ypos) === p && ym !== 0 && ym !== both;
    },
  );
}

/**
 * A Kempe chain from u: every placed single-period unit reachable through neighbours that
 * `joins` the unit that reached it, each going to `moveTo`. Null when a unit of the chain cannot
 * go there (a double period, a position it does not have) or the chain passes 64 units.
 */
function grow(
  state: SearchState,
  neighbours: number[][],
  positionSets: Set<number>[],
  u: number,
  mark: Int32Array,
  stamp: number,
  moveTo: (x: number) => number,
  joins: (x: number, ypos: number) => boolean,
): Move | null {
  const moves: Move = [];
  const queue = [u];
  mark[u] = stamp;
  while (queue.length > 0) {
    const x = queue.pop()!;
    if (state.units[x]!.length !== 1) return null;
    const target = moveTo(x);
    if (!positionSets[x]!.has(target)) return null;
    moves.push([x, target]);
    if (moves.length > 64) return null;
    for (const y of neighbours[x]!) {
      if (mark[y] === stamp) continue;
      const ypos = state.pos[y]!;
      if (ypos < 0 || !joins(x, ypos)) continue;
      mark[y] = stamp;
      queue.push(y);
    }
  }
  return moves;
}

/**
 * Two units at the same period whose days do not overlap trade one day each: Spanish on Mon,
 * Wed, Fri and Health on Tue, Thu become Spanish on Mon, Tue, Fri and Health on Wed, Thu. Within
 * a homeroom's column this keeps the homeroom whole while it changes which teacher works when.
 */
export function daySwap(
  state: SearchState,
  near: number[],
  positionSets: Set<number>[],
  u: number,
  rng: Rng,
): Move | null {
  const { D } = state;
  const cur = state.pos[u]!;
  const pu = periodOf(D, cur);
  const mu = maskOf(D, cur);
  if (mu === (1 << D) - 1 || near.length === 0) return null;
  for (let tries = 0; tries < 6; tries++) {
    const v = near[rng.int(near.length)]!;
    const vpos = state.pos[v]!;
    if (vpos < 0 || periodOf(D, vpos) !== pu) continue;
    const mv = maskOf(D, vpos);
    if ((mu & mv) !== 0) continue;
    const a = randomBit(mu, rng);
    const b = randomBit(mv, rng);
    const nu = encode(D, pu, (mu & ~a) | b);
    const nv = encode(D, pu, (mv & ~b) | a);
    if (positionSets[u]!.has(nu) && positionSets[v]!.has(nv)) {
      return [
        [u, nu],
        [v, nv],
      ];
    }
  }
  return null;
}

/**
 * A unit that meets on some days only takes the days of another unit of the same teacher, and
 * the classes its groups have at that period on those days take the days it leaves: a World
 * Language teacher's sections all move to Monday, Wednesday and Friday, so that the teacher is
 * free on the other days, and each homeroom's Health takes the days its language left.
 */
export function alignDays(
  state: SearchState,
  sameTeacher: number[],
  unitsByLeaf: Map<number, number[]>,
  positionSets: Set<number>[],
  u: number,
  rng: Rng,
): Move | null {
  const { D } = state;
  const cur = state.pos[u]!;
  const p = periodOf(D, cur);
  const from = maskOf(D, cur);
  if (from === (1 << D) - 1 || sameTeacher.length === 0) return null;
  const w = sameTeacher[rng.int(sameTeacher.length)]!;
  const wpos = state.pos[w]!;
  if (wpos < 0) return null;
  const to = maskOf(D, wpos);
  if (to === from || popcount(to) !== popcount(from)) return null;
  const target = encode(D, p, to);
  if (!positionSets[u]!.has(target)) return null;
  const moves: Move = [[u, target]];
  const taken = to & ~from;
  const freed = from & ~to;
  const seen = new Set([u]);
  for (const l of state.units[u]!.leaves) {
    for (const v of unitsByLeaf.get(l)!) {
      const vpos = state.pos[v]!;
      if (seen.has(v) || vpos < 0 || periodOf(D, vpos) !== p) continue;
      seen.add(v);
      const vm = maskOf(D, vpos);
      if ((vm & taken) === 0) continue;
      const next = (vm & ~taken) | (freed & ~vm);
      const vTarget = encode(D, p, next);
      if (popcount(next) !== popcount(vm) || !positionSets[v]!.has(vTarget)) return null;
      moves.push([v, vTarget]);
    }
  }
  return moves;
}

function randomBit(mask: number, rng: Rng): number {
  const bits: number[] = [];
  for (let m = mask; m; m &= m - 1) bits.push(m & -m);
  return bits[rng.int(bits.length)]!;
}

/**
 * One group's periods [p, p + k) and [q, q + k) trade everything they hold, on every day: a
 * double ELA block at 1-2 and Math then Writing at 5-6 become Math and Writing at 1-2 and ELA at
 * 5-6. It keeps the group whole where a Kempe chain cannot (units of different lengths).
 */
export function blockSwap(
  state: SearchState,
  unitsByLeaf: Map<number, number[]>,
  positionSets: Set<number>[],
  u: number,
  rng: Rng,
): Move | null {
  const { P } = state;
  const unit = state.units[u]!;
  if (unit.leaves.length === 0) return null;
  const leaf = unit.leaves[rng.int(unit.leaves.length)]!;
  return blockSwapTo(state, unitsByLeaf.get(leaf)!, positionSets, u, rng.int(P - unit.length + 1));
}

/** The block swap of u's group between u's period and period q (see blockSwap). */
function blockSwapTo(
  state: SearchState,
  members: number[],
  positionSets: Set<number>[],
  u: number,
  q: number,
): Move | null {
  const { D } = state;
  const p = periodOf(D, state.pos[u]!);
  const k = state.units[u]!.length;
  if (Math.abs(q - p) < k) return null;
  const moves: Move = [];
  for (const v of members) {
    const vpos = state.pos[v]!;
    if (vpos < 0) continue;
    const vp = periodOf(D, vpos);
    const vEnd = vp + state.units[v]!.length;
    const inSource = vp < p + k && vEnd > p;
    const inTarget = vp < q + k && vEnd > q;
    if (!inSource && !inTarget) continue;
    // A unit that sticks out of its range cannot be carried across whole.
    const from = inSource ? p : q;
    if (vp < from || vEnd > from + k) return null;
    const target = encode(D, vp + (inSource ? q - p : p - q), maskOf(D, vpos));
    if (!positionSets[v]!.has(target)) return null;
    moves.push([v, target]);
  }
  return moves.length > 1 ? moves : null;
}

/**
 * An ejection chain: put u at a random new position, then move every unit it now collides with
 * (through a teacher, a group or a scarce room) to that unit's best position. This is how a
 * team's planning reaches a slot where all its members are free: no single move makes room for
 * 29 exploratory teachers at once. The state is left changed; the journal (unit, old position
 * pairs, in order) lets the caller undo it.
 */
export function ejectionChain(
  state: SearchState,
  near: number[],
  u: number,
  rng: Rng,
  unitsByLeaf: Map<number, number[]>,
  positionSets: Set<number>[],
): number[] {
  const { D } = state;
  const unit = state.units[u]!;
  const journal: number[] = [];
  const target = unit.positions[rng.int(unit.positions.length)]!;
  if (target === state.pos[u]) return journal;
  journal.push(u, state.pos[u]!);
  state.place(u, target);
  const p0 = periodOf(D, target);
  const mask = maskOf(D, target);
  const end = p0 + unit.length;
  for (const v of near) {
    const vpos = state.pos[v]!;
    const vUnit = state.units[v]!;
    if (vpos < 0 || vUnit.positions.length <= 1) continue;
    const vp = periodOf(D, vpos);
    if ((maskOf(D, vpos) & mask) === 0 || vp >= end || vp + vUnit.length <= p0) continue;
    // Either v goes elsewhere on its own, or its group trades v's periods for another block
    // (a homeroom's class for its specials, so that the specials line up with the planning).
    let best: Move | null = null;
    let bestDelta = Infinity;
    const consider = (moves: Move | null) => {
      if (moves === null) return;
      const delta = state.evaluate(moves);
      if (delta < bestDelta || (delta === bestDelta && rng.int(2) === 0)) {
        bestDelta = delta;
        best = moves;
      }
    };
    // A sample keeps an ejection to a few dozen evaluations: all of them cost hundreds of steps.
    const positions = vUnit.positions;
    const draws = Math.min(positions.length, EJECT_SAMPLES);
    for (let i = 0; i < draws; i++) {
      const p =
        positions.length <= EJECT_SAMPLES ? positions[i]! : positions[rng.int(positions.length)]!;
      if (p !== vpos) consider([[v, p]]);
    }
    if (vUnit.leaves.length > 0) {
      const members = unitsByLeaf.get(vUnit.leaves[0]!)!;
      for (let q = 0; q + vUnit.length <= state.P; q++) {
        consider(blockSwapTo(state, members, positionSets, v, q));
      }
    }
    if (best === null) continue;
    for (const [w, p] of best as Move) {
      journal.push(w, state.pos[w]!);
      state.place(w, p);
    }
  }
  return journal;
}
