// Every place a school names an item by id, so that renaming an id renames it everywhere and
// deleting an item takes its references with it. Pure: each function answers a new school.
import type { School, Section, Slot, Team } from "../../../solver/index.ts";

export type RefKind = "teacher" | "room" | "group" | "day" | "period";

type Map1 = (id: string) => string | null;

/** Maps one id (null: remove it) in a list; an id that maps to one already listed is dropped. */
function mapList(list: string[] | null | undefined, f: Map1): string[] | null | undefined {
  if (!list) return list;
  const out: string[] = [];
  for (const id of list) {
    const next = f(id);
    if (next !== null && !out.includes(next)) out.push(next);
  }
  return out;
}

function mapSlots(slots: Slot[] | null | undefined, kind: "day" | "period", f: Map1) {
  if (!slots) return slots;
  return slots.flatMap((slot) => {
    const next = f(slot[kind]);
    return next === null ? [] : [{ ...slot, [kind]: next }];
  });
}

/** Writes `value` to `field`, leaving the field out when the value is undefined. */
function put<T extends object, K extends keyof T>(item: T, field: K, value: T[K] | undefined): T {
  if (value === undefined) {
    if (!(field in item)) return item;
    const copy = { ...item };
    delete copy[field];
    return copy;
  }
  return { ...item, [field]: value };
}

function mapTeamTeacher(team: Team, f: Map1): Team {
  let next = { ...team, members: mapList(team.members, f) ?? [] };
  if (typeof team.lead === "string") {
    const lead = f(team.lead);
    next = put(next, "lead", lead === null ? undefined : lead);
  }
  return next;
}

function mapSection(section: Section, kind: RefKind, f: Map1): Section {
  switch (kind) {
    case "teacher":
      return { ...section, teachers: mapList(section.teachers, f) ?? [] };
    case "group":
      return put(section, "groups", mapList(section.groups, f));
    case "room": {
      const room = typeof section.room === "string" ? f(section.room) : section.room;
      const pins = section.pinned?.map((pin) => {
        if (typeof pin.room !== "string") return pin;
        const r = f(pin.room);
        return r === null ? put(pin, "room", undefined) : { ...pin, room: r };
      });
      return put(put(section, "room", room === null ? undefined : room), "pinned", pins);
    }
    case "day":
      return put(
        put(section, "allowedDays", mapList(section.allowedDays, f)),
        "pinned",
        mapSlots(section.pinned, "day", f),
      );
    case "period":
      return put(
        put(section, "allowedPeriods", mapList(section.allowedPeriods, f)),
        "pinned",
        mapSlots(section.pinned, "period", f),
      );
  }
}

/** Applies `f` to every reference of this kind (null removes the reference). */
export function mapRefs(school: School, kind: RefKind, f: Map1): School {
  const next: School = { ...school, sections: school.sections.map((s) => mapSection(s, kind, f)) };
  if (kind === "teacher" && school.teams)
    next.teams = school.teams.map((t) => mapTeamTeacher(t, f));
  if (kind === "group" && school.groups) {
    // A removed group's children move up to its own parent, so the tree stays whole.
    const parentOf = new Map(school.groups.map((g) => [g.id, g.parent ?? null]));
    next.groups = school.groups.map((g) => {
      if (typeof g.parent !== "string") return g;
      let parent: string | null = g.parent;
      let mapped = f(parent);
      while (parent !== null && mapped === null) {
        parent = parentOf.get(parent) ?? null;
        mapped = parent === null ? null : f(parent);
      }
      return put(g, "parent", mapped === null ? undefined : mapped);
    });
  }
  if (kind === "day" || kind === "period") {
    next.teachers = school.teachers.map((t) =>
      put(t, "unavailable", mapSlots(t.unavailable, kind, f)),
    );
    if (school.rooms)
      next.rooms = school.rooms.map((r) => put(r, "unavailable", mapSlots(r.unavailable, kind, f)));
  }
  if (kind === "period") {
    if (school.teams)
      next.teams = school.teams.map((t) =>
        t.planning
          ? { ...t, planning: put(t.planning, "periods", mapList(t.planning.periods, f)) }
          : t,
      );
    if (school.lunch)
      next.lunch = { ...school.lunch, periods: mapList(school.lunch.periods, f) ?? [] };
  }
  return next;
}

export const renameRefs = (school: School, kind: RefKind, from: string, to: string): School =>
  mapRefs(school, kind, (id) => (id === from ? to : id));

export const removeRefs = (school: School, kind: RefKind, id: string): School =>
  mapRefs(school, kind, (x) => (x === id ? null : x));

/** How many sections (and teams, for teachers) name the item: for "used by 4 sections". */
export function usageCount(school: School, kind: RefKind, id: string): number {
  let count = 0;
  mapRefs(school, kind, (x) => {
    if (x === id) count++;
    return x;
  });
  return count;
}
