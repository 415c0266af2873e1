// Starts of template items that a single teacher's own week rules out. A teacher's items must
// fit its periods (no more meetings at a period than days it is there) and leave a lunch on
// every day it works; a team's planning needs each member free there on perCycle days. A PE
// teacher away on some days in two of the eight periods, with five daily classes that cannot go
// there, has six periods for five classes and a lunch: its department's team can plan only in
// the two periods where it is sometimes away.
// The template's counts see each period alone and found this only by chance: a team of 50 or 83
// teachers, once planning at a period one member cannot give, almost never moves (the generated
// 720-section middle school, seeds 1-6, 150k steps: 1 clean template; 5 with that team held to
// the one period its members allow). Every start dropped here is one that no schedule with each
// item at one period (the only kind a template describes) can use, so the template loses
// nothing; see docs/adr/0011-teacher-starts.md.
import type { Model } from "../model/model.ts";
import type { Item } from "./template-items.ts";

/**
 * Depth-first nodes per question before giving up on it, which keeps the start (a teacher's
 * week is a handful of items; the largest generated schools answer every question in far fewer).
 */
const NODE_LIMIT = 5_000;

type Piece = { item: number; n: number; length: number };
/** A piece and what makes two pieces alike: starts, meetings and length. */
type Keyed = Piece & { key: string };

/**
 * Drops, in place, every start of every item at which one of its teachers cannot place the rest
 * of its own items, repeated until nothing changes (a team held to fewer periods can rule out
 * a member's classes there, and so on). An item never loses its last start: a teacher whose
 * week does not fit at all is left to the template's penalties and the explanations.
 */
