// Calendar files (.ics) of a team's common planning and of a teacher's whole week, laid over the
// term's real dates. Times are written as floating local times (no time zone): a school's bell
// schedule is wall-clock time at the school, and Google Calendar and Outlook read a floating
// time in the calendar's own zone, so 08:00 stays 08:00 whatever the zone of the computer that
// exports the file, and across daylight-saving changes.
import { createEvents, type EventAttributes } from "ics";
import type { Model, Occupancy } from "../../solver/index.ts";
import { bellSpan, dateParts, schoolDates, type DateMapping, type SchoolDate } from "./dates.ts";
import type { Result } from "./errors.ts";
import { slug } from "./slug.ts";

/** Something that happens on one day of the cycle, from the start of one period to the end of another. */
export type WeeklyEvent = {
  kind: "teaching" | "planning" | "lunch";
  /** The section, team or teacher the event belongs to (part of its identifier). */
  owner: string;
  day: number;
  first: number;
  last: number;
  title: string;
  description: string;
  location: string | null;
};

/** A weekly event on one real date, with its bell times. */
export type DatedEvent = {
  uid: string;
  date: string;
  start: string;
  end: string;
  title: string;
  description: string;
  location: string | null;
};

export type CalendarFile = { text: string; events: DatedEvent[] };

