// The template's bookkeeping: the period of every item, the load of every resource at every
// period, and the penalty of every resource, kept up to date as items move. Resources are the
// teachers [0, T), the groups [T, T+G) (leaf clashes and fullDay cover), the classes of counted
// rooms [T+G, T+G+C), then one per team planning. See docs/adr/0002-period-template.md.
import type { Model } from "../model/model.ts";
import type { Item, Items } from "./template-items.ts";

/** A move of the template: items and the periods they take. */
export type TemplateMove = [item: number, period: number][];

/** What a template must hold beyond the school's own rules: readings and lessons learned. */
export type TemplateRules = {
  /** The strict reading of every teacher's lunch (see penaltyOf); else in aggregate. */
  strictLunch?: boolean;
  /** Teachers whose lunch is read strictly even when strictLunch is false. */
  strictLunchFor?: readonly number[];
  /** [teacher, period, most meetings]: at most so many meetings of the teacher there. */
  cuts?: readonly (readonly [number, number, number])[];
  /**
   * A team that chooses its days asks its tight members for a period to spare on each of them,
   * even where its period is already full for them (see daysShort).
   */
  spareTeamDays?: boolean;
};

type Plan = { item: number; members: number[]; count: number };

export class TemplateCounts {
  readonly items: Item[];
  readonly D: number;
  readonly P: number;
  readonly T: number;
  readonly G: number;
  /** First index of the teams' planning resources. */
  readonly firstTeam: number;
  readonly resourceCount: number;
  /** Start period of every item; -1 while unplaced. */
  readonly at: Int32Array;
  /** Broken rules by resource, unweighted; `total` is their sum, 0 for a clean template. */
  readonly pen: Float64Array;
  total = 0;
  /** What the search minimises: penalties weighted by breakout weights. */
  weighted = 0;
  /** Resources that break a rule, in no order (with their positions in the list). */
  readonly broken: number[] = [];
  /** The resources each item touches, and the items on each resource. */
  readonly resources: number[][];
  readonly itemsOf: number[][];
  readonly plans: Plan[];

  private readonly strict: Uint8Array;
  private readonly weight: Float64Array;
  private readonly brokenAt: Int32Array;
  private readonly lunch: Uint8Array;
  private readonly lunchPeriods: number[];
  private readonly fullDay: Uint8Array;
  /** Capacity and load of teachers, groups and room classes at each period. */
  private readonly cap: Int16Array;
  private readonly load: Int16Array;
  private readonly cover: Int16Array;
  private readonly workDays: Int16Array;
  private readonly maxWorkDays: Float64Array;
  /** The most meetings a teacher has at any one period (kept as loads change). */
  private readonly most: Int16Array;
  // Sums kept as loads change, so that a resource's penalty costs O(1): load over capacity,
  // free lunch-days (teachers), holes outside and inside the lunch window (fullDay groups), and
  // the members' other meetings at each team's planning period.
  private readonly overSum: Float64Array;
  private readonly lunchFree: Float64Array;
  private readonly holes: Float64Array;
  private readonly lunchHoles: Float64Array;
  private readonly busy: Float64Array;
  /** Items surely holding a teacher at a period on a day ([t][p][d]), and the excess by teacher. */
  private readonly forcedCount: Int16Array;
  private readonly forcedOver: Float64Array;
  /** Teachers' unavailability by [t][d][p], for the lunch on days their items surely fill. */
  private readonly away: Uint8Array;
  /**
   * By [t][d]: the periods at which teacher t is surely busy on day d (its load fills every day
   * it is there, or an item surely meets then), the most that day leaves room for (a lunch and
   * minFreePerDay free), and by teacher the excess summed over its days.
   */
  private readonly sureBusy: Int16Array;
  private readonly dayRoom: Int16Array;
  private readonly dayOver: Float64Array;
  /**
   * Teachers whose surely busy periods are counted: one with a part-week item, one whose meetings
   * can fill more periods than its tightest day has room for, or as many where it sits in a team
   * that chooses its days. The others' can never outgrow a day, nor leave one without room for
   * one more meeting.
   */
  private readonly daysTight: Uint8Array;
  /** By [t][p], how many of teacher t's teams plan at p: most loads change where none does. */
  private readonly plansAt: Int16Array;
  /**
   * By team planning: the days its meetings may take at each period when they take days of
   * their own (item.choice), the days they surely take there, and the members whose days can
   * run short; null for the other teams.
   */
  private readonly teamDays: ({ choice: number[]; sure: number[]; tight: Int32Array } | null)[];
  private readonly spareTeamDays: boolean;
  // Flat copies of what put() reads: it is most of the template's time.
  private readonly loadOf: Int32Array[];
  private readonly coverOf: Int32Array[];
  /**
   * Every item.forced in one array ([teacher, days, teacher, days, ...]), item i's at start p
   * from forcedFrom[i * P + p] to forcedFrom[i * P + p + 1]: most are empty, and one array
   * for each took put() a third of its time.
   */
  private readonly forcedFrom: Int32Array;
  private readonly forcedData: Int32Array;
  /** By item, its team's plan (index into plans), or -1 for a class. */
  readonly planOfItem: Int32Array;
  private readonly planItem: Int32Array;
  private readonly planCount: Int32Array;
  private readonly plansOfMember: Int32Array[];
  // Resources touched since the last flush, each refreshed once however many items moved.
  private readonly dirtyStamp: Int32Array;
  private dirtyEpoch = 1;
  // A list and its length, not an array emptied by `length = 0`: V8 drops an emptied array's
  // store, and growing it again on every move was the template's largest allocation.
  private readonly dirty: Int32Array;
  private dirtyCount = 0;
  private olds = new Int32Array(64);
  /** By resource, its penalty before the move being tried (applyUnlessWorse). */
  private readonly was: Float64Array;

