import { describe, expect, it } from "vitest";
import type { Schedule, School } from "../../solver/model/format.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { buildOccupancy } from "../../solver/validate/index.ts";
import { calendarFileName, teacherCalendar, teamCalendar } from "../../src/lib/calendar.ts";
import { schoolDates } from "../../src/lib/dates.ts";
import { loadInstance } from "./reports-fixtures.ts";
import { smallSchedule, smallSchool } from "./reports-small.ts";
import { parseIcs, type IcsEvent } from "./calendar-parse.ts";

const STAMP = Date.UTC(2026, 7, 1, 12, 0);
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** The weekday id of a "yyyymmdd" date, by the proleptic calendar (no time zone involved). */
const weekdayOf = (ymd: string): string =>
  WEEKDAYS[
    new Date(Date.UTC(+ymd.slice(0, 4), +ymd.slice(4, 6) - 1, +ymd.slice(6, 8))).getUTCDay()
  ]!;

const ok = <T>(
  result: { ok: true; value: T } | { ok: false; errors: { message: string }[] },
): T => {
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
  return result.value;
};

/** "Mon 3": the team's planning slots from the schedule file itself. */
const slotsOf = (schedule: Schedule, team: string): Set<string> =>
  new Set(schedule.planning.filter((p) => p.team === team).map((p) => `${p.day} ${p.period}`));

const hhmm = (dt: string): string => `${dt.slice(9, 11)}:${dt.slice(11, 13)}`;

describe("a team's calendar", () => {
  const { school, model, schedule } = loadInstance(
    "middle-s-1.school.json",
    "middle-s-1.planted.json",
  );
  const occ = buildOccupancy(model, schedule);
  const teamIndex = model.teamIndex.get("team-6a")!;

  it("puts every planning slot on every date of its weekday at the bell's times", () => {
    const file = ok(teamCalendar(occ, teamIndex, STAMP));
    const events = parseIcs(file.text);
    const slots = slotsOf(schedule, "team-6a");
    const periods = new Map(school.calendar.periods.map((p) => [p.id, p]));
    const skip = new Set(school.calendar.term!.skip!.map((d) => d.replaceAll("-", "")));
    for (const e of events) {
      const date = e.DTSTART!.slice(0, 8);
      expect(e.DTEND!.slice(0, 8)).toBe(date);
      expect(skip.has(date)).toBe(false);
      expect(date >= "20260824" && date <= "20270611").toBe(true);
      const slot = [...slots].find((s) => {
        const [day, period] = s.split(" ");
        const bell = periods.get(period!)!;
        return (
          day === weekdayOf(date) && bell.start === hhmm(e.DTSTART!) && bell.end === hhmm(e.DTEND!)
        );
      });
      expect(slot, `${e.DTSTART} matches no planning slot`).toBeDefined();
      const period = slot!.split(" ")[1]!;
      expect(e.UID).toMatch(
        new RegExp(`^commons-[^-]+-team-team%2D6a-${date}-${period}@commons\\.local$`),
      );
    }
    // Every term date of every slot's weekday is there, once.
    const dated = schoolDates(school.calendar);
    if (dated.kind !== "dated") throw new Error("the school has a term");
    const expected = dated.dates.flatMap(({ date, day }) =>
      [...slots].filter((s) => s.startsWith(`${model.dayIds[day]} `)).map((s) => `${date} ${s}`),
    );
    expect(events).toHaveLength(expected.length);
    expect(new Set(events.map((e) => e.UID)).size).toBe(events.length);
    expect(file.events).toHaveLength(events.length);
  });

  it("names the calendar and the team, and gives the same identifiers on every export", () => {
    const first = ok(teamCalendar(occ, teamIndex, STAMP));
    const later = ok(teamCalendar(occ, teamIndex, STAMP + 86_400_000));
    expect(parseIcs(later.text).map((e) => e.UID)).toEqual(parseIcs(first.text).map((e) => e.UID));
    expect(first.text).toMatch(/^X-WR-CALNAME:6A .* common planning\r$/m);
    const event = parseIcs(first.text)[0]!;
    expect(event.SUMMARY).toMatch(/^6A .*: common planning$/);
    expect(event.DTSTAMP).toBe("20260801T120000Z");
    for (const member of school.teams!.find((t) => t.id === "team-6a")!.members) {
      const name = school.teachers.find((t) => t.id === member)!.name;
      expect(event.DESCRIPTION).toContain(name);
    }
  });

  it("walks an A/B cycle over the school dates", () => {
    const high = loadInstance("high-s-1.school.json", "high-s-1.planted.json");
    const hocc = buildOccupancy(high.model, high.schedule);
    const team = high.model.teams[0]!;
    const [slot] = slotsOf(high.schedule, team.id);
    const [day, period] = slot!.split(" ");
    const events = parseIcs(ok(teamCalendar(hocc, team.index, STAMP)).text);
    // Count this cycle's A (or B) days by walking the term by hand: weekdays minus skipped dates.
    const term = high.school.calendar.term!;
    const skip = new Set(term.skip ?? []);
    const want: string[] = [];
    let turn = 0;
    for (
      let t = Date.parse(`${term.start}T00:00Z`);
      t <= Date.parse(`${term.end}T00:00Z`);
      t += 86_400_000
    ) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const weekday = new Date(t).getUTCDay();
      if (weekday === 0 || weekday === 6 || skip.has(iso)) continue;
      if (high.model.dayIds[turn % high.model.dayCount] === day) want.push(iso.replaceAll("-", ""));
      turn++;
    }
    expect(events.map((e) => e.DTSTART!.slice(0, 8))).toEqual(want);
    const bell = high.school.calendar.periods.find((p) => p.id === period)!;
    expect(new Set(events.map((e) => `${hhmm(e.DTSTART!)}-${hhmm(e.DTEND!)}`))).toEqual(
      new Set([`${bell.start}-${bell.end}`]),
    );
  });

  it("keeps local times across daylight-saving changes in any time zone", () => {
    const original = process.env.TZ;
    const school = smallSchool();
    const dst: School = {
      ...school,
      calendar: {
        ...school.calendar,
        // New York moves its clocks on Sunday 2026-03-08 and Sunday 2026-11-01.
        term: { start: "2026-03-06", end: "2026-11-02", rotation: "weekdays" },
      },
    };
    const socc = buildOccupancy(resolveSchool(dst), smallSchedule());
    const texts: string[] = [];
    for (const tz of ["America/New_York", "Europe/London", "Pacific/Auckland"]) {
      process.env.TZ = tz;
      texts.push(ok(teamCalendar(socc, 0, STAMP)).text);
    }
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
    const events = parseIcs(texts[0]!);
    expect(texts[1]).toBe(texts[0]);
    expect(texts[2]).toBe(texts[0]);
    const around = events.filter((e) => /^2026(0306|0309|1030|1102)/.test(e.DTSTART!));
    expect(around.map((e) => e.DTSTART)).toEqual(["20260309T090000", "20261102T090000"]);
    expect(events.every((e) => hhmm(e.DTSTART!) === "09:00" && hhmm(e.DTEND!) === "09:45")).toBe(
      true,
    );
  });

  it("keeps commas, semicolons and line breaks in names through the file", () => {
    const school = smallSchool();
    const odd: School = {
      ...school,
      teams: [{ ...school.teams![0]!, name: "Math; Science, and\nArt" }],
    };
    const event = parseIcs(
      ok(teamCalendar(buildOccupancy(resolveSchool(odd), smallSchedule()), 0, STAMP)).text,
    )[0]!;
    expect(event.SUMMARY).toBe("Math; Science, and\nArt: common planning");
  });
});