export function pruneStarts(model: Model, items: Item[]): void {
  const D = model.dayCount;
  const P = model.periodCount;
  const T = model.teachers.length;
  const lunch = Array.from({ length: P }, (_, p) => model.lunchPeriods?.[p] === true);
  const hasLunch = lunch.some(Boolean);
  const pieces: Piece[][] = Array.from({ length: T }, () => []);
  items.forEach((item, i) => {
    for (const [r, n] of item.load) {
      if (r < T) pieces[r]!.push({ item: i, n, length: item.length });
    }
  });
  const cap = new Int32Array(T * P);
  model.teachers.forEach((t, ti) => {
    for (let s = 0; s < D * P; s++) if (!t.unavailable[s]) cap[ti * P + (s % P)]!++;
  });

  // A teacher works at least as many days as its busiest item meets, and eats on each.
  const need = Int32Array.from(pieces, (own) =>
    hasLunch ? own.reduce((most, x) => Math.max(most, x.n), 0) : 0,
  );
  const load = new Int32Array(P);
  const chosen = new Int32Array(items.length);
  // (item, start) pairs some placement of the current teacher's week uses, by stamp.
  const supported = new Int32Array(items.length * P);
  let stamp = 0;

  // The question being answered: teacher who's pieces in the order they are placed (seq), each
  // marked when it is alike to the one before it; the first pinned to `start` when pinned.
  let who = 0;
  let count = 0;
  const seq: Keyed[] = [];
  const alike = new Uint8Array(64);
  let pinned = false;
  let start = -1;
  let lunchFree = 0;
  let nodes = 0;
  const place = (k: number): boolean | null => {
    if (k === count) return true;
    if (++nodes > NODE_LIMIT) return null;
    const { item, n, length } = seq[k]!;
    const starts = items[item]!.starts;
    // Alike pieces in a row take starts in order: the same placements, counted once.
    const from = alike[k] ? chosen[seq[k - 1]!.item]! : -1;
    const only = pinned && k === 0;
    for (let i = 0; i < starts.length; i++) {
      const s = only ? start : starts[i]!;
      if (only && i > 0) break;
      if (s < from || s + length > P) continue;
      let ok = true;
      let eaten = 0;
      for (let p = s; p < s + length; p++) {
        if (load[p]! + n > cap[who * P + p]!) ok = false;
        if (lunch[p]) eaten += n;
      }
      if (!ok || lunchFree - eaten < need[who]!) continue;
      for (let p = s; p < s + length; p++) load[p]! += n;
      lunchFree -= eaten;
      chosen[item] = s;
      const answer = place(k + 1);
      for (let p = s; p < s + length; p++) load[p]! -= n;
      lunchFree += eaten;
      if (answer !== false) return answer;
    }
    return false;
  };
  /**
   * Whether the teacher's pieces (`order`: fewest starts first, alike ones side by side) fit with
   * piece `fixed` of them at `at` (fixed -1: any starts): true, false, or null when the node
   * limit ran out first. A true answer marks the placement's pairs as supported.
   */
  const fits = (teacher: number, order: Keyed[], fixed: number, at: number): boolean | null => {
    who = teacher;
    count = order.length;
    pinned = fixed >= 0;
    start = at;
    seq.length = 0;
    if (pinned) seq.push(order[fixed]!);
    for (let k = 0; k < count; k++) if (k !== fixed) seq.push(order[k]!);
    for (let k = 0; k < count; k++) {
      alike[k] = k > (pinned ? 1 : 0) && seq[k - 1]!.key === seq[k]!.key ? 1 : 0;
    }
    lunchFree = 0;
    for (let p = 0; p < P; p++) if (lunch[p]) lunchFree += cap[who * P + p]!;
    load.fill(0);
    nodes = 0;
    const answer = place(0);
    if (answer) for (const x of order) supported[x.item * P + chosen[x.item]!] = stamp;
    return answer;
  };

  /**
   * Marks every start to which one piece can move alone from the placement just found: most of
   * a loose week's starts, each for the price of a few additions instead of a search.
   */
  const supportMoves = (teacher: number, order: Keyed[]): void => {
    load.fill(0);
    let free = 0;
    for (let p = 0; p < P; p++) if (lunch[p]) free += cap[teacher * P + p]!;
    for (const { item, n, length } of order) {
      for (let p = chosen[item]!; p < chosen[item]! + length; p++) {
        load[p]! += n;
        if (lunch[p]) free -= n;
      }
    }
    for (const { item, n, length } of order) {
      const from = chosen[item]!;
      for (const s of items[item]!.starts) {
        if (s + length > P || supported[item * P + s] === stamp) continue;
        let ok = true;
        let lunchLeft = free;
        for (let p = s; p < s + length; p++) {
          const own = p >= from && p < from + length ? n : 0;
          if (load[p]! - own + n > cap[teacher * P + p]!) ok = false;
          if (lunch[p]) lunchLeft -= n;
        }
        for (let p = from; p < from + length; p++) if (lunch[p]) lunchLeft += n;
        if (ok && lunchLeft >= need[teacher]!) {
          supported[item * P + s] = stamp;
          continue;
        }
        if (length !== 1) continue;
        // Or it trades places with a class there: two daily classes always can.
        for (const other of order) {
          if (other.length !== 1 || other.item === item || chosen[other.item] !== s) continue;
          if (!items[other.item]!.starts.includes(from)) continue;
          const m = other.n;
          const lunchAfter = free + (lunch[s] ? m - n : 0) + (lunch[from] ? n - m : 0);
          if (
            load[s]! - m + n <= cap[teacher * P + s]! &&
            load[from]! - n + m <= cap[teacher * P + from]! &&
            lunchAfter >= need[teacher]!
          ) {
            supported[item * P + s] = stamp;
            supported[other.item * P + from] = stamp;
            break;
          }
        }
      }
    }
  };

  const queued = new Uint8Array(T).fill(1);
  const queue = Array.from({ length: T }, (_, t) => t);
  while (queue.length > 0) {
    const t = queue.pop()!;
    queued[t] = 0;
    if (pieces[t]!.length === 0 || pieces[t]!.length > alike.length) continue;
    stamp++;
    const order = pieces[t]!.map((x) => ({
      ...x,
      key: `${items[x.item]!.starts.join(",")} ${x.n} ${x.length}`,
    })).sort(
      (a, b) =>
        items[a.item]!.starts.length - items[b.item]!.starts.length ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    // A week that does not fit at all (or too large to tell) says nothing about single starts.
    if (fits(t, order, -1, -1) !== true) continue;
    supportMoves(t, order);
    // Until none of the teacher's items loses a start: what was checked before may have leant
    // on the starts just dropped. Supports found stay sound (a placement found uses no start
    // that is dropped), so a new pass costs a search only where none is known.
    for (let changed = true; changed;) {
      changed = false;
      for (let f = 0; f < order.length; f++) {
        const piece = order[f]!;
        const it = items[piece.item]!;
        const kept = it.starts.filter(
          (s) => supported[piece.item * P + s] === stamp || fits(t, order, f, s) !== false,
        );
        if (kept.length === it.starts.length || kept.length === 0) continue;
        it.starts = kept;
        changed = true;
        // No longer alike its neighbours (alike pieces take starts in order).
        piece.key = `${kept.join(",")} ${piece.n} ${piece.length}`;
        // Its other teachers again.
        for (const [r] of it.load) {
          if (r < T && r !== t && !queued[r]) {
            queued[r] = 1;
            queue.push(r);
          }
        }
      }
    }
  }
}
