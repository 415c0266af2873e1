// Reads a schedule file into the occupancy index, turning ids into indices. Every id the school
// does not know becomes an "unknown-reference" violation and its entry is left out, so that one
// typo is reported once rather than as a cascade of clashes and missing meetings.
import type { Schedule } from "../model/format.ts";
import type { Model } from "../model/model.ts";
import {
  NO_ROOM,
  UNKNOWN_ROOM,
  addLunch,
  addMeeting,
  addPlanning,
  emptyOccupancy,
  type Occupancy,
} from "./occupancy.ts";
import type { Violation } from "./violation.ts";

type ListField = "sections" | "teachers" | "groups" | "rooms" | "teams";
type Lookup = {
  what: string;
  ids: ReadonlyMap<string, number>;
  field: ListField | "day" | "period";
};

const asId = (value: unknown): string | null =>
  typeof value === "string" ? value : value == null ? null : String(value);

export function buildOccupancy(model: Model, schedule: Schedule): Occupancy {
  const occ = emptyOccupancy(model, schedule);
  const days: Lookup = { what: "day", ids: model.dayIndex, field: "day" };
  const periods: Lookup = { what: "period", ids: model.periodIndex, field: "period" };
  const sections: Lookup = { what: "section", ids: model.sectionIndex, field: "sections" };
  const teams: Lookup = { what: "team", ids: model.teamIndex, field: "teams" };
  const teachers: Lookup = { what: "teacher", ids: model.teacherIndex, field: "teachers" };
  const groups: Lookup = { what: "group", ids: model.groupIndex, field: "groups" };
  const rooms: Lookup = { what: "room", ids: model.roomIndex, field: "rooms" };

  /** The index of `raw` in `lookup`, or -1 after reporting it. */
  const resolve = (where: string, lookup: Lookup, raw: unknown): number => {
    const id = asId(raw);
    const index = id === null ? undefined : lookup.ids.get(id);
    if (index !== undefined) return index;
    const violation: Violation = {
      rule: "unknown-reference",
      message:
        id === null
          ? `${where} names no ${lookup.what}.`
          : `${where} names ${lookup.what} "${id}", which the school does not have.`,
    };
    const field = lookup.field;
    if (id === null) {
      // nothing to point at
    } else if (field === "day") violation.day = id;
    else if (field === "period") violation.period = id;
    else violation[field] = [id];
    occ.unresolved.push(violation);
    return -1;
  };

  (schedule.placements ?? []).forEach((p, i) => {
    const where = `Placement ${i + 1} (${String(p.section)} at ${String(p.day)} period ${String(p.period)})`;
    const section = resolve(where, sections, p.section);
    const day = resolve(where, days, p.day);
    const period = resolve(where, periods, p.period);
    let room = NO_ROOM;
    const roomId = asId(p.room);
    if (roomId !== null) {
      // Naming a room when the school lists none is the room-assignment rule's to report.
      room = model.hasRooms ? resolve(where, rooms, roomId) : UNKNOWN_ROOM;
      if (room < 0) room = UNKNOWN_ROOM;
    }
    if (section < 0 || day < 0 || period < 0) occ.meetings.push(null);
    else addMeeting(occ, { section, day, period, room });
  });

  (schedule.planning ?? []).forEach((e, i) => {
    const where = `Planning entry ${i + 1} (${String(e.team)} at ${String(e.day)} period ${String(e.period)})`;
    const team = resolve(where, teams, e.team);
    const day = resolve(where, days, e.day);
    const period = resolve(where, periods, e.period);
    if (team < 0 || day < 0 || period < 0) occ.plannings.push(null);
    else addPlanning(occ, { team, day, period });
  });

  (schedule.lunch ?? []).forEach((e, i) => {
    const raw = e as { teacher?: unknown; group?: unknown; day: unknown; period: unknown };
    const who = raw.teacher ?? raw.group;
    const where = `Lunch entry ${i + 1} (${String(who)} at ${String(raw.day)} period ${String(raw.period)})`;
    const day = resolve(where, days, raw.day);
    const period = resolve(where, periods, raw.period);
    let teacher = -1;
    let group = -1;
    if ((raw.teacher == null) === (raw.group == null)) {
      occ.unresolved.push({
        rule: "unknown-reference",
        message: `${where} must name exactly one of a teacher or a group.`,
      });
    } else if (raw.teacher != null) teacher = resolve(where, teachers, raw.teacher);
    else group = resolve(where, groups, raw.group);
    if ((teacher < 0 && group < 0) || day < 0 || period < 0) occ.lunches.push(null);
    else addLunch(occ, { teacher, group, day, period });
  });

  (schedule.unplaced ?? []).forEach((u, i) => {
    const section = resolve(`Unplaced entry ${i + 1}`, sections, u.section);
    if (section >= 0) occ.unplacedOfSection[section]!.push(i);
  });

  return occ;
}
