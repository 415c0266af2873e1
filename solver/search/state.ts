// The search state: where every unit sits, and counters from which every hard rule's penalty
// is kept up to date incrementally. No violations means every rule of the spec holds (rooms
// included); the final schedule is still checked by the independent validator.
import type { Model } from "../model/model.ts";
import type { Move } from "./moves.ts";
import { roomLists, type RoomLists } from "./room-families.ts";
import { maskOf, periodOf, type Unit } from "./units.ts";

// Markers in the room undo log (room writes use the slot index, which is never negative).
const UNROOMED_ADDED = -1;
const UNROOMED_DROPPED = -2;
const UNIT_ROOM = -3;

/** The parts of the penalty, kept apart so that an answer can name the rules that resisted. */
export const PENALTY_PARTS = [
  "teacherClash",
  "teacherUnavailable",
  "groupClash",
  "teacherDay",
  "teacherCycle",
  "fullDay",
  "split",
  "room",
] as const;
export type PenaltyPart = (typeof PENALTY_PARTS)[number];

export class SearchState {
  readonly D: number;
  readonly P: number;
  readonly N: number;
  readonly units: Unit[];
  /** Current position code of every unit; -1 while unplaced. */
  readonly pos: Int32Array;
  /** Broken rules by part, unweighted: all zero means a valid schedule. */
  readonly parts = new Float64Array(PENALTY_PARTS.length);
  /** Sum of parts. */
  violations = 0;
  /** What the search minimises: violations weighted by how long each resource has resisted. */
  penalty = 0;
  /** Breakout weights per teacher, per group (clashes of leaves, days of fullDay groups). */
  readonly teacherWeight: Float64Array;
  readonly groupWeight: Float64Array;
  /** Breakout weight of a unit's meetings that have no room. */
  readonly roomWeight: Float64Array;

  // Counters, indexed [resource * N + slot] or [resource * D + day].
  readonly tBusy: Int16Array;
  readonly tTeach: Int16Array;
  readonly lBusy: Int16Array;
  readonly cover: Int16Array;
  readonly inv: Int16Array;
  readonly splitDay: Int16Array;
  readonly splitSlot: Int16Array;
  readonly splitLimit: Int16Array;
  // Cached penalties of teacher-days, teacher cycles and fullDay group-days.
  readonly tdPen: Float64Array;
  readonly tdFree: Int16Array;
  readonly tcPen: Float64Array;
  readonly gdPen: Float64Array;
  /** fullDay group-days on which no lunch period is free; what partial answers cannot excuse. */
  readonly gdNoLunch: Uint8Array;
  noLunchDays = 0;
  // Rooms: occupant unit + 1 per room and slot; the room of each unit on each day (-1: none).
  readonly roomAt: Int32Array;
  readonly unitRoom: Int32Array;

  private readonly unavailable: Uint8Array;
  private readonly roomUnavailable: Uint8Array;
  private readonly lunch: Uint8Array;
  private readonly hasLunch: boolean;
  private readonly hasRooms: boolean;
  private readonly isFullDay: Uint8Array;
  // Dirty tracking for one move.
  private epoch = 1;
  private readonly tdStamp: Int32Array;
  private readonly gdStamp: Int32Array;
  private readonly tcStamp: Int32Array;
  // Lists and their lengths, not arrays emptied by `length = 0`, which drops their store in V8
  // and so allocated a new one on every move.
  private readonly dirtyTd: Int32Array;
  private readonly dirtyGd: Int32Array;
  private readonly dirtyTc: Int32Array;
  private dirtyTdCount = 0;
  private dirtyGdCount = 0;
  private dirtyTcCount = 0;
  /** While evaluating, room writes are logged and undone. */
  private evaluating = false;
  /** Also logged: writes of an augmenting step that may have to be rolled back (see augment). */
  private logging = 0;
  private readonly savedParts = new Float64Array(PENALTY_PARTS.length);
  /** Positions before an evaluated move (evaluate is never nested). */
  private olds = new Int32Array(64);
  /** Meetings (u * D + d) that no room matching can seat. */
  readonly unroomed = new Set<number>();
  // Pairs of (where, old value), in a typed stack: an array cut back with `length = 0` before
  // every evaluation lost its store and grew a new one each time.
  private roomLog = new Int32Array(256);
  private roomLogLength = 0;
  private readonly roomVisit: Int32Array;
  /** 1 for a unit pinned to a room on some day. */
  private readonly roomPinned: Uint8Array;
  /**
   * The room each unit last sat in from its own list (not a pin), tried first: a homeroom's
   * class finds its room at once on every day instead of scanning past every room taken.
   */
  private readonly lastRoom: Int32Array;
  /** Short lists of rooms, numbered, to tell a meeting that cannot leave them (room-families.ts). */
  private readonly roomLists: RoomLists;
  private visitStamp = 0;

