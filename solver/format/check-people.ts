// Teachers, rooms and groups: the people, places and cohorts that sections refer to.
import {
  MAX_COUNT,
  MAX_SIZE,
  readBool,
  readInt,
  readString,
  readStrings,
  report,
} from "./fields.ts";
import {
  forEachItem,
  indexIds,
  quote,
  readSlots,
  type GroupInfo,
  type Known,
  type RoomInfo,
} from "./school-context.ts";

export function checkTeachers(known: Known, list: readonly unknown[]): Set<string> {
  const { errors } = known;
  const ids = indexIds(errors, list, "teachers");
  const perDay = known.periodCount || MAX_COUNT;
  const perCycle =
    known.dayCount && known.periodCount ? known.dayCount * known.periodCount : MAX_COUNT;
  const dayWhy = known.periodCount ? "the periods in a day" : "";
  const cycleWhy = perCycle === MAX_COUNT ? "" : "the slots in the cycle";
  forEachItem(errors, list, "teachers", (teacher, where) => {
    readString(errors, teacher, where, "name", { required: true, nonEmpty: true });
    readStrings(errors, teacher, where, "departments");
    readSlots(known, teacher, where, "unavailable");
    readInt(errors, teacher, where, "maxTeachingPerDay", 0, perDay, { maxWhy: dayWhy });
    readInt(errors, teacher, where, "minFreePerDay", 0, perDay, { maxWhy: dayWhy });
    readInt(errors, teacher, where, "minFreePerCycle", 0, perCycle, { maxWhy: cycleWhy });
    readInt(errors, teacher, where, "maxPlanningPerCycle", 0, perCycle, { maxWhy: cycleWhy });
  });
  return new Set(ids.keys());
}

export function checkRooms(known: Known, list: readonly unknown[]): Map<string, RoomInfo> {
  const { errors } = known;
  const ids = indexIds(errors, list, "rooms");
  const rooms = new Map<string, RoomInfo>();
  forEachItem(errors, list, "rooms", (room, where, index) => {
    readString(errors, room, where, "name");
    const capacity = readInt(errors, room, where, "capacity", 0, MAX_SIZE);
    const features = readStrings(errors, room, where, "features");
    readSlots(known, room, where, "unavailable");
    const id = room.id;
    if (typeof id === "string" && ids.get(id) === index) {
      rooms.set(id, {
        // An invalid capacity is already reported; treating it as "no limit" avoids follow-ups.
        capacity: capacity ?? null,
        features: new Set((features ?? []).map((f) => f.value)),
      });
    }
  });
  return rooms;
}

export function checkGroups(known: Known, list: readonly unknown[]): Map<string, GroupInfo> {
  const { errors } = known;
  const ids = indexIds(errors, list, "groups");
  const parentOf = new Map<string, string | null>();
  const sizeOf = new Map<string, number | null>();
  forEachItem(errors, list, "groups", (group, where, index) => {
    readString(errors, group, where, "name", { required: true, nonEmpty: true });
    readBool(errors, group, where, "fullDay");
    const size = readInt(errors, group, where, "size", 0, MAX_SIZE);
    const parent = readString(errors, group, where, "parent", { nonEmpty: true });
    if (typeof parent === "string" && !ids.has(parent)) {
      report(errors, where, "parent", `${quote(parent)} does not exist`);
    }
    const id = group.id;
    if (typeof id !== "string" || ids.get(id) !== index) return;
    parentOf.set(id, typeof parent === "string" && ids.has(parent) ? parent : null);
    // An invalid size is already reported; counting it as given avoids a follow-up error.
    sizeOf.set(id, size === undefined ? 0 : size);
  });

  breakCycles(known, parentOf, ids);

  const children = new Map<string, string[]>();
  for (const id of parentOf.keys()) children.set(id, []);
  for (const [id, parent] of parentOf) if (parent !== null) children.get(parent)!.push(id);

  // Children before parents: reverse of a breadth-first walk down from the roots.
  const order: string[] = [...parentOf.keys()].filter((id) => parentOf.get(id) === null);
  for (let i = 0; i < order.length; i++)
    for (const kid of children.get(order[i]!)!) order.push(kid);
  const groups = new Map<string, GroupInfo>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    const kids = children.get(id)!;
    if (kids.length === 0) {
      const size = sizeOf.get(id)!;
      groups.set(id, {
        parent: parentOf.get(id)!,
        children: kids,
        sizelessLeaf: size === null ? id : null,
        size: size ?? 0,
      });
    } else {
      let sizelessLeaf: string | null = null;
      let size = 0;
      for (const kid of kids) {
        const info = groups.get(kid)!;
        sizelessLeaf ??= info.sizelessLeaf;
        size += info.size;
      }
      groups.set(id, { parent: parentOf.get(id)!, children: kids, sizelessLeaf, size });
    }
  }
  return groups;
}

/**
 * Reports every cycle of parents once and cuts it (in parentOf), so that later walks up and
 * down the tree end.
 */
function breakCycles(
  known: Known,
  parentOf: Map<string, string | null>,
  ids: ReadonlyMap<string, number>,
): void {
  const DONE = 2;
  const state = new Map<string, number>();
  for (const start of parentOf.keys()) {
    if (state.has(start)) continue;
    const walk: string[] = [];
    const onWalk = new Set<string>();
    let at: string | null = start;
    while (at !== null && !state.has(at)) {
      state.set(at, 1);
      onWalk.add(at);
      walk.push(at);
      at = parentOf.get(at) ?? null;
    }
    if (at !== null && onWalk.has(at)) {
      const cycle = walk.slice(walk.indexOf(at));
      const index = ids.get(at)!;
      const path = [...cycle, at].map(quote).join(" -> ");
      known.errors.add(
        `groups[${index}].parent`,
        `groups[${index}] ${quote(at)}: parent makes a cycle (${path}); a group cannot be below itself, so remove one of these parents`,
      );
      parentOf.set(at, null);
    }
    for (const id of walk) state.set(id, DONE);
  }
}
