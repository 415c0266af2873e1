// Which days each part-week teacher works, chosen for a whole template before any class gets its
// days (docs/adr/0007-work-days.md). A teacher whose minFreePerCycle leaves room for fewer working
// days than it is available (every day worked costs a lunch) must fit all its classes into the
// same few days: a health teacher that may work two days teaches every health class on the same
// two. Each homeroom's language and health classes share out the week at their period, and
// part-time teachers fix some days, so these choices are linked across periods through the
// homerooms. The day search goes period by period and cannot see that; this small constraint
// search over teachers, with arc consistency over the classes' day masks, can.
import type { Model } from "../model/model.ts";
import type { Rng } from "../rng.ts";
import { maskOf, periodOf, periodSpan, popcount, withPositions, type Unit } from "./units.ts";

/**
 * The most days each teacher can work: every day worked costs a lunch (when the school has one),
 * a period that is not free, so minFreePerCycle, with all of the teacher's meetings placed,
 * leaves room for only so many. D for teachers it does not hold back (fewer days available than
 * that, or no lunch or cycle limit).
 */
export function workDayLimits(model: Model, units: readonly Unit[]): Int32Array {
  const D = model.dayCount;
  const P = model.periodCount;
  const meetings = new Float64Array(model.teachers.length);
  for (const unit of units) for (const t of unit.teachers) meetings[t]! += unit.count * unit.length;
  return Int32Array.from(model.teachers, (teacher, t) => {
    if (teacher.minFreePerCycle <= 0 || !model.lunchPeriods?.some(Boolean)) return D;
    let open = 0;
    let days = 0;
    for (let d = 0; d < D; d++) {
      let works = false;
      for (let p = 0; p < P; p++)
        if (!teacher.unavailable[d * P + p]) {
          open++;
          works = true;
        }
      if (works) days++;
    }
    const most = open - meetings[t]! - teacher.minFreePerCycle;
    return most < days ? Math.max(0, most) : D;
  });
}

export type WorkDays =
  | {
      found: true;
      /** The units with only the positions left that fit the chosen days and one another. */
      units: Unit[];
      /** [teacher, days]: the days (a bit mask) each held-back teacher works. */
      workDays: [number, number][];
      /** Teachers' day sets tried, the work done. */
      nodes: number;
    }
  | {
      found: false;
      /** The unit left without a position most often: where the template should change. */
      culprit: number;
      nodes: number;
    };

/**
 * Chooses the working days of every teacher that workDayLimits holds back, for a template (units
 * held to their template periods): each unit keeps a position inside its teachers' days that
 * clashes with no position left to the units it shares a teacher, a leaf group or a section with
 * (arc consistency, kept at every step of a depth-first search over the teachers, fewest choices
 * first). Null when there is no such teacher. Only clashes are judged: a choice found here is
 * necessary for the days, not sufficient; none found (a proof when the search was not cut short
 * by `nodeLimit`) names the unit that ran out of positions most often.
 */
export function chooseWorkDays(
  model: Model,
  units: readonly Unit[],
  rng: Rng,
  nodeLimit: number,
): WorkDays | null {
  const limits = workDayLimits(model, units);
  const held = [...limits.keys()].filter((t) => limits[t]! < model.dayCount);
  if (held.length === 0) return null;
  const csp = new DayCsp(slotNetwork(model, units, limits, held));
  const { solved, nodes } = solveCsp(csp, held, rng, nodeLimit);
  if (!solved) return { found: false, culprit: csp.culprit(), nodes };
  const kept = units.map((unit, u) => {
    const positions = csp.positionsLeft(u);
    return positions.length === unit.positions.length ? unit : withPositions(unit, positions);
  });
  const workDays = held.map((t) => [t, csp.choices(t)[0]!] as [number, number]);
  return { found: true, units: kept, workDays, nodes };
}

/**
 * Depth-first search over the held-back teachers' day sets, the one with the fewest left first,
 * keeping arc consistency; nodes counts the day sets tried.
 */