/** Only letters, digits and %: segments can then be joined with "-" without ambiguity. */
const segment = (id: string): string =>
  encodeURIComponent(id).replace(
    /[-_.!~*'()]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/**
 * An identifier that stays the same for the same event every time the file is exported, so a
 * calendar that imports the file again updates its events instead of doubling them. A team's
 * meeting has one identifier in the team's and in every member's calendar.
 */
export function eventUid(model: Model, event: WeeklyEvent, date: string): string {
  const parts = [
    "commons",
    segment(model.school.name),
    event.kind === "teaching" ? "section" : event.kind === "planning" ? "team" : "lunch",
    segment(event.owner),
    date.replaceAll("-", ""),
    segment(model.periodIds[event.first]!),
  ];
  return `${parts.join("-")}@commons.local`;
}

const teamLabel = (model: Model, team: number): string =>
  model.school.teams?.[team]?.name ?? model.teams[team]!.id;

const periodLabel = (model: Model, p: number): string =>
  model.school.calendar.periods[p]?.name ?? `Period ${model.periodIds[p]!}`;

const roomLabel = (model: Model, room: number): string | null => {
  const r = model.school.rooms?.[room];
  return r ? (r.name ?? r.id) : null;
};

function planningEvent(occ: Occupancy, team: number, day: number, period: number): WeeklyEvent {
  const { model } = occ;
  const name = teamLabel(model, team);
  const members = model.teams[team]!.members.map((t) => model.teachers[t]!.name);
  return {
    kind: "planning",
    owner: model.teams[team]!.id,
    day,
    first: period,
    last: period,
    title: `${name}: common planning`,
    description: `Common planning time for ${name} (${members.join(", ")}), ${periodLabel(model, period)}.`,
    location: null,
  };
}

/** The team's distinct planning slots, in time order. */
export function teamWeek(occ: Occupancy, team: number): WeeklyEvent[] {
  const seen = new Set<number>();
  const out: WeeklyEvent[] = [];
  for (const id of occ.planningsOfTeam[team] ?? []) {
    const pm = occ.plannings[id];
    const slot = pm ? pm.day * occ.model.periodCount + pm.period : -1;
    if (!pm || seen.has(slot)) continue;
    seen.add(slot);
    out.push(planningEvent(occ, team, pm.day, pm.period));
  }
  return out.sort((a, b) => a.day - b.day || a.first - b.first);
}

/** Everything the teacher does in the cycle: classes, team planning meetings and lunch. */
export function teacherWeek(occ: Occupancy, teacher: number): WeeklyEvent[] {
  const { model } = occ;
  const out: WeeklyEvent[] = [];
  for (const m of occ.meetings) {
    if (!m || !model.sections[m.section]!.teachers.includes(teacher)) continue;
    const section = model.sections[m.section]!;
    const last = Math.min(m.period + section.length, model.periodCount) - 1;
    const others = section.teachers
      .filter((t) => t !== teacher)
      .map((t) => model.teachers[t]!.name);
    const groups = section.groups.map((g) => model.groups[g]!.name);
    out.push({
      kind: "teaching",
      owner: section.id,
      day: m.day,
      first: m.period,
      last,
      title: `${section.course} (${section.id})`,
      description: [
        `${section.course}, section ${section.id}`,
        groups.length > 0 ? `for ${groups.join(", ")}` : "",
        others.length > 0 ? `with ${others.join(", ")}` : "",
      ]
        .filter((s) => s !== "")
        .join(", "),
      location: m.room >= 0 ? roomLabel(model, m.room) : null,
    });
  }
  for (const team of model.teams) {
    if (!team.members.includes(teacher)) continue;
    for (const e of teamWeek(occ, team.index)) out.push(e);
  }
  for (const l of occ.lunches) {
    if (!l || l.teacher !== teacher) continue;
    out.push({
      kind: "lunch",
      owner: model.teachers[teacher]!.id,
      day: l.day,
      first: l.period,
      last: l.period,
      title: "Lunch",
      description: `Lunch, ${periodLabel(model, l.period)}.`,
      location: null,
    });
  }
  return out.sort((a, b) => a.day - b.day || a.first - b.first || a.title.localeCompare(b.title));
}

/** Every weekly event on every school date of its cycle day; none without bell times. */
export function datedEvents(
  model: Model,
  dates: readonly SchoolDate[],
  weekly: readonly WeeklyEvent[],
): DatedEvent[] {
  const out: DatedEvent[] = [];
  for (const { date, day } of dates) {
    for (const event of weekly) {
      if (event.day !== day) continue;
      const span = bellSpan(model.school.calendar, event.first, event.last);
      if (!span) continue;
      out.push({
        uid: eventUid(model, event, date),
        date,
        start: span.start,
        end: span.end,
        title: event.title,
        description: event.description,
        location: event.location,
      });
    }
  }
  return out;
}

const dateTime = (date: string, time: string): [number, number, number, number, number] => {
  const [h, m] = time.split(":").map(Number);
  return [...dateParts(date), h ?? 0, m ?? 0];
};

/** The .ics text of the events; `stamp` (ms since 1970) is when the file was made (DTSTAMP). */
export function icsText(
  events: readonly DatedEvent[],
  calName: string,
  stamp: number,
): Result<string> {
  const attributes = events.map((e) => {
    // DTSTAMP is the export's moment; ics would read the clock, so we pass it in.
    const event: EventAttributes & { timestamp: number } = {
      uid: e.uid,
      timestamp: stamp,
      title: e.title,
      description: e.description,
      ...(e.location ? { location: e.location } : {}),
      start: dateTime(e.date, e.start),
      startInputType: "local",
      startOutputType: "local",
      end: dateTime(e.date, e.end),
      endInputType: "local",
      endOutputType: "local",
      busyStatus: "BUSY",
    };
    return event;
  });
  const { error, value } = createEvents(attributes, {
    productId: "-//Commons//Common planning//EN",
    method: "PUBLISH",
    calName,
  });
  if (error || value === null) {
    return {
      ok: false,
      errors: [{ path: calName, message: error?.message ?? "no calendar made" }],
    };
  }
  return { ok: true, value };
}

/** The school's dates when a calendar can be made of them, else why not. */
export function calendarDates(model: Model): DateMapping {
  const { calendar } = model.school;
  const dates = schoolDates(calendar);
  if (dates.kind === "undated") return dates;
  return calendar.periods.some((_, p) => bellSpan(calendar, p) === null)
    ? {
        kind: "undated",
        reason: "The bell schedule does not give every period a start and an end time.",
      }
    : dates;
}

/** Why no calendar can be made for this school, or null when one can. */
export function undatedReason(model: Model): string | null {
  const dates = calendarDates(model);
  return dates.kind === "undated" ? dates.reason : null;
}

function calendarOf(
  occ: Occupancy,
  weekly: WeeklyEvent[],
  calName: string,
  stamp: number,
): Result<CalendarFile> {
  const dates = calendarDates(occ.model);
  if (dates.kind === "undated") {
    return { ok: false, errors: [{ path: calName, message: dates.reason }] };
  }
  const events = datedEvents(occ.model, dates.dates, weekly);
  const text = icsText(events, calName, stamp);
  return text.ok ? { ok: true, value: { text: text.value, events } } : text;
}

export function teamCalendar(occ: Occupancy, team: number, stamp: number): Result<CalendarFile> {
  const name = `${teamLabel(occ.model, team)} common planning`;
  return calendarOf(occ, teamWeek(occ, team), name, stamp);
}

export function teacherCalendar(
  occ: Occupancy,
  teacher: number,
  stamp: number,
): Result<CalendarFile> {
  const name = `${occ.model.teachers[teacher]!.name}'s week`;
  return calendarOf(occ, teacherWeek(occ, teacher), name, stamp);
}

/** "Lincoln Middle School", "6A Mavericks" becomes "lincoln-middle-school-6a-mavericks". */
export function fileSlug(...parts: string[]): string {
  const name = slug(parts.join(" "));
  return name === "" ? "calendar" : name;
}

/** "lincoln-middle-school-6a-mavericks.ics" */
export const calendarFileName = (...parts: string[]): string => `${fileSlug(...parts)}.ics`;
