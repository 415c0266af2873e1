// The calendar: days of the cycle, the bell schedule and the optional term.
import type { ErrorList } from "./errors.ts";
import {
  readArray,
  readEnum,
  readObject,
  readString,
  readStrings,
  report,
  type Where,
} from "./fields.ts";
import { forEachItem, indexIds, quote } from "./school-context.ts";

export type CalendarIds = {
  days: Map<string, number> | null;
  periods: Map<string, number> | null;
  dayCount: number | null;
  periodCount: number | null;
};

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** Minutes since midnight of an "HH:MM" time, or null when it is not one. */
export function minutesOf(time: string): number | null {
  const m = TIME.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** True for a real calendar date written YYYY-MM-DD (no 2027-02-30). */
export function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function checkCalendar(errors: ErrorList, school: Record<string, unknown>): CalendarIds {
  const none: CalendarIds = { days: null, periods: null, dayCount: null, periodCount: null };
  const calendar = readObject(errors, school, { path: "", label: "school" }, "calendar", {
    required: true,
  });
  if (!calendar) return none;
  const where: Where = { path: "calendar", label: "calendar" };

  const days = readArray(errors, calendar, where, "days", { required: true });
  let dayIds: Map<string, number> | null = null;
  if (days) {
    if (days.length === 0) report(errors, where, "days", "must list at least one day");
    dayIds = indexIds(errors, days, "calendar.days");
    forEachItem(errors, days, "calendar.days", (day, at) => {
      readString(errors, day, at, "name");
    });
  }

  const periods = readArray(errors, calendar, where, "periods", { required: true });
  let periodIds: Map<string, number> | null = null;
  if (periods) {
    if (periods.length === 0) report(errors, where, "periods", "must list at least one period");
    periodIds = indexIds(errors, periods, "calendar.periods");
    checkBells(errors, periods);
  }

  const term = readObject(errors, calendar, where, "term");
  if (term) checkTerm(errors, term, dayIds);

  return {
    days: dayIds,
    periods: periodIds,
    dayCount: days ? days.length : null,
    periodCount: periods ? periods.length : null,
  };
}

/** Times are HH:MM, each period ends after it starts and starts no earlier than the last ended. */
function checkBells(errors: ErrorList, periods: readonly unknown[]): void {
  let lastEnd: { minutes: number; label: string } | null = null;
  forEachItem(errors, periods, "calendar.periods", (period, at) => {
    readString(errors, period, at, "name");
    const time = (field: "start" | "end"): number | null => {
      const text = readString(errors, period, at, field);
      if (typeof text !== "string") return null;
      const minutes = minutesOf(text);
      if (minutes === null)
        report(
          errors,
          at,
          field,
          `must be a time "HH:MM" from 00:00 to 23:59 (got ${quote(text)})`,
        );
      return minutes;
    };
    const start = time("start");
    const end = time("end");
    if (start !== null && end !== null && end <= start) {
      report(
        errors,
        at,
        "end",
        `must be later than start (${String(period.start)}); a period ends after it begins`,
      );
    }
    if (start !== null && lastEnd !== null && start < lastEnd.minutes) {
      report(
        errors,
        at,
        "start",
        `is earlier than the end of ${lastEnd.label}; periods are listed in time order and must not overlap`,
      );
    }
    if (end !== null) lastEnd = { minutes: end, label: at.label };
  });
}

function checkTerm(
  errors: ErrorList,
  term: Record<string, unknown>,
  dayIds: Map<string, number> | null,
): void {
  const where: Where = { path: "calendar.term", label: "calendar.term" };
  const date = (field: "start" | "end"): string | null => {
    const text = readString(errors, term, where, field, { required: true });
    if (typeof text !== "string") return null;
    if (!isDate(text)) {
      report(errors, where, field, `must be a date "YYYY-MM-DD" (got ${quote(text)})`);
      return null;
    }
    return text;
  };
  const start = date("start");
  const end = date("end");
  // ISO dates compare in time order as strings.
  if (start !== null && end !== null && end < start) {
    report(errors, where, "end", `(${end}) is before start (${start})`);
  }
  const skip = readStrings(errors, term, where, "skip");
  for (const entry of skip ?? []) {
    if (!isDate(entry.value)) {
      errors.add(
        entry.path,
        `calendar.term: skip date ${quote(entry.value)} must be a date "YYYY-MM-DD"`,
      );
    }
  }
  const rotation = readEnum(errors, term, where, "rotation", ["weekdays", "cycle"]);
  if (rotation === "weekdays" && dayIds !== null) {
    for (const id of dayIds.keys()) {
      if (!WEEKDAYS.includes(id)) {
        const path = `calendar.days[${String(dayIds.get(id))}]`;
        errors.add(
          `${path}.id`,
          `${path} ${quote(id)}: id must be one of ${WEEKDAYS.join(", ")} when the term's rotation is "weekdays" (or use rotation "cycle")`,
        );
      }
    }
  }
}
