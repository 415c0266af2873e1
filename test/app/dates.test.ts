import { describe, expect, it } from "vitest";
import type { Calendar, Term } from "../../solver/model/format.ts";
import {
  cyclesPerWeek,
  datesFrom,
  formatLongDate,
  minutesBetween,
  schoolDates,
  type SchoolDate,
} from "../../src/lib/dates.ts";

const WEEK = ["Mon", "Tue", "Wed", "Thu", "Fri"].map((id) => ({ id }));
const AB = [{ id: "A" }, { id: "B" }];

const calendar = (days: { id: string }[], term: Term | null): Calendar => ({
  days,
  periods: [{ id: "1", start: "08:00", end: "08:50" }],
  term,
});

/** The dates, as "date:dayId" strings, for readable expectations. */
function walk(days: { id: string }[], term: Term): string[] {
  const mapping = schoolDates(calendar(days, term));
  if (mapping.kind !== "dated") throw new Error(mapping.reason);
  return mapping.dates.map((d) => `${d.date}:${days[d.day]!.id}`);
}

describe("schoolDates with a weekday rotation", () => {
  it("gives each date the day named for its weekday, skipping weekends and skipped dates", () => {
    // 2026-08-24 is a Monday.
    const term: Term = {
      start: "2026-08-24",
      end: "2026-09-08",
      skip: ["2026-09-07"],
      rotation: "weekdays",
    };
    expect(walk(WEEK, term)).toEqual([
      "2026-08-24:Mon",
      "2026-08-25:Tue",
      "2026-08-26:Wed",
      "2026-08-27:Thu",
      "2026-08-28:Fri",
      "2026-08-31:Mon",
      "2026-09-01:Tue",
      "2026-09-02:Wed",
      "2026-09-03:Thu",
      "2026-09-04:Fri",
      "2026-09-08:Tue",
    ]);
  });

  it("meets only on the weekdays the cycle names, Saturday included when it is one", () => {
    const days = [{ id: "Mon" }, { id: "Wed" }, { id: "Sat" }];
    const term: Term = { start: "2026-08-24", end: "2026-08-30", rotation: "weekdays" };
    expect(walk(days, term)).toEqual(["2026-08-24:Mon", "2026-08-26:Wed", "2026-08-29:Sat"]);
  });

  it("keeps both boundaries and ignores skipped dates outside the term", () => {
    const term: Term = {
      start: "2026-08-26",
      end: "2026-08-28",
      skip: ["2026-08-25", "2026-08-31", "2025-01-01"],
      rotation: "weekdays",
    };
    expect(walk(WEEK, term)).toEqual(["2026-08-26:Wed", "2026-08-27:Thu", "2026-08-28:Fri"]);
  });

  it("walks over February 29 in a leap year", () => {
    // 2028 is a leap year; 2028-02-29 is a Tuesday.
    const term: Term = { start: "2028-02-28", end: "2028-03-01", rotation: "weekdays" };
    expect(walk(WEEK, term)).toEqual(["2028-02-28:Mon", "2028-02-29:Tue", "2028-03-01:Wed"]);
  });

  it("has a one-day term when start and end are the same date", () => {
    const term: Term = { start: "2026-08-25", end: "2026-08-25", rotation: "weekdays" };
    expect(walk(WEEK, term)).toEqual(["2026-08-25:Tue"]);
  });
});