function solveCsp(
  csp: DayCsp,
  held: readonly number[],
  rng: Rng,
  nodeLimit: number,
): { solved: boolean; nodes: number } {
  if (!csp.propagateAll()) return { solved: false, nodes: 0 };
  let nodes = 0;
  const search = (): boolean => {
    let t = -1;
    for (const s of held) {
      const n = csp.choicesLeft(s);
      if (n > 1 && (t < 0 || n < csp.choicesLeft(t))) t = s;
    }
    if (t < 0) return true;
    // The day sets that leave t's classes the most positions first (ties at random).
    const scored = csp
      .choices(t)
      .map((days) => ({ days, n: csp.support(t, days), tie: rng.next() }));
    scored.sort((a, b) => b.n - a.n || a.tie - b.tie);
    for (const { days } of scored) {
      if (nodes++ >= nodeLimit) return false;
      const mark = csp.mark();
      if (csp.choose(t, days) && search()) return true;
      csp.undo(mark);
    }
    return false;
  };
  const solved = search();
  return { solved, nodes };
}

/** What the constraint search works on: day masks (with periods) and who may not share them. */
type Network = {
  D: number;
  /** Each unit's position codes (period and day mask) and length in periods. */
  pos: Int32Array[];
  length: Int32Array;
  /** The held-back teachers of each unit. */
  heldOf: number[][];
  /** Units whose positions may not share a slot with the unit's; sameDay: nor a day. */
  near: Int32Array[];
  sameDay: Set<number>[];
  /** Each held-back teacher's possible working days: every set of as many days as it may work. */
  sets: Map<number, number[]>;
};

/** Each held-back teacher's possible working days: every set of as many days as it may work. */
export function heldSets(
  model: Model,
  limits: Int32Array,
  held: readonly number[],
): Map<number, number[]> {
  const D = model.dayCount;
  const P = model.periodCount;
  const sets = new Map<number, number[]>();
  for (const t of held) {
    let available = 0;
    for (let d = 0; d < D; d++)
      for (let p = 0; p < P; p++)
        if (!model.teachers[t]!.unavailable[d * P + p]) available |= 1 << d;
    const want = Math.min(limits[t]!, popcount(available));
    const list: number[] = [];
    for (let m = 0; m < 1 << D; m++)
      if ((m & available) === m && popcount(m) === want) list.push(m);
    sets.set(t, list);
  }
  return sets;
}

function heldOfUnits(units: readonly Unit[], limits: Int32Array, D: number): number[][] {
  return units.map((unit) => unit.teachers.filter((t) => limits[t]! < D));
}

/**
 * The network of a template: every position where no teacher is away; units sharing a teacher
 * or a leaf group whose periods can overlap may not share a slot, and units of one section a day.
 */
function slotNetwork(
  model: Model,
  units: readonly Unit[],
  limits: Int32Array,
  held: readonly number[],
): Network {
  const D = model.dayCount;
  const P = model.periodCount;
  const U = units.length;
  const pos = units.map((unit) =>
    Int32Array.from(
      unit.positions.filter((code) => {
        const p0 = periodOf(D, code);
        const mask = maskOf(D, code);
        for (let d = 0; d < D; d++) {
          if (!(mask & (1 << d))) continue;
          for (let k = 0; k < unit.length; k++)
            for (const t of unit.teachers)
              if (model.teachers[t]!.unavailable[d * P + p0 + k]) return false;
        }
        return true;
      }),
    ),
  );
  const span = units.map((unit) => periodSpan(D, unit));
  const byTeacher = new Map<number, number[]>();
  const byLeaf = new Map<number, number[]>();
  const bySection = new Map<number, number[]>();
  const add = (map: Map<number, number[]>, key: number, u: number) =>
    (map.get(key) ?? map.set(key, []).get(key)!).push(u);
  units.forEach((unit, u) => {
    for (const t of unit.teachers) add(byTeacher, t, u);
    for (const l of unit.leaves) add(byLeaf, l, u);
    if (unit.kind === "section") add(bySection, unit.owner, u);
  });
  const near = Array.from({ length: U }, () => new Set<number>());
  const sameDay = Array.from({ length: U }, () => new Set<number>());
  for (const list of [...byTeacher.values(), ...byLeaf.values()])
    for (const u of list)
      for (const v of list) if (u !== v && (span[u]! & span[v]!) !== 0) near[u]!.add(v);
  for (const list of bySection.values())
    for (const u of list)
      for (const v of list)
        if (u !== v) {
          near[u]!.add(v);
          sameDay[u]!.add(v);
        }
  return {
    D,
    pos,
    length: Int32Array.from(units, (unit) => unit.length),
    heldOf: heldOfUnits(units, limits, D),
    near: near.map((set) => Int32Array.from(set)),
    sameDay,
    sets: heldSets(model, limits, held),
  };
}