  constructor(
    readonly model: Model,
    units: Unit[],
  ) {
    const D = (this.D = model.dayCount);
    const P = (this.P = model.periodCount);
    const N = (this.N = model.slotCount);
    this.units = units;
    const T = model.teachers.length;
    const G = model.groups.length;
    const R = model.rooms.length;
    this.pos = new Int32Array(units.length).fill(-1);
    this.teacherWeight = new Float64Array(T).fill(1);
    this.groupWeight = new Float64Array(G).fill(1);
    this.roomWeight = new Float64Array(units.length).fill(1);
    this.tBusy = new Int16Array(T * N);
    this.tTeach = new Int16Array(T * D);
    this.lBusy = new Int16Array(G * N);
    this.cover = new Int16Array(G * N);
    this.inv = new Int16Array(G * N);
    const keys = units.reduce((m, u) => Math.max(m, u.splitKey + 1), 0);
    this.splitDay = new Int16Array(keys * D);
    this.splitSlot = new Int16Array(keys * N);
    this.splitLimit = new Int16Array(keys);
    for (const u of units) if (u.splitKey >= 0) this.splitLimit[u.splitKey] = u.maxPerDay;
    this.tdPen = new Float64Array(T * D);
    this.tdFree = new Int16Array(T * D);
    this.tcPen = new Float64Array(T);
    this.gdPen = new Float64Array(G * D);
    this.gdNoLunch = new Uint8Array(G * D);
    this.roomAt = new Int32Array(R * N);
    this.unitRoom = new Int32Array(units.length * D).fill(-1);
    this.unavailable = new Uint8Array(T * N);
    model.teachers.forEach((t, ti) => {
      for (let s = 0; s < N; s++) {
        if (t.unavailable[s]) this.unavailable[ti * N + s] = 1;
      }
    });
    this.roomUnavailable = new Uint8Array(R * N);
    model.rooms.forEach((r, ri) => {
      for (let s = 0; s < N; s++) if (r.unavailable[s]) this.roomUnavailable[ri * N + s] = 1;
    });
    this.lunch = new Uint8Array(P);
    this.hasLunch = model.lunchPeriods !== null;
    model.lunchPeriods?.forEach((ok, p) => {
      if (ok) this.lunch[p] = 1;
    });
    this.hasRooms = model.hasRooms;
    this.isFullDay = new Uint8Array(G);
    model.groups.forEach((g) => {
      if (g.fullDay) this.isFullDay[g.index] = 1;
    });
    this.tdStamp = new Int32Array(T * D);
    this.gdStamp = new Int32Array(G * D);
    this.tcStamp = new Int32Array(T);
    this.dirtyTd = new Int32Array(T * D);
    this.dirtyGd = new Int32Array(G * D);
    this.dirtyTc = new Int32Array(T);
    this.roomVisit = new Int32Array(R);
    this.roomPinned = Uint8Array.from(units, (unit) =>
      unit.pinnedRooms.some((rooms) => rooms !== undefined) ? 1 : 0,
    );
    this.lastRoom = new Int32Array(units.length).fill(-1);
    this.roomLists = roomLists(this.hasRooms ? units : []);

    // Start from the empty schedule: every cached penalty as it stands with nothing placed.
    for (let t = 0; t < T; t++) {
      for (let d = 0; d < D; d++) this.refreshTeacherDay(t, d);
      this.refreshTeacherCycle(t);
    }
    for (let g = 0; g < G; g++) {
      if (this.isFullDay[g]) for (let d = 0; d < D; d++) this.refreshGroupDay(g, d);
    }
    this.violations = this.parts.reduce((a, b) => a + b, 0);
    this.penalty = this.violations;
  }