  constructor(
    model: Model,
    { items, roomClasses }: Items,
    {
      strictLunch = false,
      strictLunchFor = [],
      cuts = [],
      spareTeamDays = false,
    }: TemplateRules = {},
  ) {
    this.spareTeamDays = spareTeamDays;
    const D = (this.D = model.dayCount);
    const P = (this.P = model.periodCount);
    const T = (this.T = model.teachers.length);
    const G = (this.G = model.groups.length);
    const C = roomClasses.length;
    this.items = items;
    this.firstTeam = T + G + C;
    this.plans = items.flatMap((item, i) =>
      item.team ? [{ item: i, members: item.team, count: item.count }] : [],
    );
    const R = (this.resourceCount = this.firstTeam + this.plans.length);
    this.at = new Int32Array(items.length).fill(-1);
    this.pen = new Float64Array(R);
    this.weight = new Float64Array(R).fill(1);
    this.brokenAt = new Int32Array(R).fill(-1);
    this.strict = new Uint8Array(T).fill(strictLunch ? 1 : 0);
    for (const t of strictLunchFor) this.strict[t] = 1;
    this.lunch = Uint8Array.from({ length: P }, (_, p) => (model.lunchPeriods?.[p] ? 1 : 0));
    this.lunchPeriods = [...this.lunch].flatMap((ok, p) => (ok ? [p] : []));
    this.fullDay = Uint8Array.from(model.groups, (g) => (g.fullDay ? 1 : 0));

    // Capacity: days a teacher can work at the period, D for a group, room-days for a class.
    const cap = (this.cap = new Int16Array(this.firstTeam * P));
    this.workDays = new Int16Array(T);
    model.teachers.forEach((t, ti) => {
      for (let d = 0; d < D; d++) {
        let works = false;
        for (let p = 0; p < P; p++) {
          if (t.unavailable[d * P + p]) continue;
          cap[ti * P + p]!++;
          works = true;
        }
        if (works) this.workDays[ti]!++;
      }
    });
    for (const [t, p, most] of cuts) cap[t * P + p] = Math.max(0, Math.min(cap[t * P + p]!, most));
    cap.fill(D, T * P, (T + G) * P);
    roomClasses.forEach((rooms, c) => {
      for (const r of rooms) {
        const room = model.rooms[r]!;
        for (let s = 0; s < D * P; s++) if (!room.unavailable[s]) cap[(T + G + c) * P + (s % P)]!++;
      }
    });
    // Free periods count on every day, less a lunch on each day worked: the working days that a
    // teacher's minFreePerCycle leaves room for.
    this.maxWorkDays = new Float64Array(T);
    const busyPerCycle = new Float64Array(T);
    for (const item of items) {
      for (const [r, n] of item.load) if (r < T) busyPerCycle[r]! += n * item.length;
    }
    model.teachers.forEach((t, ti) => {
      let open = 0;
      for (let p = 0; p < P; p++) open += cap[ti * P + p]!;
      this.maxWorkDays[ti] = Math.max(0, open - busyPerCycle[ti]! - t.minFreePerCycle);
    });

    this.most = new Int16Array(T);
    this.load = new Int16Array(this.firstTeam * P);
    this.cover = new Int16Array(G * P);
    this.overSum = new Float64Array(this.firstTeam);
    this.lunchFree = new Float64Array(T);
    this.holes = new Float64Array(G);
    this.lunchHoles = new Float64Array(G);
    this.busy = new Float64Array(this.plans.length);
    this.forcedCount = new Int16Array(T * P * D);
    this.forcedOver = new Float64Array(T);
    this.away = new Uint8Array(T * D * P);
    model.teachers.forEach((t, ti) => {
      for (let s = 0; s < D * P; s++) if (t.unavailable[s]) this.away[ti * D * P + s] = 1;
    });
    this.sureBusy = new Int16Array(T * D);
    this.dayRoom = new Int16Array(T * D);
    this.dayOver = new Float64Array(T);
    this.daysTight = new Uint8Array(T);
    for (const item of items) {
      for (const list of item.forced) for (const [t] of list) this.daysTight[t] = 1;
    }
    // A member of a team that chooses its days must have room for one more meeting on them.
    const choosing = new Uint8Array(T);
    for (const plan of this.plans) {
      if (items[plan.item]!.choice) for (const t of plan.members) choosing[t] = 1;
    }
    model.teachers.forEach((t, ti) => {
      let room = P;
      for (let d = 0; d < D; d++) {
        let there = 0;
        for (let p = 0; p < P; p++) if (!t.unavailable[d * P + p]) there++;
        const lunch = model.lunchPeriods === null ? 0 : 1;
        this.dayRoom[ti * D + d] = Math.max(0, there - lunch - t.minFreePerDay);
        if (there > 0) room = Math.min(room, this.dayRoom[ti * D + d]!);
      }
      // Periods its meetings can fill: each full period takes its capacity, smallest first.
      const caps = [...cap.subarray(ti * P, ti * P + P)].filter((c) => c > 0).sort((a, b) => a - b);
      let full = 0;
      let meetings = busyPerCycle[ti]!;
      while (full < caps.length && caps[full]! <= meetings) meetings -= caps[full++]!;
      if (full > room || (full === room && choosing[ti])) this.daysTight[ti] = 1;
    });
    this.teamDays = this.plans.map((plan) => {
      const item = items[plan.item]!;
      if (!item.choice) return null;
      return {
        choice: item.choice,
        sure: item.forced.map((list) => list[0]?.[1] ?? 0),
        tight: Int32Array.from(plan.members.filter((t) => this.daysTight[t])),
      };
    });
    this.plansAt = new Int16Array(T * P);
    for (let t = 0; t < T; t++) {
      for (const p of this.lunchPeriods) this.lunchFree[t]! += cap[t * P + p]!;
    }
    for (let g = 0; g < G; g++) {
      for (let p = 0; p < P; p++) {
        if (this.lunch[p]) this.lunchHoles[g]! += D;
        else this.holes[g]! += D;
      }
    }

    const plansOfTeacher: number[][] = Array.from({ length: T }, () => []);
    this.plans.forEach((plan, k) => {
      for (const t of plan.members) plansOfTeacher[t]!.push(k);
    });
    this.plansOfMember = plansOfTeacher.map((list) => Int32Array.from(list));
    this.planOfItem = new Int32Array(items.length).fill(-1);
    this.plans.forEach((plan, k) => (this.planOfItem[plan.item] = k));
    this.planItem = Int32Array.from(this.plans, (plan) => plan.item);
    this.planCount = Int32Array.from(this.plans, (plan) => plan.count);
    this.resources = items.map((item) => [
      ...new Set([
        ...item.load.map(([r]) => r),
        ...item.covers.map(([g]) => T + g),
        ...item.load.flatMap(([r]) =>
          r < T ? plansOfTeacher[r]!.map((k) => this.firstTeam + k) : [],
        ),
      ]),
    ]);
    this.itemsOf = Array.from({ length: R }, () => []);
    this.resources.forEach((rs, i) => {
      for (const r of rs) this.itemsOf[r]!.push(i);
    });
    this.loadOf = items.map((item) => Int32Array.from(item.load.flat()));
    this.coverOf = items.map((item) => Int32Array.from(item.covers.flat()));
    this.forcedFrom = new Int32Array(items.length * P + 1);
    const forcedData: number[] = [];
    items.forEach((item, i) => {
      for (let p = 0; p < P; p++) {
        this.forcedFrom[i * P + p] = forcedData.length;
        for (const [t, days] of item.forced[p] ?? []) forcedData.push(t, days);
      }
    });
    this.forcedFrom[items.length * P] = forcedData.length;
    this.forcedData = Int32Array.from(forcedData);
    this.dirtyStamp = new Int32Array(R);
    this.dirty = new Int32Array(R);
    this.was = new Float64Array(R);
    for (let r = 0; r < R; r++) this.refresh(r);
  }

