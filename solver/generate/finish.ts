// Turns a planted timetable into the two documents: the school (derived from it, then loosened
// where a real school would be looser) and the schedule that proves the school feasible.
import type {
  LunchEntry,
  Pin,
  Planning,
  Room,
  School,
  Schedule,
  Section,
  Team,
  Teacher,
} from "../model/format.ts";
import type { Rng } from "../rng.ts";
import type { Plan, PlanSection, PlanTeacher, PlanTeam } from "./plan.ts";
import { covered } from "./plan.ts";
import { between, chance, sample } from "./random.ts";
import { teacherLoads, type TeacherLoad } from "./loads.ts";

export type Generated = { school: School; planted: Schedule };

export function finishPlan(plan: Plan, rng: Rng): Generated {
  const P = plan.periodCount;
  const slotCount = plan.dayCount * P;
  const dayId = (s: number): string => plan.calendar.days[Math.floor(s / P)]!.id;
  const periodId = (s: number): string => plan.calendar.periods[s % P]!.id;
  const periodIds = plan.calendar.periods.map((p) => p.id);

  const before = teacherLoads(plan);
  for (const t of plan.teachers) addUnavailable(rng, t, before.get(t.id)!, plan);
  const loads = teacherLoads(plan);
  const teachers = plan.teachers.map((t) => teacherOut(rng, t, loads.get(t.id)!));

  const roomSize = new Map<string, number>();
  const roomUsed = new Map<string, Set<number>>();
  for (const sec of plan.sections) {
    sec.starts.forEach((start, i) => {
      const room = sec.rooms[i]!;
      roomSize.set(room, Math.max(roomSize.get(room) ?? 0, sec.size));
      const used = roomUsed.get(room) ?? new Set<number>();
      for (const s of covered(start, sec.length)) used.add(s);
      roomUsed.set(room, used);
    });
  }
  const rooms: Room[] = plan.rooms.map((r) => {
    const used = roomUsed.get(r.id) ?? new Set<number>();
    const unavailable = [...r.unavailable];
    if (chance(rng, 0.08)) {
      const open = Array.from({ length: slotCount }, (_, s) => s).filter((s) => !used.has(s));
      unavailable.push(...sample(rng, open, between(rng, 1, 3)));
    }
    const out: Room = { id: r.id };
    if (!r.noCapacity) {
      const need = roomSize.get(r.id);
      // Seats cover the largest class the planted timetable puts there, plus a little room.
      out.capacity =
        r.capacity !== undefined
          ? Math.max(r.capacity, need ?? 0)
          : need !== undefined
            ? need + rng.int(5)
            : between(rng, 24, 34);
    }
    out.features = [...r.features];
    out.unavailable = unavailable
      .sort((a, b) => a - b)
      .map((s) => ({ day: dayId(s), period: periodId(s) }));
    return out;
  });

  const pinCount = Math.min(
    plan.sections.length,
    between(rng, 4, 7) + Math.floor(plan.sections.length / 300),
  );
  const pinned = new Set(sample(rng, plan.sections, pinCount).map((s) => s.id));
  const sections = plan.sections.map((sec) =>
    sectionOut(rng, sec, pinned.has(sec.id), plan, dayId, periodId, periodIds),
  );
  const teams = plan.teams.map((t) => teamOut(rng, t, P, periodIds));

  const school: School = {
    format: "commons-school/1",
    name: plan.name,
    calendar: plan.calendar,
    teachers,
    rooms,
    groups: plan.groups,
    sections,
    teams,
  };
  if (plan.lunchPeriods !== null)
    school.lunch = { periods: plan.lunchPeriods.map((p) => periodIds[p]!) };

  const teacherOrder = new Map(plan.teachers.map((t, i) => [t.id, i]));
  const groupOrder = new Map(plan.groups.map((g, i) => [g.id, i]));
  const lunchKey = (l: Plan["lunches"][number]): number =>
    ("teacher" in l
      ? teacherOrder.get(l.teacher)!
      : plan.teachers.length + groupOrder.get(l.group)!) *
      slotCount +
    l.slot;
  const lunch: LunchEntry[] = [...plan.lunches]
    .sort((a, b) => lunchKey(a) - lunchKey(b))
    .map((l) =>
      "teacher" in l
        ? { teacher: l.teacher, day: dayId(l.slot), period: periodId(l.slot) }
        : { group: l.group, day: dayId(l.slot), period: periodId(l.slot) },
    );
  const planted: Schedule = {
    format: "commons-schedule/1",
    school: plan.name,
    status: "solved",
    placements: plan.sections.flatMap((sec) =>
      sec.starts.map((s, i) => ({
        section: sec.id,
        day: dayId(s),
        period: periodId(s),
        room: sec.rooms[i]!,
      })),
    ),
    planning: plan.teams.flatMap((t) =>
      (t.planning?.slots ?? []).map((s) => ({ team: t.id, day: dayId(s), period: periodId(s) })),
    ),
    lunch,
    unplaced: [],
    explanation: [],
  };
  return { school, planted };
}

/** A few appointments in free periods, never below what the contract promises. */
function addUnavailable(rng: Rng, t: PlanTeacher, load: TeacherLoad, plan: Plan): void {
  if (!chance(rng, t.contract.unavailableChance)) return;
  const P = plan.periodCount;
  const want = between(rng, 1, 4);
  const candidates = rng.shuffle(load.freeSlots.slice());
  let free = load.freeSlots.length;
  const freeOnDay = load.freePerDay.slice();
  const minCycle = Math.max(t.contract.minFreePerCycle ?? 1, 1);
  let added = 0;
  for (const s of candidates) {
    if (added >= want || free - 1 < minCycle) break;
    const d = Math.floor(s / P);
    if (load.working[d] && freeOnDay[d]! - 1 < t.contract.minFreePerDay) continue;
    t.unavailable.push(s);
    freeOnDay[d]!--;
    free--;
    added++;
  }
  t.unavailable.sort((a, b) => a - b);
}

