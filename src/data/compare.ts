// Compares two versions (schedules) of one school: which section meetings moved and which teams
// gained or lost planning slots. Pure: no storage, so the UI and tests call it directly.
import type { Placement, School, Schedule, Slot } from "../../solver/index.ts";

export type MeetingPlace = { day: string; period: string; room?: string };

/** One meeting of a section: before null = newly placed, after null = no longer placed. */
export type SectionMove = {
  section: string;
  before: MeetingPlace | null;
  after: MeetingPlace | null;
};

export type PlanningChange = {
  team: string;
  gained: Slot[];
  lost: Slot[];
  /** Distinct planning slots in each version, and what the school asks for (null: nothing). */
  before: number;
  after: number;
  required: number | null;
};

export type VersionComparison = {
  moved: SectionMove[];
  planning: PlanningChange[];
  /** True when no meeting moved and no team's planning changed. */
  same: boolean;
};

export function compareSchedules(
  school: School,
  before: Schedule,
  after: Schedule,
): VersionComparison {
  const order = calendarOrder(school);
  const moved = compareMeetings(school, before.placements, after.placements, order);
  const planning = comparePlanning(school, before, after, order);
  return { moved, planning, same: moved.length === 0 && planning.length === 0 };
}

type Order = { day: (d: string) => number; slot: (s: Slot) => number };

function calendarOrder(school: School): Order {
  const days = new Map(school.calendar.days.map((d, i) => [d.id, i]));
  const periods = new Map(school.calendar.periods.map((p, i) => [p.id, i]));
  const day = (d: string) => days.get(d) ?? days.size;
  const period = (p: string) => periods.get(p) ?? periods.size;
  return { day, slot: (s) => day(s.day) * (periods.size + 1) + period(s.period) };
}

const place = (p: Placement): MeetingPlace =>
  p.room === undefined
    ? { day: p.day, period: p.period }
    : { day: p.day, period: p.period, room: p.room };

const samePlace = (a: Placement, b: Placement) =>
  a.day === b.day && a.period === b.period && a.room === b.room;

function bySection(placements: readonly Placement[]): Map<string, Placement[]> {
  const map = new Map<string, Placement[]>();
  for (const p of placements) map.set(p.section, [...(map.get(p.section) ?? []), p]);
  return map;
}

/** Takes the first item of `from` that `match` accepts, removing it. */
function take<T>(from: T[], match: (t: T) => boolean): T | undefined {
  const i = from.findIndex(match);
  return i === -1 ? undefined : from.splice(i, 1)[0];
}

function compareMeetings(
  school: School,
  before: readonly Placement[],
  after: readonly Placement[],
  order: Order,
): SectionMove[] {
  const a = bySection(before);
  const b = bySection(after);
  const sectionIndex = new Map(school.sections.map((s, i) => [s.id, i]));
  const ids = [...new Set([...a.keys(), ...b.keys()])].sort(
    (x, y) =>
      (sectionIndex.get(x) ?? Infinity) - (sectionIndex.get(y) ?? Infinity) || x.localeCompare(y),
  );
  const moves: SectionMove[] = [];
  for (const section of ids) {
    const olds = [...(a.get(section) ?? [])].sort((x, y) => order.slot(x) - order.slot(y));
    const news = [...(b.get(section) ?? [])].sort((x, y) => order.slot(x) - order.slot(y));
    // Meetings have no identity: drop those that stayed put, then pair a moved meeting with one
    // on the same day (a change of period or room) before pairing across days.
    for (const o of [...olds]) {
      if (take(news, (n) => samePlace(o, n))) take(olds, (x) => x === o);
    }
    const pairs: SectionMove[] = [];
    for (const o of [...olds]) {
      const n = take(news, (x) => x.day === o.day);
      if (n) {
        take(olds, (x) => x === o);
        pairs.push({ section, before: place(o), after: place(n) });
      }
    }
    olds.forEach((o, i) => {
      const n = news[i];
      pairs.push({ section, before: place(o), after: n ? place(n) : null });
    });
    for (const n of news.slice(olds.length)) pairs.push({ section, before: null, after: place(n) });
    const at = (m: SectionMove) => order.slot((m.before ?? m.after) as MeetingPlace);
    moves.push(...pairs.sort((x, y) => at(x) - at(y)));
  }
  return moves;
}

const slotKey = (s: Slot) => `${s.day}\u0000${s.period}`;

function planningSlots(schedule: Schedule): Map<string, Map<string, Slot>> {
  const map = new Map<string, Map<string, Slot>>();
  for (const p of schedule.planning) {
    const slots = map.get(p.team) ?? new Map<string, Slot>();
    slots.set(slotKey(p), { day: p.day, period: p.period });
    map.set(p.team, slots);
  }
  return map;
}

function comparePlanning(
  school: School,
  before: Schedule,
  after: Schedule,
  order: Order,
): PlanningChange[] {
  const a = planningSlots(before);
  const b = planningSlots(after);
  const teams = school.teams ?? [];
  const known = teams.map((t) => t.id);
  const others = [...new Set([...a.keys(), ...b.keys()])].filter((t) => !known.includes(t)).sort();
  const changes: PlanningChange[] = [];
  for (const team of [...known, ...others]) {
    const olds = a.get(team) ?? new Map<string, Slot>();
    const news = b.get(team) ?? new Map<string, Slot>();
    const bySlot = (x: Slot, y: Slot) => order.slot(x) - order.slot(y);
    const gained = [...news]
      .filter(([k]) => !olds.has(k))
      .map(([, s]) => s)
      .sort(bySlot);
    const lost = [...olds]
      .filter(([k]) => !news.has(k))
      .map(([, s]) => s)
      .sort(bySlot);
    if (gained.length === 0 && lost.length === 0) continue;
    const perCycle = teams.find((t) => t.id === team)?.planning?.perCycle;
    changes.push({
      team,
      gained,
      lost,
      before: olds.size,
      after: news.size,
      required: perCycle ?? null,
    });
  }
  return changes;
}