/**
 * The constraint network's state: positions and day sets still possible, with a trail so that a
 * failed choice is undone exactly.
 */
class DayCsp {
  private readonly D: number;
  private readonly pos: Int32Array[];
  private readonly length: Int32Array;
  private readonly alive: Uint8Array[];
  private readonly size: Int32Array;
  private readonly near: Int32Array[];
  private readonly sameDay: Set<number>[];
  private readonly heldOf: number[][];
  private readonly unitsOf = new Map<number, number[]>();
  private readonly sets: Map<number, number[]>;
  private readonly setAlive = new Map<number, Uint8Array>();
  private readonly setCount = new Map<number, number>();
  /** Removals, newest last: unit u's k-th position as (u, k), a day set as (-1 - t, k). */
  private readonly trail: number[] = [];
  private readonly queue: number[] = [];
  private readonly queued: Uint8Array;
  /** How often each unit was left without a position (or left its teacher no day set). */
  private readonly emptied: Int32Array;

  constructor(network: Network) {
    this.D = network.D;
    this.pos = network.pos;
    this.length = network.length;
    this.near = network.near;
    this.sameDay = network.sameDay;
    this.heldOf = network.heldOf;
    this.sets = network.sets;
    const U = this.pos.length;
    this.alive = this.pos.map((list) => new Uint8Array(list.length).fill(1));
    this.size = Int32Array.from(this.pos, (list) => list.length);
    this.queued = new Uint8Array(U);
    this.emptied = new Int32Array(U);
    for (const [t, list] of this.sets) {
      this.setAlive.set(t, new Uint8Array(list.length).fill(1));
      this.setCount.set(t, list.length);
      this.unitsOf.set(t, []);
    }
    this.heldOf.forEach((list, u) => {
      for (const t of list) this.unitsOf.get(t)!.push(u);
    });
  }

  culprit(): number {
    let most = 0;
    for (let u = 1; u < this.emptied.length; u++)
      if (this.emptied[u]! > this.emptied[most]!) most = u;
    return most;
  }

  choicesLeft(t: number): number {
    return this.setCount.get(t)!;
  }

  choices(t: number): number[] {
    const alive = this.setAlive.get(t)!;
    return this.sets.get(t)!.filter((_, k) => alive[k]);
  }

  positionsLeft(u: number): number[] {
    const alive = this.alive[u]!;
    return [...this.pos[u]!].filter((_, k) => alive[k]);
  }

  mark(): number {
    return this.trail.length;
  }

  undo(mark: number): void {
    const trail = this.trail;
    while (trail.length > mark) {
      const k = trail.pop()!;
      const who = trail.pop()!;
      if (who >= 0) {
        this.alive[who]![k] = 1;
        this.size[who]!++;
      } else {
        const t = -1 - who;
        this.setAlive.get(t)![k] = 1;
        this.setCount.set(t, this.setCount.get(t)! + 1);
      }
    }
  }

  /** Teacher t works exactly the days `days`; false when that leaves some unit no position. */
  choose(t: number, days: number): boolean {
    const sets = this.sets.get(t)!;
    const alive = this.setAlive.get(t)!;
    for (let k = 0; k < sets.length; k++) if (alive[k] && sets[k] !== days) this.dropSet(t, k);
    if (this.pruneUnitsOf(t)) return this.propagate();
    this.clearQueue();
    return false;
  }

  private clearQueue(): void {
    for (const u of this.queue) this.queued[u] = 0;
    this.queue.length = 0;
  }

  /** Arc consistency over every unit and day set, from scratch. */
  propagateAll(): boolean {
    for (const t of this.sets.keys()) {
      if (!this.pruneSets(t) || !this.pruneUnitsOf(t)) {
        this.clearQueue();
        return false;
      }
    }
    for (let u = 0; u < this.pos.length; u++) this.enqueue(u);
    return this.propagate();
  }

  private enqueue(u: number): void {
    if (this.queued[u]) return;
    this.queued[u] = 1;
    this.queue.push(u);
  }