  private add(part: number, delta: number, weight = 1): void {
    this.parts[part]! += delta;
    this.violations += delta;
    this.penalty += delta * weight;
  }

  /** Moves a unit (pos -1 = unplaced) and updates every counter and penalty. */
  place(u: number, newPos: number): void {
    this.epoch++;
    this.dirtyTdCount = 0;
    this.dirtyGdCount = 0;
    this.dirtyTcCount = 0;
    const old = this.pos[u]!;
    if (old >= 0) this.occupy(u, old, -1);
    this.pos[u] = newPos;
    if (newPos >= 0) this.occupy(u, newPos, +1);
    this.refreshDirty();
  }

  /**
   * The change in penalty if the given units took the given positions; the state is unchanged.
   * With `partsDelta`, also the change in broken rules of each part (PENALTY_PARTS order).
   */
  evaluate(moves: Move, partsDelta?: Float64Array): number {
    const before = this.penalty;
    const beforeViolations = this.violations;
    this.savedParts.set(this.parts);
    this.roomLogLength = 0;
    if (moves.length > this.olds.length) this.olds = new Int32Array(2 * moves.length);
    const olds = this.olds;
    for (let k = 0; k < moves.length; k++) olds[k] = this.pos[moves[k]![0]]!;
    this.evaluating = true;
    for (const [u, p] of moves) this.place(u, p);
    const delta = this.penalty - before;
    if (partsDelta)
      for (let i = 0; i < partsDelta.length; i++)
        partsDelta[i] = this.parts[i]! - this.savedParts[i]!;
    for (let i = moves.length - 1; i >= 0; i--) this.place(moves[i]![0], olds[i]!);
    this.evaluating = false;
    // The way back may seat rooms differently from where we started: put the room matching
    // back exactly from the log, and with it the penalty we started from.
    this.undoRooms();
    this.parts.set(this.savedParts);
    this.penalty = before;
    this.violations = beforeViolations;
    return delta;
  }

  private occupy(u: number, pos: number, sign: 1 | -1): void {
    const unit = this.units[u]!;
    const { D, P, N } = this;
    const p0 = periodOf(D, pos);
    const mask = maskOf(D, pos);
    const isSection = unit.kind === "section";
    for (let d = 0; d < D; d++) {
      if (!(mask & (1 << d))) continue;
      for (let k = 0; k < unit.length; k++) {
        const s = d * P + p0 + k;
        for (const t of unit.teachers) {
          const i = t * N + s;
          const before = this.tBusy[i]!;
          this.tBusy[i] = before + sign;
          const w = this.teacherWeight[t]!;
          if (sign > 0 ? before >= 1 : before >= 2) this.add(0, sign, w);
          if (this.unavailable[i]) this.add(1, sign, w);
          this.markTeacherDay(t, d);
        }
        for (const l of unit.leaves) {
          const i = l * N + s;
          const before = this.lBusy[i]!;
          this.lBusy[i] = before + sign;
          if (sign > 0 ? before >= 1 : before >= 2) this.add(2, sign, this.groupWeight[l]!);
        }
        for (const g of unit.covers) this.cover[g * N + s]! += sign;
        for (const g of unit.involves) {
          this.inv[g * N + s]! += sign;
          this.markGroupDay(g, d);
        }
      }
      if (isSection) for (const t of unit.teachers) this.tTeach[t * D + d]! += sign * unit.length;
      if (unit.splitKey >= 0) {
        const k = unit.splitKey;
        const limit = this.splitLimit[k]!;
        const before = this.splitDay[k * D + d]!;
        this.splitDay[k * D + d] = before + sign;
        if (sign > 0 ? before >= limit : before >= limit + 1) this.add(6, sign);
        const si = k * N + d * P + p0;
        const beforeSlot = this.splitSlot[si]!;
        this.splitSlot[si] = beforeSlot + sign;
        if (sign > 0 ? beforeSlot >= 1 : beforeSlot >= 2) this.add(6, sign);
      }
      if (this.hasRooms && isSection) this.occupyRoom(u, unit, d, d * P + p0, sign);
    }
  }