  /** Moves item i to period p (-1: unplaced) and updates every penalty. */
  moveTo(i: number, p: number): void {
    this.shift(i, p);
    this.flush();
  }

  /**
   * Applies the move if it does not raise the weighted penalty, else leaves everything as it
   * was; true when applied. An accepted move is counted once, not evaluated and then applied.
   */
  applyUnlessWorse(moves: TemplateMove): boolean {
    const before = this.weighted;
    const beforeTotal = this.total;
    if (moves.length > this.olds.length) this.olds = new Int32Array(2 * moves.length);
    const { olds, was } = this;
    for (let k = 0; k < moves.length; k++) {
      const [i, p] = moves[k]!;
      olds[k] = this.at[i]!;
      this.shift(i, p);
    }
    // Most moves are undone, and undoing restores every count a penalty reads exactly: the
    // penalties before are put back instead of computed again (in the order a flush would
    // visit them, which keeps the broken list, and so the search, as it was).
    for (let k = 0; k < this.dirtyCount; k++) was[this.dirty[k]!] = this.pen[this.dirty[k]!]!;
    this.flush();
    if (this.weighted - before <= 0) return true;
    for (let k = moves.length - 1; k >= 0; k--) {
      const i = moves[k]![0];
      this.shift(i, olds[k]!, false);
      for (const r of this.resources[i]!) {
        if (this.dirtyStamp[r] === this.dirtyEpoch) continue;
        this.dirtyStamp[r] = this.dirtyEpoch;
        this.setPenalty(r, was[r]!);
      }
    }
    this.dirtyEpoch++;
    this.total = beforeTotal;
    this.weighted = before;
    return false;
  }