function teacherOut(rng: Rng, t: PlanTeacher, load: TeacherLoad): Teacher {
  const c = t.contract;
  const workingFree = load.freePerDay.filter((_, d) => load.working[d]);
  const minFreeDay = workingFree.length === 0 ? c.minFreePerDay : Math.min(...workingFree);
  const freeCycle = load.freeSlots.length;
  return {
    id: t.id,
    name: t.name,
    departments: [...t.departments],
    ...(t.unavailable.length > 0 || chance(rng, 0.8)
      ? { unavailable: t.unavailable.map((s) => load.slotOf(s)) }
      : {}),
    maxTeachingPerDay: Math.max(c.maxTeachingPerDay, ...load.teachingPerDay),
    minFreePerDay: Math.min(c.minFreePerDay, minFreeDay),
    minFreePerCycle:
      c.minFreePerCycle === null
        ? Math.max(0, freeCycle - rng.int(3))
        : Math.min(c.minFreePerCycle, freeCycle),
    maxPlanningPerCycle: Math.max(c.maxPlanningPerCycle, load.planning),
  };
}

function sectionOut(
  rng: Rng,
  sec: PlanSection,
  pin: boolean,
  plan: Plan,
  dayId: (s: number) => string,
  periodId: (s: number) => string,
  periodIds: string[],
): Section {
  const P = plan.periodCount;
  const periodsUsed = [...new Set(sec.starts.flatMap((s) => covered(s % P, sec.length)))];
  const daysUsed = sec.starts.map((s) => Math.floor(s / P));
  const out: Section = {
    id: sec.id,
    course: sec.course,
    department: sec.department,
    teachers: [...sec.teachers],
    groups: [...sec.groups],
  };
  let allowedDays: number[] | null = null;
  if (chance(rng, 0.006) && daysUsed.length < plan.dayCount) {
    const extra = Array.from({ length: plan.dayCount }, (_, d) => d).filter(
      (d) => !daysUsed.includes(d),
    );
    allowedDays = [...daysUsed, ...sample(rng, extra, rng.int(extra.length + 1))].sort(
      (a, b) => a - b,
    );
  }
  const defaultMeetings = allowedDays?.length ?? plan.dayCount;
  if (sec.starts.length !== defaultMeetings || chance(rng, 0.65)) out.meetings = sec.starts.length;
  if (sec.length !== 1 || chance(rng, 0.4)) out.length = sec.length;
  const samePeriod = new Set(sec.starts.map((s) => s % P)).size <= 1;
  if (!samePeriod) out.samePeriod = false;
  else if (chance(rng, 0.45)) out.samePeriod = true;
  else if (sec.starts.length > 1 && chance(rng, 0.02)) out.samePeriod = false;
  const oneRoom = new Set(sec.rooms).size === 1;
  if (sec.fixRoom && oneRoom) out.room = sec.rooms[0]!;
  else if (chance(rng, 0.25)) out.room = null;
  out.roomFeatures = [...sec.roomFeatures];
  if (sec.explicitSize) out.size = sec.size;
  if (chance(rng, 0.03)) {
    const extra = periodIds.map((_, p) => p).filter((p) => !periodsUsed.includes(p));
    const allowed = [...periodsUsed, ...sample(rng, extra, between(rng, 0, 3))].sort(
      (a, b) => a - b,
    );
    out.allowedPeriods = allowed.map((p) => periodIds[p]!);
  }
  if (allowedDays !== null) out.allowedDays = allowedDays.map((d) => plan.calendar.days[d]!.id);
  if (pin) {
    const which = chance(rng, 0.25) ? sec.starts.map((_, i) => i) : [rng.int(sec.starts.length)];
    out.pinned = which.map((i): Pin => {
      const s = sec.starts[i]!;
      return chance(rng, 0.5)
        ? { day: dayId(s), period: periodId(s), room: sec.rooms[i]! }
        : { day: dayId(s), period: periodId(s) };
    });
  }
  return out;
}

function teamOut(rng: Rng, t: PlanTeam, P: number, periodIds: string[]): Team {
  const out: Team = {
    id: t.id,
    name: t.name,
    ...(t.kind !== null ? { kind: t.kind } : {}),
    members: [...t.members],
    ...(t.lead !== null ? { lead: t.lead } : {}),
  };
  if (t.planning === null) return out;
  const slots = t.planning.slots;
  const planning: Planning = { perCycle: t.planning.perCycle };
  const periods = [...new Set(slots.map((s) => s % P))];
  if (periods.length === 1 && slots.length > 1 && chance(rng, 0.5)) planning.samePeriod = true;
  const perDay = new Map<number, number>();
  for (const s of slots) perDay.set(Math.floor(s / P), (perDay.get(Math.floor(s / P)) ?? 0) + 1);
  const maxPerDay = Math.max(...perDay.values());
  if (maxPerDay > 1 || chance(rng, 0.4)) planning.maxPerDay = Math.max(1, maxPerDay);
  if (chance(rng, 0.35)) {
    const extra = periodIds.map((_, p) => p).filter((p) => !periods.includes(p));
    const allowed = [...periods, ...sample(rng, extra, between(rng, 2, 5))].sort((a, b) => a - b);
    planning.periods = allowed.map((p) => periodIds[p]!);
  }
  out.planning = planning;
  return out;
}
