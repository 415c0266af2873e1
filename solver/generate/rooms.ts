// Rooms while a plan is built: each teacher's own room, and pools of shared rooms (gyms,
// auditoriums, spare classrooms) that grow only as far as the planted timetable needs them.
import type { PlanRoom } from "./plan.ts";

export type RoomBook = {
  readonly rooms: PlanRoom[];
  add(room: PlanRoom): PlanRoom;
  has(id: string): boolean;
  isFree(id: string, slots: readonly number[]): boolean;
  use(id: string, slots: readonly number[]): void;
  /**
   * A room of the named pool that is free in every slot; when none is, `create(n)` makes the
   * pool's n-th room (n counts from 1).
   */
  fromPool(pool: string, slots: readonly number[], create: (n: number) => PlanRoom): string;
};

export function createRoomBook(): RoomBook {
  const rooms: PlanRoom[] = [];
  const busy = new Map<string, Set<number>>();
  const pools = new Map<string, string[]>();
  const book: RoomBook = {
    rooms,
    add(room) {
      if (busy.has(room.id)) throw new Error(`generator bug: room ${room.id} added twice`);
      rooms.push(room);
      busy.set(room.id, new Set());
      return room;
    },
    has: (id) => busy.has(id),
    isFree(id, slots) {
      const set = busy.get(id);
      if (set === undefined) throw new Error(`generator bug: unknown room ${id}`);
      return slots.every((s) => !set.has(s));
    },
    use(id, slots) {
      if (!book.isFree(id, slots)) throw new Error(`generator bug: room ${id} double-booked`);
      const set = busy.get(id)!;
      for (const s of slots) set.add(s);
    },
    fromPool(pool, slots, create) {
      let members = pools.get(pool);
      if (members === undefined) pools.set(pool, (members = []));
      let id = members.find((m) => book.isFree(m, slots));
      if (id === undefined) {
        id = book.add(create(members.length + 1)).id;
        members.push(id);
      }
      book.use(id, slots);
      return id;
    },
  };
  return book;
}

/** Room numbers "201", "202", ... per floor or wing, in the order they are handed out. */
export function createRoomNumbers(): (prefix: string) => string {
  const next = new Map<string, number>();
  return (prefix) => {
    const n = (next.get(prefix) ?? 0) + 1;
    next.set(prefix, n);
    return `${prefix}${String(n).padStart(2, "0")}`;
  };
}