  /**
   * Weighted penalty with item i at each of its starts, relative to i unplaced: i is lifted
   * once and tried at each start, half the work of trying each from where i is. Leaves i
   * unplaced; `into[k]` is the change for `starts[k]`.
   */
  tryStarts(i: number, starts: readonly number[], into: Float64Array): void {
    this.shift(i, -1);
    this.flush();
    const lifted = this.weighted;
    // Every start dirties the same resources (the item's), so the flush after one start also
    // takes back the one before: one flush a start, and one at the end.
    for (let k = 0; k < starts.length; k++) {
      this.shift(i, starts[k]!);
      this.flush();
      into[k] = this.weighted - lifted;
      this.shift(i, -1);
    }
    this.flush();
  }

  /** Spare capacity of resource r (a teacher, group or room class) at period p: negative when over. */
  spare(r: number, p: number): number {
    return this.cap[r * this.P + p]! - this.load[r * this.P + p]!;
  }

  /** Breakout: every resource that breaks a rule weighs one more. */
  bumpWeights(): void {
    this.weighted = 0;
    for (let r = 0; r < this.resourceCount; r++) {
      if (this.pen[r]! > 0) this.weight[r]! += 1;
      this.weighted += this.pen[r]! * this.weight[r]!;
    }
  }

  /**
   * Moves item i to p, its counts at once, its resources' penalties at the next flush (dirty
   * false: the caller puts them back itself, as an undone move does).
   */
  private shift(i: number, p: number, dirty = true): void {
    const at = this.at;
    const own = this.planOfItem[i]!;
    if (at[i]! >= 0) this.put(i, at[i]!, -1);
    if (own >= 0) this.countPlansAt(own, -1);
    at[i] = p;
    if (own >= 0) this.countPlansAt(own, 1);
    if (p >= 0) this.put(i, p, +1);
    if (own >= 0) this.recountBusy(own);
    if (!dirty) return;
    for (const r of this.resources[i]!) {
      if (this.dirtyStamp[r] !== this.dirtyEpoch) {
        this.dirtyStamp[r] = this.dirtyEpoch;
        this.dirty[this.dirtyCount++] = r;
      }
    }
  }

