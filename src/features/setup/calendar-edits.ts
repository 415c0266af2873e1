// Edits of the bell schedule and the cycle: adding a day or a period continues the pattern
// (the next weekday or letter, the next period after the last one ends), and removing or renaming
// one carries the change into every reference.
import {
  minutesOf,
  type Calendar,
  type CalendarDay,
  type CalendarPeriod,
  type School,
  type Term,
} from "../../../solver/index.ts";
import { removeRefs, renameRefs } from "./references.ts";

export const WEEKDAYS: readonly CalendarDay[] = [
  { id: "Mon", name: "Monday" },
  { id: "Tue", name: "Tuesday" },
  { id: "Wed", name: "Wednesday" },
  { id: "Thu", name: "Thursday" },
  { id: "Fri", name: "Friday" },
  { id: "Sat", name: "Saturday" },
  { id: "Sun", name: "Sunday" },
];

export type DayPreset = "week" | "ab" | "six";

export function presetDays(preset: DayPreset): CalendarDay[] {
  if (preset === "week") return WEEKDAYS.slice(0, 5).map((d) => ({ ...d }));
  const letters = preset === "ab" ? "AB" : "ABCDEF";
  return [...letters].map((l) => ({ id: l, name: `Day ${l}` }));
}

const withCalendar = (school: School, calendar: Partial<Calendar>): School => ({
  ...school,
  calendar: { ...school.calendar, ...calendar },
});

const isWeek = (days: readonly CalendarDay[]) =>
  days.every((d) => WEEKDAYS.some((w) => w.id === d.id));

/**
 * Replaces the cycle's days. References follow by position (the first old day becomes the first
 * new one); those past the end of the new cycle are removed. A term that maps weekdays switches
 * to walking the cycle when the new days are not weekdays.
 */
export function replaceDays(school: School, days: CalendarDay[]): School {
  const old = school.calendar.days;
  let next = school;
  // Through temporary ids, so that a rename never lands on an id that is renamed after it.
  old.forEach((d, i) => (next = renameRefs(next, "day", d.id, `\u0000${i}`)));
  old.forEach((_, i) => {
    const day = days[i];
    next = day
      ? renameRefs(next, "day", `\u0000${i}`, day.id)
      : removeRefs(next, "day", `\u0000${i}`);
  });
  const term = next.calendar.term;
  const calendar: Partial<Calendar> = { days };
  if (term && term.rotation === "weekdays" && !isWeek(days))
    calendar.term = { ...term, rotation: "cycle" };
  return withCalendar(next, calendar);
}

/** The next weekday after the last day, or the next letter of a rotation. */
export function nextDay(days: readonly CalendarDay[]): CalendarDay {
  const ids = new Set(days.map((d) => d.id));
  if (isWeek(days)) {
    const free = WEEKDAYS.find((w) => !ids.has(w.id));
    if (free) return { ...free };
  }
  for (let c = 65; c < 91; c++) {
    const id = String.fromCharCode(c);
    if (!ids.has(id)) return { id, name: `Day ${id}` };
  }
  let n = days.length + 1;
  while (ids.has(`D${n}`)) n++;
  return { id: `D${n}`, name: `Day ${n}` };
}

const clock = (m: number) =>
  `${String(Math.floor(m / 60) % 24).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/** A period after the last one: same length, same gap, the next free number as its id. */
export function addPeriod(school: School): School {
  const periods = school.calendar.periods;
  const ids = new Set(periods.map((p) => p.id));
  let n = periods.length + 1;
  while (ids.has(String(n))) n++;
  const added: CalendarPeriod = { id: String(n), name: `Period ${n}` };
  const last = periods.at(-1);
  const start = minutesOf(last?.start ?? "");
  const end = minutesOf(last?.end ?? "");
  if (last === undefined) {
    Object.assign(added, { start: "08:00", end: "08:50" });
  } else if (start !== null && end !== null) {
    const prevEnd = minutesOf(periods.at(-2)?.end ?? "");
    const gap = prevEnd !== null && start >= prevEnd ? start - prevEnd : 5;
    const from = end + gap;
    const to = from + (end - start);
    // Past midnight there is no sensible time: leave the new period's times for the person.
    if (to < 24 * 60) Object.assign(added, { start: clock(from), end: clock(to) });
  }
  return withCalendar(school, { periods: [...periods, added] });
}

export function removeDay(school: School, index: number): School {
  const day = school.calendar.days[index];
  if (!day) return school;
  const next = removeRefs(school, "day", day.id);
  return withCalendar(next, { days: next.calendar.days.filter((_, i) => i !== index) });
}

export function removePeriod(school: School, index: number): School {
  const period = school.calendar.periods[index];
  if (!period) return school;
  const removed = removeRefs(school, "period", period.id);
  // A lunch window left with no period is no lunch rule, not an impossible one.
  const next = removed.lunch ? setLunch(removed, removed.lunch.periods) : removed;
  return withCalendar(next, { periods: next.calendar.periods.filter((_, i) => i !== index) });
}

/** Changes a day's or a period's field; a new id is carried into every reference. */
export function setCalendarItem(
  school: School,
  list: "days" | "periods",
  index: number,
  field: string,
  value: string | undefined,
): School {
  const items = school.calendar[list];
  const item = items[index];
  if (!item) return school;
  const next =
    field === "id" && value
      ? renameRefs(school, list === "days" ? "day" : "period", item.id, value)
      : school;
  const changed = { ...item } as Record<string, unknown>;
  if (value === undefined) delete changed[field];
  else changed[field] = value;
  return withCalendar(next, {
    [list]: items.map((x, i) => (i === index ? changed : x)),
  });
}

/** The lunch window; no periods means no lunch rule at all. */
export function setLunch(school: School, periods: string[] | undefined): School {
  if (periods === undefined || periods.length === 0) {
    const next = { ...school };
    delete next.lunch;
    return next;
  }
  return { ...school, lunch: { ...(school.lunch ?? {}), periods } };
}

/** A school year from `today`: 1 September to 15 June, on weekdays or walking the cycle. */
export function defaultTerm(today: Date, days: readonly CalendarDay[]): Term {
  const year = today.getMonth() >= 6 ? today.getFullYear() : today.getFullYear() - 1;
  return {
    start: `${year}-09-01`,
    end: `${year + 1}-06-15`,
    rotation: isWeek(days) ? "weekdays" : "cycle",
  };
}

export function setTerm(school: School, term: Term | undefined): School {
  const calendar = { ...school.calendar };
  if (term === undefined) delete calendar.term;
  else calendar.term = term;
  return { ...school, calendar };
}