  private occupyRoom(u: number, unit: Unit, d: number, s0: number, sign: 1 | -1): void {
    const key = u * this.D + d;
    if (sign < 0) {
      if (this.unroomed.has(key)) {
        this.dropUnroomed(key);
        this.add(7, -1, this.roomWeight[u]!);
        return;
      }
      const r = this.unitRoom[key]!;
      this.seat(u, d, s0, unit.length, r, 0);
      this.writeUnitRoom(key, -1);
      // The room just freed may seat a meeting that had none.
      if (this.unroomed.size === 0) return;
      for (const waiting of this.unroomed) {
        const v = Math.floor(waiting / this.D);
        const vd = waiting % this.D;
        if (vd !== d) continue;
        const vs0 = vd * this.P + periodOf(this.D, this.pos[v]!);
        const vLen = this.units[v]!.length;
        if (vs0 + vLen <= s0 || vs0 >= s0 + unit.length) continue;
        if (this.augment(v, vd, vs0, ++this.visitStamp)) {
          this.dropUnroomed(waiting);
          this.add(7, -1, this.roomWeight[v]!);
        }
      }
      return;
    }
    if (this.augment(u, d, s0, ++this.visitStamp)) return;
    this.unroomed.add(key);
    if (this.evaluating) this.logRoom(UNROOMED_ADDED, key);
    this.add(7, 1, this.roomWeight[u]!);
  }

  private dropUnroomed(key: number): void {
    this.unroomed.delete(key);
    if (this.evaluating) this.logRoom(UNROOMED_DROPPED, key);
  }

  /** Records every room write while evaluating, so that evaluate() can put rooms back exactly. */
  private writeRoomAt(i: number, value: number): void {
    if (this.evaluating || this.logging > 0) this.logRoom(i, this.roomAt[i]!);
    this.roomAt[i] = value;
  }

  private writeUnitRoom(key: number, value: number): void {
    if (this.evaluating || this.logging > 0) this.logRoom(UNIT_ROOM - key, this.unitRoom[key]!);
    this.unitRoom[key] = value;
  }

  private logRoom(at: number, value: number): void {
    if (this.roomLogLength + 2 > this.roomLog.length) {
      const grown = new Int32Array(2 * this.roomLog.length);
      grown.set(this.roomLog);
      this.roomLog = grown;
    }
    this.roomLog[this.roomLogLength++] = at;
    this.roomLog[this.roomLogLength++] = value;
  }

  private undoRooms(): void {
    this.undoRoomsTo(0);
  }

  /** Undoes the logged room writes after position `mark` of the log, newest first. */
  private undoRoomsTo(mark: number): void {
    const log = this.roomLog;
    for (let i = this.roomLogLength - 2; i >= mark; i -= 2) {
      const at = log[i]!;
      const value = log[i + 1]!;
      if (at >= 0) this.roomAt[at] = value;
      else if (at === UNROOMED_ADDED) this.unroomed.delete(value);
      else if (at === UNROOMED_DROPPED) this.unroomed.add(value);
      else this.unitRoom[UNIT_ROOM - at] = value;
    }
    this.roomLogLength = mark;
  }

  private seat(
    u: number,
    d: number,
    s0: number,
    length: number,
    r: number,
    occupant: number,
  ): void {
    if (r < 0) return;
    for (let k = 0; k < length; k++) this.writeRoomAt(r * this.N + s0 + k, occupant);
    if (occupant > 0) this.writeUnitRoom(u * this.D + d, r);
  }