  private flush(): void {
    for (let k = 0; k < this.dirtyCount; k++) this.refresh(this.dirty[k]!);
    this.dirtyCount = 0;
    this.dirtyEpoch++;
  }

  private put(i: number, p: number, sign: 1 | -1): void {
    const { P, T, D, cap, load, cover, most, lunchFree, overSum } = this;
    const length = this.items[i]!.length;
    const flatLoad = this.loadOf[i]!;
    const flatCover = this.coverOf[i]!;
    const { forcedData } = this;
    const forcedEnd = this.forcedFrom[i * P + p + 1]!;
    for (let k = 0; k < length; k++) {
      const q = p + k;
      const lunchHere = this.lunch[q] === 1;
      for (let j = 0; j < flatLoad.length; j += 2) {
        const r = flatLoad[j]!;
        const at0 = r * P + q;
        const c = cap[at0]!;
        const old = load[at0]!;
        const now = old + sign * flatLoad[j + 1]!;
        load[at0] = now;
        overSum[r]! += Math.max(0, now - c) - Math.max(0, old - c);
        if (r >= T) continue;
        if (c > 0 && old >= c !== now >= c && this.daysTight[r] === 1) {
          this.fullChanged(r, q, now >= c ? 1 : -1);
        }
        if (lunchHere) lunchFree[r]! += Math.max(0, c - now) - Math.max(0, c - old);
        this.changeBusy(r, q, old, now, c);
        if (now > most[r]!) most[r] = now;
        else if (old === most[r]! && now < old) this.recountMost(r);
      }
      for (let j = this.forcedFrom[i * P + p]!; j < forcedEnd; j += 2) {
        const t = forcedData[j]!;
        const mask = forcedData[j + 1]!;
        for (let d = 0; d < D; d++) {
          if (!(mask & (1 << d))) continue;
          const at0 = (t * P + q) * D + d;
          const old = this.forcedCount[at0]!;
          const now = old + sign;
          this.forcedCount[at0] = now;
          this.forcedOver[t]! += Math.max(0, now - 1) - Math.max(0, old - 1);
          const tq = t * P + q;
          if ((old === 0) !== (now === 0) && !(cap[tq]! > 0 && load[tq]! >= cap[tq]!)) {
            if (!this.away[(t * D + d) * P + q]) this.changeSure(t, d, sign);
          }
        }
      }
      for (let j = 0; j < flatCover.length; j += 2) {
        const g = flatCover[j]!;
        const old = cover[g * P + q]!;
        const now = old + sign * flatCover[j + 1]!;
        cover[g * P + q] = now;
        const change = Math.max(0, D - now) - Math.max(0, D - old);
        if (lunchHere) this.lunchHoles[g]! += change;
        else this.holes[g]! += change;
      }
    }
  }

