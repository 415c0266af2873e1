// What several checks read, computed once per school: each teacher's load and the most a day can
// hold for them, and the meetings whose time the school itself already fixes.
import type { Model } from "../model/model.ts";

/** A meeting whose day and start the school fixes: a pin, or the only time its rules allow. */
export type FixedMeeting = {
  section: number;
  day: number;
  start: number;
  length: number;
  /** The room it must use, or -1 when it still has a choice (or the school lists no rooms). */
  room: number;
  pinned: boolean;
};

export type TeacherFacts = {
  /** Section-periods taught per cycle: meetings x length over their sections. */
  teaching: number;
  /** Planning meetings per cycle: perCycle over their teams with planning. */
  planning: number;
  /** Slots of the cycle in which they are available. */
  available: number;
  availableByDay: number[];
  /**
   * The most teaching plus planning a day can hold if they work that day: its available periods
   * less a lunch (when the school has a lunch window) and minFreePerDay; 0 when they cannot
   * work that day at all (no available period, or no available lunch period).
   */
  dayCapacity: number[];
  /** dayCapacity capped by maxTeachingPerDay. */
  teachCapacity: number[];
  /** Days with available periods but none in the lunch window, so they cannot work then. */
  noLunchDays: number[];
  /** A lower bound on the days they teach or plan; Infinity when their load fits no days. */
  minWorkDays: number;
};

export type Facts = {
  model: Model;
  /** 1 when every working day costs a lunch period (the school has a lunch window), else 0. */
  lunch: number;
  /** meetings x length per section. */
  sectionPeriods: number[];
  allowedDayCount: number[];
  fixed: FixedMeeting[];
  fixedBySection: FixedMeeting[][];
  teachers: TeacherFacts[];
  /** blocked[t][slot]: teacher t is unavailable or teaches a fixed meeting then. */
  blocked: boolean[][];
};

/** The fewest days whose capacities add up to need, taking the largest first. */
export function fewestDays(need: number, capacities: readonly number[]): number {
  if (need <= 0) return 0;
  const sorted = [...capacities].sort((a, b) => b - a);
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) {
    sum += sorted[i]!;
    if (sum >= need) return i + 1;
  }
  return Infinity;
}

export const total = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

export function fixedMeetings(model: Model): FixedMeeting[] {
  const out: FixedMeeting[] = [];
  for (const s of model.sections) {
    const onlyStart =
      s.allowedStarts.indexOf(true) === s.allowedStarts.lastIndexOf(true)
        ? s.allowedStarts.indexOf(true)
        : -1;
    // samePeriod with a pin puts every meeting at the pin's period; one legal start does too.
    const period = s.samePeriod && s.pins.length > 0 ? s.pins[0]!.period : onlyStart;
    const allDays = s.allowedDays.filter(Boolean).length === s.meetings;
    const soleRoom =
      s.fixedRoom >= 0
        ? s.fixedRoom
        : model.hasRooms && s.candidateRooms.length === 1
          ? s.candidateRooms[0]!
          : -1;
    const pinnedDays = new Set<number>();
    for (const pin of s.pins) {
      pinnedDays.add(pin.day);
      const room = pin.room >= 0 ? pin.room : soleRoom;
      out.push({
        section: s.index,
        day: pin.day,
        start: pin.period,
        length: s.length,
        room,
        pinned: true,
      });
    }
    // A section that meets on every day it may, at its only possible period, is fixed too.
    if (period >= 0 && allDays) {
      for (let day = 0; day < model.dayCount; day++) {
        if (!s.allowedDays[day] || pinnedDays.has(day)) continue;
        out.push({
          section: s.index,
          day,
          start: period,
          length: s.length,
          room: soleRoom,
          pinned: false,
        });
      }
    }
  }
  return out;
}

function teacherFacts(model: Model, t: number, sectionPeriods: readonly number[]): TeacherFacts {
  const teacher = model.teachers[t]!;
  const P = model.periodCount;
  const lunch = model.lunchPeriods;
  const availableByDay: number[] = [];
  const dayCapacity: number[] = [];
  const noLunchDays: number[] = [];
  for (let d = 0; d < model.dayCount; d++) {
    let avail = 0;
    let lunchable = false;
    for (let p = 0; p < P; p++) {
      if (teacher.unavailable[d * P + p]) continue;
      avail++;
      if (lunch?.[p]) lunchable = true;
    }
    availableByDay.push(avail);
    if (lunch && avail > 0 && !lunchable) noLunchDays.push(d);
    const cap = lunch && !lunchable ? 0 : avail - (lunch ? 1 : 0) - teacher.minFreePerDay;
    dayCapacity.push(Math.max(0, cap));
  }
  const teachCapacity = dayCapacity.map((c) => Math.min(c, teacher.maxTeachingPerDay));
  const teaching = total(model.sectionsOfTeacher[t]!.map((s) => sectionPeriods[s]!));
  const teams = model.teamsOfTeacher[t]!.map((i) => model.teams[i]!.planning!);
  const planning = total(teams.map((p) => p.perCycle));
  const minWorkDays = Math.max(
    fewestDays(teaching + planning, dayCapacity),
    fewestDays(teaching, teachCapacity),
    ...teams.map((p) => Math.ceil(p.perCycle / p.maxPerDay)),
  );
  return {
    teaching,
    planning,
    available: total(availableByDay),
    availableByDay,
    dayCapacity,
    teachCapacity,
    noLunchDays,
    minWorkDays,
  };
}

export function buildFacts(model: Model): Facts {
  const sectionPeriods = model.sections.map((s) => s.meetings * s.length);
  const fixed = fixedMeetings(model);
  const fixedBySection: FixedMeeting[][] = model.sections.map(() => []);
  const blocked = model.teachers.map((t) => [...t.unavailable]);
  for (const m of fixed) {
    fixedBySection[m.section]!.push(m);
    for (const t of model.sections[m.section]!.teachers) {
      for (let p = m.start; p < m.start + m.length; p++) {
        blocked[t]![m.day * model.periodCount + p] = true;
      }
    }
  }
  return {
    model,
    lunch: model.lunchPeriods ? 1 : 0,
    sectionPeriods,
    allowedDayCount: model.sections.map((s) => s.allowedDays.filter(Boolean).length),
    fixed,
    fixedBySection,
    teachers: model.teachers.map((_, t) => teacherFacts(model, t, sectionPeriods)),
    blocked,
  };
}
