// The cycle on the wall calendar: which real dates a school meets and which day of the cycle each
// one is (shared/spec/school-format.md, "Time"). The solver thinks in day and period indices; this
// is the edge where they meet date-fns. Dates travel as "yyyy-MM-dd" strings and bell times as
// "HH:MM", so no clock or time zone can shift them: a Date is built only to ask date-fns which
// weekday a date is and to walk from one date to the next.
import { eachDayOfInterval, format, getISODay, isValid, parseISO } from "date-fns";
import type { Calendar } from "../../solver/index.ts";

/** One day the school meets: its date and the index of its day in `calendar.days`. */
export type SchoolDate = { date: string; day: number };

export type DateMapping =
  { kind: "dated"; dates: SchoolDate[] } | { kind: "undated"; reason: string };

/** ISO weekday (Monday 1 .. Sunday 7) of the spec's weekday ids. */
const WEEKDAY_IDS: ReadonlyMap<string, number> = new Map([
  ["Mon", 1],
  ["Tue", 2],
  ["Wed", 3],
  ["Thu", 4],
  ["Fri", 5],
  ["Sat", 6],
  ["Sun", 7],
]);

const isSchoolWeekday = (isoDay: number): boolean => isoDay <= 5;

const toIso = (date: Date): string => format(date, "yyyy-MM-dd");

/** A "yyyy-MM-dd" string as a local date, or null when it is not a real date. */
function readDate(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = parseISO(text);
  return isValid(date) && toIso(date) === text ? date : null;
}

/**
 * Every date of the term on which the school meets, in order, with its day of the cycle.
 * `weekdays`: a date meets when its weekday is one of the cycle's day ids. `cycle`: Monday to
 * Friday dates meet and take the cycle's days in turn from the term's first school date. Skipped
 * dates never meet and, in a cycle, do not use up a day of it; term boundaries are inclusive.
 */
export function schoolDates(calendar: Calendar): DateMapping {
  const term = calendar.term;
  if (!term) return { kind: "undated", reason: "The school has no term dates." };
  // The spec gives `rotation` no default; guessing one could put every meeting on the wrong day.
  if (term.rotation !== "weekdays" && term.rotation !== "cycle") {
    return { kind: "undated", reason: "The term does not say how the cycle maps onto dates." };
  }
  const start = readDate(term.start);
  const end = readDate(term.end);
  if (!start || !end || end < start) {
    return { kind: "undated", reason: "The term's start and end are not a range of dates." };
  }
  const skip = new Set(term.skip ?? []);
  const dayOfWeekday = new Map<number, number>();
  calendar.days.forEach((d, index) => {
    const weekday = WEEKDAY_IDS.get(d.id);
    if (weekday !== undefined && !dayOfWeekday.has(weekday)) dayOfWeekday.set(weekday, index);
  });
  const dates: SchoolDate[] = [];
  let turn = 0;
  for (const date of eachDayOfInterval({ start, end })) {
    const iso = toIso(date);
    if (skip.has(iso)) continue;
    const weekday = getISODay(date);
    if (term.rotation === "weekdays") {
      const day = dayOfWeekday.get(weekday);
      if (day !== undefined) dates.push({ date: iso, day });
    } else if (isSchoolWeekday(weekday) && calendar.days.length > 0) {
      dates.push({ date: iso, day: turn % calendar.days.length });
      turn++;
    }
  }
  return { kind: "dated", dates };
}

/**
 * How many cycles make one school week of five days, to turn "per cycle" into "per week". A
 * weekday rotation is a week. So is a cycle without a term whose days are all named for weekdays
 * (Mon..Fri). Any other cycle lasts as many school days as it has days, so an A/B cycle runs 5/2
 * times a week.
 */
export function cyclesPerWeek(calendar: Calendar): number {
  const rotation = calendar.term?.rotation;
  const days = calendar.days;
  if (rotation === "weekdays") return 1;
  if (rotation !== "cycle" && days.length > 0 && days.every((d) => WEEKDAY_IDS.has(d.id))) {
    return 1;
  }
  return days.length === 0 ? 0 : 5 / days.length;
}

/** The first `count` school dates on or after `today` ("yyyy-MM-dd"). */
export function datesFrom(
  dates: readonly SchoolDate[],
  today: string,
  count: number,
): SchoolDate[] {
  // "yyyy-MM-dd" strings sort like the dates they name.
  const first = dates.findIndex((d) => d.date >= today);
  return first < 0 ? [] : dates.slice(first, first + count);
}

/** Today's local date as "yyyy-MM-dd". */
export const todayIso = (now: Date = new Date()): string => toIso(now);

/** "Monday, August 24, 2026" for a "yyyy-MM-dd" date (the text itself when it is not a date). */
export function formatLongDate(iso: string): string {
  const date = readDate(iso);
  return date ? format(date, "EEEE, MMMM d, yyyy") : iso;
}

/** Minutes after midnight of an "HH:MM" time, or null when it is not one. */
export function minutesOfDay(time: string | undefined | null): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time ?? "");
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

/** Minutes from one "HH:MM" to a later one; null when either is missing or they run backwards. */
export function minutesBetween(
  start: string | undefined | null,
  end: string | undefined | null,
): number | null {
  const a = minutesOfDay(start);
  const b = minutesOfDay(end);
  return a === null || b === null || b < a ? null : b - a;
}

/** The year, month and day of a "yyyy-MM-dd" date, read from the text (no Date involved). */
export function dateParts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split("-").map(Number);
  return [y ?? 0, m ?? 0, d ?? 0];
}

/** A stretch of the bell schedule: from the start of one period to the end of another. */
export type BellSpan = { start: string; end: string; minutes: number };

/**
 * The bell times of periods `first`..`last` (indices into `calendar.periods`), or null when the
 * bell schedule leaves a time out: without both, nothing can be put on a calendar.
 */
export function bellSpan(calendar: Calendar, first: number, last: number = first): BellSpan | null {
  const start = calendar.periods[first]?.start;
  const end = calendar.periods[last]?.end;
  const minutes = minutesBetween(start, end);
  return start && end && minutes !== null ? { start, end, minutes } : null;
}