  /** Teacher t's load at period q now fills (1) or no longer fills (-1) its days there. */
  private fullChanged(t: number, q: number, sign: 1 | -1): void {
    const { D, P } = this;
    for (let d = 0; d < D; d++) {
      if (this.away[(t * D + d) * P + q] || this.forcedCount[(t * P + q) * D + d]! > 0) continue;
      this.changeSure(t, d, sign);
    }
  }

  private changeSure(t: number, d: number, sign: 1 | -1): void {
    const i = t * this.D + d;
    const old = this.sureBusy[i]!;
    const room = this.dayRoom[i]!;
    this.sureBusy[i] = old + sign;
    this.dayOver[t]! += Math.max(0, old + sign - room) - Math.max(0, old - room);
  }

  /**
   * How many fewer days than `count` a team that chooses its days has at period p on which every
   * member has room for the meeting (beside what surely keeps it busy, a lunch and its
   * minFreePerDay). With spareTeamDays, a period to spare on each such day unless the team's own
   * meeting is sure of it, even where p is already full for the member: stricter than any
   * schedule needs, and better at finding templates whose days exist (docs/adr/0016).
   */
  private daysShort(
    count: number,
    { choice, sure, tight }: { choice: number[]; sure: number[]; tight: Int32Array },
    p: number,
  ): number {
    const { D, P, cap, load } = this;
    let open = 0;
    for (let d = 0; d < D; d++) {
      if (!(choice[p]! & (1 << d))) continue;
      let room = true;
      for (let j = 0; j < tight.length && room; j++) {
        const t = tight[j]!;
        const tp = t * P + p;
        // Where p already counts as surely busy that day (full, or a sure meeting there, the
        // team's own included), the meeting takes no period more; with spareTeamDays, only
        // where the team's own meeting is sure of the day.
        const counted = this.spareTeamDays
          ? (sure[p]! & (1 << d)) !== 0
          : (cap[tp]! > 0 && load[tp]! >= cap[tp]!) || this.forcedCount[tp * D + d]! > 0;
        if (this.sureBusy[t * D + d]! + (counted ? 0 : 1) > this.dayRoom[t * D + d]!) room = false;
      }
      if (room) open++;
    }
    return Math.max(0, count - open);
  }

  private countPlansAt(k: number, sign: 1 | -1): void {
    const p = this.at[this.planItem[k]!]!;
    if (p < 0) return;
    for (const t of this.plans[k]!.members) this.plansAt[t * this.P + p]! += sign;
  }

  /** Teacher t's load at period q went from old to now: the teams planning there see it. */
  private changeBusy(t: number, q: number, old: number, now: number, cap: number): void {
    if (this.plansAt[t * this.P + q] === 0) return;
    const teams = this.plansOfMember[t]!;
    for (let j = 0; j < teams.length; j++) {
      const k = teams[j]!;
      if (this.at[this.planItem[k]!] !== q) continue;
      const count = this.planCount[k]!;
      // Members over their capacity there are counted by their own penalty, not again here.
      this.busy[k]! += (now <= cap ? now - count : 0) - (old <= cap ? old - count : 0);
    }
  }

  private recountMost(t: number): void {
    let most = 0;
    for (let p = 0; p < this.P; p++) most = Math.max(most, this.load[t * this.P + p]!);
    this.most[t] = most;
  }

  /**
   * A member's share of a team's count of other meetings at the team's period. Members already
   * over their capacity there are counted by their own penalty, not again here.
   */
  private contribution(t: number, q: number, k: number): number {
    const l = this.load[t * this.P + q]!;
    return l <= this.cap[t * this.P + q]! ? l - this.planCount[k]! : 0;
  }