  /** The room meeting (u, d) is pinned to, or undefined (most units have none on any day). */
  private pinnedRoom(u: number, d: number): readonly number[] | undefined {
    return this.roomPinned[u] === 1 ? this.units[u]!.pinnedRooms[d] : undefined;
  }

  /**
   * Kuhn's augmenting path: seats meeting (u, d) in a room, moving meetings that start at the
   * same slot with the same length to other rooms where needed. The room matching of every slot
   * stays maximum, so the room penalty is exact: meetings that no matching can seat.
   */
  private augment(u: number, d: number, s0: number, stamp: number): boolean {
    const unit = this.units[u]!;
    const pinned = this.pinnedRoom(u, d);
    const rooms = pinned ?? unit.rooms;
    const { N } = this;
    // First pass: a room that is simply free. Any free room keeps the matching maximum, so the
    // penalty does not depend on which.
    const own = pinned === undefined;
    const last = own ? this.lastRoom[u]! : -1;
    if (last >= 0 && this.roomFree(u, last, s0, unit.length)) {
      this.seat(u, d, s0, unit.length, last, u + 1);
      return true;
    }
    for (const r of rooms) {
      if (this.roomFree(u, r, s0, unit.length)) {
        this.seat(u, d, s0, unit.length, r, u + 1);
        if (own) this.lastRoom[u] = r;
        return true;
      }
    }
    if (own && this.heldWithin(u, d, s0)) return false;
    for (const r of rooms) {
      if (this.roomVisit[r] === stamp) continue;
      this.roomVisit[r] = stamp;
      // The meetings in the way (unit + 1): one, read without a list, for a single period.
      let one = 0;
      let occupants: number[] | null = null;
      let blocked = false;
      for (let k = 0; k < unit.length && !blocked; k++) {
        const i = r * N + s0 + k;
        const o = this.roomAt[i]!;
        if (this.roomUnavailable[i]) blocked = true;
        else if (o === 0 || o === u + 1 || o === one) continue;
        else if (one === 0) one = o;
        else if (!(occupants ??= [one]).includes(o)) occupants.push(o);
      }
      if (blocked || one === 0) continue;
      if (occupants === null ? this.pinnedRoom(one - 1, d) : this.anyPinned(occupants, d)) continue;
      if (occupants === null) {
        // Move the one meeting in the way (whatever its length) to another room, if it has one.
        const v = one - 1;
        const vUnit = this.units[v]!;
        const vs0 = d * this.P + periodOf(this.D, this.pos[v]!);
        this.seat(v, d, vs0, vUnit.length, r, 0);
        this.writeUnitRoom(v * this.D + d, -1);
        this.seat(u, d, s0, unit.length, r, u + 1);
        if (this.augment(v, d, vs0, stamp)) return true;
        // No other room for v: give r back.
        this.seat(u, d, s0, unit.length, r, 0);
        this.writeUnitRoom(u * this.D + d, -1);
        this.seat(v, d, vs0, vUnit.length, r, v + 1);
        continue;
      }
      // Several meetings in the way (a double period over two single ones): all of them find
      // other rooms, or the room writes are rolled back from the log and nothing moves.
      const mark = this.roomLogLength;
      this.logging++;
      const moved = occupants.map((o) => {
        const v = o - 1;
        const vs0 = d * this.P + periodOf(this.D, this.pos[v]!);
        this.seat(v, d, vs0, this.units[v]!.length, r, 0);
        this.writeUnitRoom(v * this.D + d, -1);
        return [v, vs0] as const;
      });
      this.seat(u, d, s0, unit.length, r, u + 1);
      // One visit mark for the whole search, as in Kuhn's algorithm: every room is tried at most once,
      // which is what makes the search end.
      const ok = moved.every(([v, vs0]) => this.augment(v, d, vs0, stamp));
      this.logging--;
      if (ok) {
        if (!this.evaluating && this.logging === 0) this.roomLogLength = mark;
        return true;
      }
      this.undoRoomsTo(mark);
    }
    return false;
  }

