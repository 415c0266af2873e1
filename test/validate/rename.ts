// Consistent renaming of every id in a school and its schedule, for metamorphic tests: a
// schedule's verdict may not depend on what things are called.
import type { LunchEntry, Schedule, School, Slot } from "../../solver/model/format.ts";

export type Renamer = (kind: string, id: string) => string;

const slots = <T extends Slot>(list: readonly T[] | null | undefined, r: Renamer): T[] | null =>
  list == null
    ? null
    : list.map((s) => ({ ...s, day: r("day", s.day), period: r("period", s.period) }));

const ids = (
  kind: string,
  list: readonly string[] | null | undefined,
  r: Renamer,
): string[] | null => (list == null ? null : list.map((id) => r(kind, id)));

const opt = (kind: string, id: string | null | undefined, r: Renamer): string | null =>
  id == null ? null : r(kind, id);

export function renameSchool(s: School, r: Renamer): School {
  return {
    ...s,
    name: r("school", s.name),
    calendar: {
      ...s.calendar,
      days: s.calendar.days.map((d) => ({ ...d, id: r("day", d.id) })),
      periods: s.calendar.periods.map((p) => ({ ...p, id: r("period", p.id) })),
    },
    teachers: s.teachers.map((t) => ({
      ...t,
      id: r("teacher", t.id),
      unavailable: slots(t.unavailable, r),
    })),
    rooms: (s.rooms ?? []).map((room) => ({
      ...room,
      id: r("room", room.id),
      features: ids("feature", room.features, r),
      unavailable: slots(room.unavailable, r),
    })),
    groups: (s.groups ?? []).map((g) => ({
      ...g,
      id: r("group", g.id),
      parent: opt("group", g.parent, r),
    })),
    sections: s.sections.map((sec) => ({
      ...sec,
      id: r("section", sec.id),
      teachers: sec.teachers.map((t) => r("teacher", t)),
      groups: ids("group", sec.groups, r),
      room: opt("room", sec.room, r),
      roomFeatures: ids("feature", sec.roomFeatures, r),
      allowedPeriods: ids("period", sec.allowedPeriods, r),
      allowedDays: ids("day", sec.allowedDays, r),
      pinned:
        sec.pinned?.map((pin) => ({
          ...pin,
          day: r("day", pin.day),
          period: r("period", pin.period),
          room: opt("room", pin.room, r),
        })) ?? null,
    })),
    teams: (s.teams ?? []).map((t) => ({
      ...t,
      id: r("team", t.id),
      members: t.members.map((m) => r("teacher", m)),
      lead: opt("teacher", t.lead, r),
      planning: t.planning
        ? { ...t.planning, periods: ids("period", t.planning.periods, r) }
        : null,
    })),
    lunch: s.lunch ? { ...s.lunch, periods: s.lunch.periods.map((p) => r("period", p)) } : null,
  };
}

export function renameSchedule(sch: Schedule, r: Renamer): Schedule {
  const at = <T extends Slot>(e: T): T => ({
    ...e,
    day: r("day", e.day),
    period: r("period", e.period),
  });
  return {
    ...sch,
    school: r("school", sch.school),
    placements: sch.placements.map((p) => ({
      ...at(p),
      section: r("section", p.section),
      ...(p.room === undefined ? {} : { room: r("room", p.room) }),
    })),
    planning: sch.planning.map((e) => ({ ...at(e), team: r("team", e.team) })),
    lunch: sch.lunch.map((e): LunchEntry => {
      const who = e as { teacher?: string; group?: string };
      return who.teacher !== undefined
        ? { ...at(e), teacher: r("teacher", who.teacher) }
        : { ...at(e), group: r("group", who.group ?? "") };
    }),
    unplaced: sch.unplaced.map((u) => ({ ...u, section: r("section", u.section) })),
  };
}