  private recountBusy(k: number): void {
    const plan = this.plans[k]!;
    const p = this.at[plan.item]!;
    let sum = 0;
    if (p >= 0) for (const t of plan.members) sum += this.contribution(t, p, k);
    this.busy[k] = sum;
  }

  private refresh(r: number): void {
    const v = this.penaltyOf(r);
    const change = v - this.pen[r]!;
    this.total += change;
    this.weighted += change * this.weight[r]!;
    this.setPenalty(r, v);
  }

  /** Resource r's penalty is v: kept, and r in the broken list exactly when v > 0. */
  private setPenalty(r: number, v: number): void {
    this.pen[r] = v;
    const { broken, brokenAt } = this;
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
  }

  /**
   * Days on which teacher t's items surely keep it busy in every lunch period it is there for
   * (classes whose days are known, or a column it fills every day it is there). Free lunch-days
   * counted over the week miss them: a health teacher whose three two-day classes are all held
   * to Tuesday and Thursday, one in each lunch period, has three free lunch-days on the other
   * days and none on those two (the generated 1,300-section middle school's day searches).
   */
  private lunchless(t: number): number {
    const { D, P, load, cap, forcedCount, away } = this;
    // Most teachers keep a lunch period empty that they are there for every day: no day to count.
    for (const p of this.lunchPeriods) if (load[t * P + p] === 0 && cap[t * P + p] === D) return 0;
    let days = 0;
    for (let d = 0; d < D; d++) {
      let busy = false;
      let free = false;
      for (const p of this.lunchPeriods) {
        if (away[(t * D + d) * P + p]) continue;
        const tp = t * P + p;
        if (forcedCount[tp * D + d]! > 0 || load[tp]! >= cap[tp]!) busy = true;
        else {
          free = true;
          break;
        }
      }
      if (busy && !free) days++;
    }
    return days;
  }

  private penaltyOf(r: number): number {
    const { D, P, T, G } = this;
    if (r >= this.firstTeam) {
      // The sufficient condition for a team's planning: the members' other meetings at its
      // period leave perCycle days on which all of them are free.
      const k = r - this.firstTeam;
      const plan = this.plans[k]!;
      const p = this.at[plan.item]!;
      if (p < 0) return 0;
      const days = this.teamDays[k];
      const short = days ? this.daysShort(plan.count, days, p) : 0;
      return Math.max(0, this.busy[k]! - (D - plan.count)) + short;
    }
    const over = this.overSum[r]! + (r < T ? this.forcedOver[r]! + this.dayOver[r]! : 0);
    if (r < T) {
      if (this.lunchPeriods.length === 0) return 2 * over;
      // Every day a teacher works costs a lunch, a period that does not count as free: a
      // teacher whose minFreePerCycle leaves room for few working days must keep its classes
      // at any one period within that many days.
      const tooManyDays = Math.max(0, this.most[r]! - this.maxWorkDays[r]!);
      // Either reading, a day whose lunch periods are surely all taken has no lunch.
      const base = over + tooManyDays + this.lunchless(r);
      if (!this.strict[r]) {
        return 2 * (base + Math.max(0, this.workDays[r]! - this.lunchFree[r]!));
      }
      // Strict: a lunch period in which the teacher is free on every day it works. With loads
      // spread over days (a language three days, health two), free lunch-days in aggregate
      // do not give each day its own; every known valid schedule meets the strict reading.
      let noLunch = Infinity;
      for (const p of this.lunchPeriods) {
        const spare = this.cap[r * P + p]! - this.workDays[r]!;
        noLunch = Math.min(noLunch, Math.max(0, this.load[r * P + p]! - spare));
      }
      return 2 * (base + noLunch);
    }
    const g = r - T;
    if (g >= G || !this.fullDay[g]) return over;
    // Exactly one lunch a day inside the window: D holes there, none elsewhere.
    return (
      over + this.holes[g]! + (this.lunchPeriods.length > 0 ? Math.abs(this.lunchHoles[g]! - D) : 0)
    );
  }
}