  /**
   * Whether every room of u's (short) list is, at slot s, unavailable, pinned, or held by a
   * one-period meeting whose rooms all lie in the list. Any path of the matching then moves
   * meetings only among those rooms, each of them always held, so none can seat u.
   */
  private heldWithin(u: number, d: number, s: number): boolean {
    const { listOf, within, count } = this.roomLists;
    const list = listOf[u]!;
    if (list < 0) return false;
    for (const r of this.units[u]!.rooms) {
      const i = r * this.N + s;
      if (this.roomUnavailable[i]) continue;
      const o = this.roomAt[i]! - 1;
      if (o < 0 || o === u) return false;
      if (this.pinnedRoom(o, d)) continue;
      const other = listOf[o]!;
      if (other < 0 || within[other * count + list] !== 1) return false;
    }
    return true;
  }

  /** Whether a meeting among `occupants` (unit + 1) has its room on day d pinned. */
  private anyPinned(occupants: readonly number[], d: number): boolean {
    for (const o of occupants) if (this.pinnedRoom(o - 1, d)) return true;
    return false;
  }

  roomFree(u: number, r: number, s0: number, length: number): boolean {
    const { N } = this;
    for (let k = 0; k < length; k++) {
      const i = r * N + s0 + k;
      if (this.roomUnavailable[i]) return false;
      const occupant = this.roomAt[i]!;
      if (occupant !== 0 && occupant !== u + 1) return false;
    }
    return true;
  }

  private markTeacherDay(t: number, d: number): void {
    const i = t * this.D + d;
    if (this.tdStamp[i] !== this.epoch) {
      this.tdStamp[i] = this.epoch;
      this.dirtyTd[this.dirtyTdCount++] = i;
    }
    if (this.tcStamp[t] !== this.epoch) {
      this.tcStamp[t] = this.epoch;
      this.dirtyTc[this.dirtyTcCount++] = t;
    }
  }

  private markGroupDay(g: number, d: number): void {
    if (!this.isFullDay[g]) return;
    const i = g * this.D + d;
    if (this.gdStamp[i] !== this.epoch) {
      this.gdStamp[i] = this.epoch;
      this.dirtyGd[this.dirtyGdCount++] = i;
    }
  }

  private refreshDirty(): void {
    const { D } = this;
    for (let k = 0; k < this.dirtyTdCount; k++) {
      const i = this.dirtyTd[k]!;
      this.refreshTeacherDay(Math.floor(i / D), i % D);
    }
    for (let k = 0; k < this.dirtyTcCount; k++) this.refreshTeacherCycle(this.dirtyTc[k]!);
    for (let k = 0; k < this.dirtyGdCount; k++) {
      const i = this.dirtyGd[k]!;
      this.refreshGroupDay(Math.floor(i / D), i % D);
    }
  }

  /** Lunch, minFreePerDay and maxTeachingPerDay of one teacher on one day. */
  private refreshTeacherDay(t: number, d: number): void {
    const { N, P, D } = this;
    const teacher = this.model.teachers[t]!;
    const base = t * N + d * P;
    let works = false;
    let idle = 0;
    let lunchable = false;
    for (let p = 0; p < P; p++) {
      const busy = this.tBusy[base + p]! > 0;
      if (busy) works = true;
      else if (!this.unavailable[base + p]) {
        idle++;
        if (this.lunch[p]) lunchable = true;
      }
    }
    let pen = 0;
    let free = idle;
    if (works) {
      if (this.hasLunch) {
        if (lunchable) free--;
        else pen += 1;
      }
      if (free < teacher.minFreePerDay) pen += teacher.minFreePerDay - free;
      const teach = this.tTeach[t * D + d]!;
      if (teach > teacher.maxTeachingPerDay) pen += teach - teacher.maxTeachingPerDay;
    }
    const i = t * D + d;
    this.add(3, pen - this.tdPen[i]!, this.teacherWeight[t]!);
    this.tdPen[i] = pen;
    this.tdFree[i] = free;
  }