describe("a teacher's calendar", () => {
  const model = resolveSchool(smallSchool());
  const occ = buildOccupancy(model, smallSchedule());

  it("holds their classes (a double period as one event), team meetings and lunch", () => {
    const events = parseIcs(ok(teacherCalendar(occ, model.teacherIndex.get("t-a")!, STAMP)).text);
    const row = (e: IcsEvent) => `${e.DTSTART} ${hhmm(e.DTEND!)} ${e.SUMMARY} @${e.LOCATION ?? ""}`;
    // The term runs Mon 2026-08-24 to Fri 2026-09-04 with Mon 08-31 skipped: Mon 24, Tue 25, Tue 1.
    expect(events.map(row)).toEqual([
      "20260824T080000 08:55 Math (math-1) @Room 101",
      "20260824T090000 09:45 A and B: common planning @",
      "20260824T095000 10:35 Lunch @",
      "20260825T090000 09:45 A and B: common planning @",
      "20260825T095000 10:35 Lunch @",
      "20260901T090000 09:45 A and B: common planning @",
      "20260901T095000 10:35 Lunch @",
    ]);
    // The team's meeting is one event in the team's and in each member's calendar.
    const team = parseIcs(ok(teamCalendar(occ, 0, STAMP)).text);
    expect(team.map((e) => e.UID)).toEqual(
      events.filter((e) => e.SUMMARY!.includes("planning")).map((e) => e.UID),
    );
  });

  it("cannot be made without a term or without bell times", () => {
    const school = smallSchool();
    const noTerm = resolveSchool({ ...school, calendar: { ...school.calendar, term: null } });
    const result = teacherCalendar(buildOccupancy(noTerm, smallSchedule()), 0, STAMP);
    expect(result).toMatchObject({ ok: false, errors: [{ message: /no term/ }] });
    const untimed = resolveSchool({
      ...school,
      calendar: { ...school.calendar, periods: school.calendar.periods.map(({ id }) => ({ id })) },
    });
    expect(teamCalendar(buildOccupancy(untimed, smallSchedule()), 0, STAMP)).toMatchObject({
      ok: false,
      errors: [{ message: /start and an end time/ }],
    });
  });

  it("names files after the school and the person", () => {
    expect(calendarFileName("Lincoln Middle School", "Zoë O'Neil")).toBe(
      "lincoln-middle-school-zoe-o-neil.ics",
    );
  });
});