describe("schoolDates with a cycle rotation", () => {
  it("alternates A and B over school dates; a skipped date does not use up a day", () => {
    // Mon 2026-09-07 is skipped: Tuesday takes the day Monday would have had.
    const term: Term = {
      start: "2026-09-01",
      end: "2026-09-09",
      skip: ["2026-09-07"],
      rotation: "cycle",
    };
    expect(walk(AB, term)).toEqual([
      "2026-09-01:A",
      "2026-09-02:B",
      "2026-09-03:A",
      "2026-09-04:B",
      "2026-09-08:A",
      "2026-09-09:B",
    ]);
  });

  it("starts the cycle on the term's first school date, even mid-week or on a weekend", () => {
    // 2026-08-29 is a Saturday: the first school date is Monday the 31st.
    const term: Term = { start: "2026-08-29", end: "2026-09-02", rotation: "cycle" };
    const days = [{ id: "A" }, { id: "B" }, { id: "C" }];
    expect(walk(days, term)).toEqual(["2026-08-31:A", "2026-09-01:B", "2026-09-02:C"]);
  });

  it("carries the cycle across a week and a whole skipped week", () => {
    const skip = ["2027-03-22", "2027-03-23", "2027-03-24", "2027-03-25", "2027-03-26"];
    const term: Term = { start: "2027-03-18", end: "2027-03-30", skip, rotation: "cycle" };
    expect(walk(AB, term)).toEqual([
      "2027-03-18:A",
      "2027-03-19:B",
      "2027-03-29:A",
      "2027-03-30:B",
    ]);
  });

  it("is the same under every time zone, across daylight-saving changes", () => {
    const original = process.env.TZ;
    const term: Term = {
      start: "2026-03-02",
      end: "2026-11-13",
      skip: ["2026-03-09", "2026-11-02"],
      rotation: "cycle",
    };
    const results: string[][] = [];
    // New York changes at 02:00 on Sundays; Santiago and Havana skip local midnight itself.
    for (const tz of ["UTC", "America/New_York", "America/Santiago", "America/Havana"]) {
      process.env.TZ = tz;
      results.push(walk(AB, term));
    }
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
    const [utc, ...others] = results;
    for (const other of others) expect(other).toEqual(utc);
    // Every weekday of the range but the two skipped ones, each once.
    const unique = new Set(utc!.map((s) => s.slice(0, 10)));
    expect(unique.size).toBe(utc!.length);
    expect(utc!.every((s) => !s.startsWith("2026-03-09") && !s.startsWith("2026-11-02"))).toBe(
      true,
    );
  });
});

describe("schoolDates without dates", () => {
  it("has no dates without a term", () => {
    expect(schoolDates(calendar(WEEK, null)).kind).toBe("undated");
  });

  it("has no dates when the term gives no rotation (the spec gives it no default)", () => {
    expect(schoolDates(calendar(WEEK, { start: "2026-08-24", end: "2026-08-28" })).kind).toBe(
      "undated",
    );
  });

  it("has no dates when the term runs backwards or names no real date", () => {
    const backwards: Term = { start: "2026-08-28", end: "2026-08-24", rotation: "weekdays" };
    const unreal: Term = { start: "2026-02-30", end: "2026-03-04", rotation: "weekdays" };
    expect(schoolDates(calendar(WEEK, backwards)).kind).toBe("undated");
    expect(schoolDates(calendar(WEEK, unreal)).kind).toBe("undated");
  });
});

describe("cyclesPerWeek", () => {
  it("is one for a weekday rotation or a week without a term", () => {
    const term: Term = { start: "2026-08-24", end: "2026-08-28", rotation: "weekdays" };
    expect(cyclesPerWeek(calendar(WEEK, term))).toBe(1);
    expect(cyclesPerWeek(calendar(WEEK, null))).toBe(1);
  });

  it("is five school days over the cycle's length otherwise", () => {
    const term: Term = { start: "2026-08-24", end: "2026-08-28", rotation: "cycle" };
    expect(cyclesPerWeek(calendar(AB, term))).toBe(2.5);
    expect(cyclesPerWeek(calendar(AB, null))).toBe(2.5);
    const sixDays = ["A", "B", "C", "D", "E", "F"].map((id) => ({ id }));
    expect(cyclesPerWeek(calendar(sixDays, null))).toBeCloseTo(5 / 6);
  });
});

describe("helpers", () => {
  const dates: SchoolDate[] = [
    { date: "2026-08-24", day: 0 },
    { date: "2026-08-26", day: 1 },
    { date: "2026-08-27", day: 0 },
  ];

  it("lists the next dates from today, today included", () => {
    expect(datesFrom(dates, "2026-08-25", 5).map((d) => d.date)).toEqual([
      "2026-08-26",
      "2026-08-27",
    ]);
    expect(datesFrom(dates, "2026-08-24", 1).map((d) => d.date)).toEqual(["2026-08-24"]);
    expect(datesFrom(dates, "2026-09-01", 3)).toEqual([]);
  });

  it("counts minutes between bell times and refuses missing or backwards ones", () => {
    expect(minutesBetween("07:40", "08:26")).toBe(46);
    expect(minutesBetween("11:30", "13:00")).toBe(90);
    expect(minutesBetween(undefined, "08:00")).toBeNull();
    expect(minutesBetween("09:00", "08:00")).toBeNull();
    expect(minutesBetween("9:00", "10:00")).toBeNull();
  });

  it("writes a date out in full", () => {
    expect(formatLongDate("2026-08-24")).toBe("Monday, August 24, 2026");
  });
});
