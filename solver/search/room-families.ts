// Rooms that a meeting in them cannot leave: a gym whose every period is taken by PE classes
// that fit only the gyms. When every room a meeting fits is so held at a slot, no augmenting
// path of the room matching can end outside them, and the search through them is bound to find
// nothing; the search state answers "no room" at once instead. On the 1,300-section elementary
// school, where nearly every failed search was for a section that fits four or five rooms (44k
// of 44k on seed 8, a scratch count), seeds 8 and 9 took 17.7G instructions instead of 20.7G,
// with the same moves and schedules.
import type { Unit } from "./units.ts";

/**
 * Only lists this short are numbered: longer ones are general classrooms, where a meeting in the
 * way nearly always has somewhere else to go.
 */
const LISTED_ROOMS = 20;

export type RoomLists = {
  /** By unit, the number of its list of rooms, or -1 (not a section, several periods, or long). */
  listOf: Int32Array;
  /** within[a * count + b] is 1 when list a's rooms all lie in list b. */
  within: Uint8Array;
  count: number;
};

/**
 * A list of rooms as a key, by its array: the units of a section share one, and so do those
 * narrowed to a template or to days, so each solve sorts each list once however many search
 * states it builds.
 */
const keys = new WeakMap<readonly number[], string>();
function keyOf(rooms: readonly number[]): string {
  let key = keys.get(rooms);
  if (key === undefined) {
    key = [...rooms].sort((a, b) => a - b).join(" ");
    keys.set(rooms, key);
  }
  return key;
}

export function roomLists(units: readonly Unit[]): RoomLists {
  const listOf = new Int32Array(units.length).fill(-1);
  const lists: Set<number>[] = [];
  const byKey = new Map<string, number>();
  const byArray = new Map<readonly number[], number>();
  units.forEach((unit, u) => {
    if (unit.kind !== "section" || unit.length !== 1) return;
    if (unit.rooms.length === 0 || unit.rooms.length > LISTED_ROOMS) return;
    let id = byArray.get(unit.rooms);
    if (id === undefined) {
      const key = keyOf(unit.rooms);
      id = byKey.get(key);
      if (id === undefined) {
        id = lists.push(new Set(unit.rooms)) - 1;
        byKey.set(key, id);
      }
      byArray.set(unit.rooms, id);
    }
    listOf[u] = id;
  });
  const count = lists.length;
  const within = new Uint8Array(count * count);
  for (let a = 0; a < count; a++) {
    for (let b = 0; b < count; b++) {
      let all = true;
      for (const r of lists[a]!) if (!lists[b]!.has(r)) all = false;
      if (all) within[a * count + b] = 1;
    }
  }
  return { listOf, within, count };
}
