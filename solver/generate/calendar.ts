// Bell schedules and school years: a weekly timetable of equal periods (elementary, middle) or an
// A/B rotation of 90-minute blocks (high), each mapped onto one school year.
import type { Calendar, CalendarPeriod, Term } from "../model/format.ts";
import type { Rng } from "../rng.ts";
import { chance } from "./random.ts";

const WEEKDAYS = [
  { id: "Mon", name: "Monday" },
  { id: "Tue", name: "Tuesday" },
  { id: "Wed", name: "Wednesday" },
  { id: "Thu", name: "Thursday" },
  { id: "Fri", name: "Friday" },
];

// US school-year holidays of 2026-27 that fall on weekdays; spring break is optional.
const HOLIDAYS = ["2026-09-07", "2026-10-12", "2026-11-25", "2026-11-26", "2026-11-27"];
const WINTER = ["2027-01-18", "2027-02-15"];
const SPRING_BREAK = ["2027-03-22", "2027-03-23", "2027-03-24", "2027-03-25", "2027-03-26"];

const clock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

function term(rng: Rng, rotation: "weekdays" | "cycle"): Term {
  const skip = [...HOLIDAYS, ...WINTER, ...(chance(rng, 0.8) ? SPRING_BREAK : [])];
  return {
    start: rng.pick(["2026-08-17", "2026-08-24", "2026-08-31"]),
    end: rng.pick(["2027-06-04", "2027-06-11"]),
    skip,
    rotation,
  };
}

/** Monday to Friday, `periodCount` equal periods starting between 07:45 and 08:15. */
export function weeklyCalendar(rng: Rng, periodCount: number): Calendar {
  const start = rng.pick([465, 470, 480, 490, 495]);
  const length = rng.pick([45, 46, 48, 50]);
  const passing = rng.pick([4, 5]);
  const periods: CalendarPeriod[] = Array.from({ length: periodCount }, (_, i) => {
    const from = start + i * (length + passing);
    return {
      id: String(i + 1),
      name: `Period ${i + 1}`,
      start: clock(from),
      end: clock(from + length),
    };
  });
  return { days: WEEKDAYS.map((d) => ({ ...d })), periods, term: term(rng, "weekdays") };
}

/** An A/B rotation of four 90-minute blocks with a lunch break after block 2. */
export function blockCalendar(rng: Rng): Calendar {
  const start = rng.pick([445, 450, 460]);
  const passing = 10;
  const lunch = rng.pick([35, 40]);
  const periods: CalendarPeriod[] = [];
  let from = start;
  for (let i = 0; i < 4; i++) {
    periods.push({
      id: String(i + 1),
      name: `Block ${i + 1}`,
      start: clock(from),
      end: clock(from + 90),
    });
    from += 90 + (i === 1 ? lunch : passing);
  }
  return {
    days: [
      { id: "A", name: "A Day" },
      { id: "B", name: "B Day" },
    ],
    periods,
    term: term(rng, "cycle"),
  };
}
