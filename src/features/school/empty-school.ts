// A new school to fill in: a Monday-to-Friday week and a bell schedule of seven 50-minute periods,
// so that it passes the parser from its first moment (storage keeps only checked documents) and
// the person starts by changing times rather than by typing ids.
import { SCHOOL_FORMAT, type School } from "../../../solver/index.ts";

const WEEK = [
  ["Mon", "Monday"],
  ["Tue", "Tuesday"],
  ["Wed", "Wednesday"],
  ["Thu", "Thursday"],
  ["Fri", "Friday"],
] as const;

const time = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** Periods of `length` minutes from `start` (minutes after midnight) with `gap` minutes between. */
export function bellSchedule(
  count: number,
  start = 8 * 60,
  length = 50,
  gap = 5,
): School["calendar"]["periods"] {
  return Array.from({ length: count }, (_, i) => {
    const from = start + i * (length + gap);
    return {
      id: String(i + 1),
      name: `Period ${i + 1}`,
      start: time(from),
      end: time(from + length),
    };
  });
}

export function emptySchool(name: string): School {
  return {
    format: SCHOOL_FORMAT,
    name,
    calendar: {
      days: WEEK.map(([id, dayName]) => ({ id, name: dayName })),
      periods: bellSchedule(7),
    },
    teachers: [],
    rooms: [],
    groups: [],
    sections: [],
    teams: [],
  };
}

/** "New school", or "New school 2" when that name is taken. */
export function freshSchoolName(taken: readonly string[]): string {
  const names = new Set(taken);
  if (!names.has("New school")) return "New school";
  let n = 2;
  while (names.has(`New school ${n}`)) n++;
  return `New school ${n}`;
}