  private refreshTeacherCycle(t: number): void {
    const { D } = this;
    let free = 0;
    for (let d = 0; d < D; d++) free += this.tdFree[t * D + d]!;
    const need = this.model.teachers[t]!.minFreePerCycle;
    const pen = free < need ? need - free : 0;
    this.add(4, pen - this.tcPen[t]!, this.teacherWeight[t]!);
    this.tcPen[t] = pen;
  }

  /** A fullDay group on one day: a class every period except exactly one lunch in the window. */
  private refreshGroupDay(g: number, d: number): void {
    const { N, P, D } = this;
    const base = g * N + d * P;
    let holes = 0;
    let lunchable = false;
    for (let p = 0; p < P; p++) {
      if (this.cover[base + p] === 0) holes++;
      if (this.lunch[p] && this.inv[base + p] === 0) lunchable = true;
    }
    const pen = !this.hasLunch ? holes : lunchable ? holes - 1 : holes + 1;
    const i = g * D + d;
    const noLunch = this.hasLunch && !lunchable ? 1 : 0;
    this.noLunchDays += noLunch - this.gdNoLunch[i]!;
    this.gdNoLunch[i] = noLunch;
    this.add(5, pen - this.gdPen[i]!, this.groupWeight[g]!);
    this.gdPen[i] = pen;
  }

  /**
   * Breakout: every teacher and group that takes part in a broken rule weighs one more, so that
   * the search stops trading the same few conflicts back and forth.
   */
  bumpWeights(): void {
    const { N, D } = this;
    const T = this.model.teachers.length;
    const G = this.model.groups.length;
    for (let t = 0; t < T; t++) {
      let broken = this.tcPen[t]! > 0;
      for (let d = 0; d < D && !broken; d++) broken = this.tdPen[t * D + d]! > 0;
      for (let s = 0; s < N && !broken; s++) {
        const i = t * N + s;
        broken = this.tBusy[i]! > 1 || (this.tBusy[i]! > 0 && this.unavailable[i] === 1);
      }
      if (broken) this.teacherWeight[t]! += 1;
    }
    for (let g = 0; g < G; g++) {
      let broken = false;
      for (let d = 0; d < D && !broken; d++) broken = this.gdPen[g * D + d]! > 0;
      for (let s = 0; s < N && !broken; s++) broken = this.lBusy[g * N + s]! > 1;
      if (broken) this.groupWeight[g]! += 1;
    }
    for (const key of this.unroomed) this.roomWeight[Math.floor(key / D)]! += 1;
    this.recomputePenalty();
  }

  /** The weighted penalty from the cached cell penalties and counters. */
  private recomputePenalty(): void {
    const { N, D } = this;
    let total = this.parts[6]!;
    for (const key of this.unroomed) total += this.roomWeight[Math.floor(key / D)]!;
    this.model.teachers.forEach((_, t) => {
      const w = this.teacherWeight[t]!;
      let cells = this.tcPen[t]!;
      for (let d = 0; d < D; d++) cells += this.tdPen[t * D + d]!;
      for (let s = 0; s < N; s++) {
        const busy = this.tBusy[t * N + s]!;
        if (busy > 1) cells += busy - 1;
        if (busy > 0 && this.unavailable[t * N + s]) cells += busy;
      }
      total += w * cells;
    });
    this.model.groups.forEach((_, g) => {
      const w = this.groupWeight[g]!;
      let cells = 0;
      for (let d = 0; d < D; d++) cells += this.gdPen[g * D + d]!;
      for (let s = 0; s < N; s++) {
        const busy = this.lBusy[g * N + s]!;
        if (busy > 1) cells += busy - 1;
      }
      total += w * cells;
    });
    this.penalty = total;
  }

  /**
   * Broken rules that a partial answer may not keep: everything but the empty periods of
   * fullDay groups, which unplaced meetings are allowed to leave (a missing lunch still counts).
   */
  partialViolations(): number {
    return this.violations - this.parts[5]! + this.noLunchDays;
  }