  private propagate(): boolean {
    const queue = this.queue;
    let ok = true;
    while (queue.length > 0) {
      const u = queue.pop()!;
      this.queued[u] = 0;
      if (!ok) continue;
      for (const v of this.near[u]!) {
        const before = this.size[v]!;
        if (!this.revise(v, u)) ok = false;
        else if (this.size[v]! < before) this.enqueue(v);
        if (!ok) break;
      }
      if (ok)
        for (const t of this.heldOf[u]!)
          if (!this.pruneSets(t) || !this.pruneUnitsOf(t)) ok = false;
    }
    return ok;
  }

  /** Drops v's positions that clash with every position u has left; false when none is left. */
  private revise(v: number, u: number): boolean {
    const { D } = this;
    const pv = this.pos[v]!;
    const pu = this.pos[u]!;
    const av = this.alive[v]!;
    const au = this.alive[u]!;
    const lenV = this.length[v]!;
    const lenU = this.length[u]!;
    const anyDay = this.sameDay[v]!.has(u);
    for (let k = 0; k < pv.length; k++) {
      if (!av[k]) continue;
      const mv = maskOf(D, pv[k]!);
      const qv = periodOf(D, pv[k]!);
      let supported = false;
      for (let j = 0; j < pu.length && !supported; j++) {
        if (!au[j]) continue;
        const mu = maskOf(D, pu[j]!);
        if ((mv & mu) === 0) supported = true;
        else if (!anyDay) {
          const qu = periodOf(D, pu[j]!);
          supported = qu + lenU <= qv || qv + lenV <= qu;
        }
      }
      if (!supported) this.drop(v, k);
    }
    return this.size[v]! > 0;
  }

  /** Drops t's day sets that leave one of its units no position; false when none is left. */
  private pruneSets(t: number): boolean {
    const sets = this.sets.get(t)!;
    const alive = this.setAlive.get(t)!;
    for (let k = 0; k < sets.length; k++) {
      if (!alive[k]) continue;
      const days = sets[k]!;
      for (const u of this.unitsOf.get(t)!) {
        if (!this.hasPositionWithin(u, days)) {
          this.dropSet(t, k);
          if (this.setCount.get(t) === 0) this.emptied[u]!++;
          break;
        }
      }
    }
    return this.setCount.get(t)! > 0;
  }

  /** Drops positions of t's units that fall outside every day set t has left. */
  private pruneUnitsOf(t: number): boolean {
    const { D } = this;
    const sets = this.sets.get(t)!;
    const alive = this.setAlive.get(t)!;
    const inSomeSet = (m: number): boolean => {
      for (let k = 0; k < sets.length; k++) if (alive[k] && (m & ~sets[k]!) === 0) return true;
      return false;
    };
    for (const u of this.unitsOf.get(t)!) {
      const pu = this.pos[u]!;
      const au = this.alive[u]!;
      const before = this.size[u]!;
      for (let k = 0; k < pu.length; k++) {
        if (au[k] && !inSomeSet(maskOf(D, pu[k]!))) this.drop(u, k);
      }
      if (this.size[u] === 0) return false;
      if (this.size[u]! < before) this.enqueue(u);
    }
    return true;
  }

  /** Positions left to t's units that fall within `days`. */
  support(t: number, days: number): number {
    let n = 0;
    for (const u of this.unitsOf.get(t)!) {
      const pu = this.pos[u]!;
      const au = this.alive[u]!;
      for (let k = 0; k < pu.length; k++) if (au[k] && (maskOf(this.D, pu[k]!) & ~days) === 0) n++;
    }
    return n;
  }

  private hasPositionWithin(u: number, days: number): boolean {
    const pu = this.pos[u]!;
    const au = this.alive[u]!;
    for (let k = 0; k < pu.length; k++)
      if (au[k] && (maskOf(this.D, pu[k]!) & ~days) === 0) return true;
    return false;
  }

  private drop(u: number, k: number): void {
    this.alive[u]![k] = 0;
    this.size[u]!--;
    if (this.size[u] === 0) this.emptied[u]!++;
    this.trail.push(u, k);
  }

  private dropSet(t: number, k: number): void {
    this.setAlive.get(t)![k] = 0;
    this.setCount.set(t, this.setCount.get(t)! - 1);
    this.trail.push(-1 - t, k);
  }
}