  /**
   * Every [teacher, period, meetings] at which the teacher has two classes on some day, with
   * its meetings at that period on all days.
   */
  clashingTeacherPeriods(): [number, number, number][] {
    const { N, P } = this;
    const found: [number, number, number][] = [];
    for (let t = 0; t * N < this.tBusy.length; t++) {
      for (let p = 0; p < P; p++) {
        let clash = false;
        let meetings = 0;
        for (let s = p; s < N; s += P) {
          const busy = this.tBusy[t * N + s]!;
          meetings += busy;
          if (busy > 1) clash = true;
        }
        if (clash) found.push([t, p, meetings]);
      }
    }
    return found;
  }

  /**
   * Teachers short of free periods in the cycle (minFreePerCycle), each with the days it should
   * keep: every day worked costs a lunch, so working as many days fewer as it is short gives the
   * free periods back. The days kept are those it is busiest on (the earlier on a tie), so that
   * the fewest meetings have to move. A bit mask of days; teachers that cannot drop a day are
   * left out.
   */
  teachersWorkingTooManyDays(): [number, number][] {
    const { N, P, D } = this;
    const found: [number, number][] = [];
    if (!this.hasLunch) return found;
    for (let t = 0; t * N < this.tBusy.length; t++) {
      const short = this.tcPen[t]!;
      if (short <= 0) continue;
      const busy: number[] = [];
      for (let d = 0; d < D; d++) {
        let n = 0;
        for (let p = 0; p < P; p++) n += this.tBusy[t * N + d * P + p]!;
        busy.push(n);
      }
      const worked = busy.filter((n) => n > 0).length;
      const keep = worked - short;
      if (keep < 1) continue;
      const days = [...busy.keys()].sort((a, b) => busy[b]! - busy[a]! || a - b).slice(0, keep);
      found.push([t, days.reduce((mask, d) => mask | (1 << d), 0)]);
    }
    return found;
  }

  /** Every teacher that works some day without a free lunch period (none without lunches). */
  teachersWithoutLunch(): number[] {
    const { N, P, D } = this;
    const found: number[] = [];
    if (!this.hasLunch) return found;
    for (let t = 0; t * N < this.tBusy.length; t++) {
      for (let d = 0; d < D; d++) {
        let works = false;
        let lunchable = false;
        for (let p = 0; p < P; p++) {
          const i = t * N + d * P + p;
          if (this.tBusy[i]! > 0) works = true;
          else if (this.lunch[p] && !this.unavailable[i]) lunchable = true;
        }
        if (works && !lunchable) {
          found.push(t);
          break;
        }
      }
    }
    return found;
  }

  isUnavailable(t: number, s: number): boolean {
    return this.unavailable[t * this.N + s] === 1;
  }

  /** True when unit u currently takes part in a broken rule. */
  inConflict(u: number): boolean {
    const pos = this.pos[u]!;
    if (pos < 0) return true;
    const unit = this.units[u]!;
    const { D, P, N } = this;
    const p0 = periodOf(D, pos);
    const mask = maskOf(D, pos);
    for (let d = 0; d < D; d++) {
      if (!(mask & (1 << d))) continue;
      for (const t of unit.teachers) {
        if (this.tdPen[t * D + d]! > 0) return true;
        for (let k = 0; k < unit.length; k++) {
          const i = t * N + d * P + p0 + k;
          if (this.tBusy[i]! > 1 || this.unavailable[i]) return true;
        }
      }
      for (const l of unit.leaves) {
        for (let k = 0; k < unit.length; k++)
          if (this.lBusy[l * N + d * P + p0 + k]! > 1) return true;
      }
      for (const g of unit.involves) if (this.gdPen[g * D + d]! > 0) return true;
      if (this.hasRooms && unit.kind === "section" && this.unitRoom[u * D + d]! < 0) return true;
      if (unit.splitKey >= 0) {
        const k = unit.splitKey;
        if (this.splitDay[k * D + d]! > this.splitLimit[k]!) return true;
        if (this.splitSlot[k * N + d * P + p0]! > 1) return true;
      }
    }
    for (const t of unit.teachers) if (this.tcPen[t]! > 0) return true;
    return false;
  }
}
