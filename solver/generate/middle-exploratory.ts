// The exploratory half of a middle school: in each team's three exploratory periods a homeroom
// has PE (two homerooms with two teachers), World Language on Mon/Wed/Fri with Health on
// Tue/Thu, and an elective. Exploratory teachers are hired as the timetable needs them, each with
// a fixed lunch period, and plan together in the period that is core for every team.
import type { Group } from "../model/format.ts";
import type { Rng } from "../rng.ts";
import type { Namer } from "./names.ts";
import type { Contract, Plan, PlanSection, PlanTeacher } from "./plan.ts";
import { argMin, chance, weighted } from "./random.ts";
import type { RoomBook } from "./rooms.ts";
import { ELECTIVES, FAMILIES, GYMS, POOLS, type PoolName } from "./middle-pools.ts";

export type MiddleTeamSlots = {
  grade: number;
  code: string;
  homerooms: Group[];
  /** The team's three exploratory periods. */
  exploratory: number[];
  lunch: number;
};

type Staff = {
  teacher: PlanTeacher;
  pool: PoolName;
  lunch: number;
  busy: Set<number>;
  perDay: number[];
  home: string | null;
  partTime: boolean;
};

type Session = {
  pool: PoolName;
  homerooms: Group[];
  teachers: number;
  period: number;
  days: number[];
  course: string;
  prefix: string;
  department: string;
  roomFeatures: string[];
};

export type ExploratoryContext = {
  book: RoomBook;
  namer: Namer;
  roomNumber: (prefix: string) => string;
  teams: MiddleTeamSlots[];
  everyoneCore: number;
  lunchOf: Map<string, number>;
};

const ALL_DAYS = [0, 1, 2, 3, 4];

/** What each homeroom does in its team's exploratory periods, in homeroom order. */
function sessionsOf(rng: Rng, teams: readonly MiddleTeamSlots[], periodCount: number): Session[] {
  const sessions: Session[] = [];
  const peLoad = new Array<number>(periodCount).fill(0);
  for (const team of teams) {
    const hrs = rng.shuffle([...team.homerooms]);
    const peOf = new Map<string, number>();
    for (const pe of [hrs.slice(0, 2), hrs.slice(2)]) {
      const options = team.exploratory.filter((p) => ![...peOf.values()].includes(p));
      const period = argMin(rng, options, (p) => peLoad[p]!);
      peLoad[period]!++;
      for (const hr of pe) peOf.set(hr.id, period);
      sessions.push({
        pool: "pe",
        homerooms: pe,
        teachers: pe.length,
        period,
        days: ALL_DAYS,
        course: `Physical Education ${team.grade}`,
        prefix: "pe",
        department: "Physical Education",
        roomFeatures: ["gym"],
      });
    }
    for (const hr of team.homerooms) {
      const [wl, elective] = rng.shuffle(team.exploratory.filter((p) => p !== peOf.get(hr.id)));
      const spanish = chance(rng, 0.7);
      const one = { homerooms: [hr], teachers: 1, roomFeatures: [] };
      sessions.push({
        ...one,
        pool: spanish ? "spanish" : "french",
        period: wl!,
        days: [0, 2, 4],
        course: `${spanish ? "Spanish" : "French"} ${team.grade}`,
        prefix: spanish ? "spa" : "fre",
        department: "World Languages",
      });
      sessions.push({
        ...one,
        pool: "pe",
        period: wl!,
        days: [1, 3],
        course: `Health ${team.grade}`,
        prefix: "hlth",
        department: "Health",
      });
      const pool = weighted(rng, ELECTIVES);
      const def = POOLS[pool];
      sessions.push({
        ...one,
        pool,
        period: elective!,
        days: ALL_DAYS,
        course: `${def.course!} ${team.grade}`,
        prefix: def.prefix!,
        department: def.departments[0]!,
        roomFeatures: def.home!.features,
      });
    }
  }
  return sessions;
}

export function addExploratory(rng: Rng, plan: Plan, ctx: ExploratoryContext): void {
  const P = plan.periodCount;
  const window = plan.lunchPeriods ?? [];
  const sessions = sessionsOf(rng, ctx.teams, P);

  const staff: Staff[] = [];
  const homeCount = new Map<string, number>();
  const lunchCount = new Map<number, number>();
  const hire = (pool: PoolName, period: number): Staff => {
    const def = POOLS[pool];
    const person = ctx.namer.next();
    const lunch = argMin(
      rng,
      window.filter((p) => p !== period),
      (p) => lunchCount.get(p) ?? 0,
    );
    lunchCount.set(lunch, (lunchCount.get(lunch) ?? 0) + 1);
    let home: string | null = null;
    if (def.home !== null) {
      const n = (homeCount.get(def.home.name) ?? 0) + 1;
      homeCount.set(def.home.name, n);
      const id = n === 1 ? def.home.name : `${def.home.name} ${n}`;
      home = ctx.book.add({ id, features: def.home.features, unavailable: [] }).id;
    }
    const partTime = chance(rng, def.partTime);
    const contract: Contract = {
      maxTeachingPerDay: 6,
      minFreePerDay: def.minFreePerDay,
      minFreePerCycle: null,
      maxPlanningPerCycle: 2,
      unavailableChance: 0.15,
    };
    const teacher: PlanTeacher = {
      id: person.id,
      name: person.name,
      departments: [...def.departments, "Exploratory"],
      contract,
      // Part-time language teachers work Mon/Wed/Fri only.
      unavailable: partTime
        ? [1, 3].flatMap((d) => Array.from({ length: P }, (_, p) => d * P + p))
        : [],
    };
    const t: Staff = {
      teacher,
      pool,
      lunch,
      busy: new Set(),
      perDay: [0, 0, 0, 0, 0],
      home,
      partTime,
    };
    staff.push(t);
    plan.teachers.push(teacher);
    ctx.lunchOf.set(teacher.id, lunch);
    return t;
  };
  const fits = (t: Staff, s: Session): boolean =>
    t.pool === s.pool &&
    t.lunch !== s.period &&
    s.days.every((d) => {
      const slot = d * P + s.period;
      return (
        !t.busy.has(slot) &&
        !t.teacher.unavailable.includes(slot) &&
        t.perDay[d]! < POOLS[t.pool].cap
      );
    });

  // Two-teacher PE first (hardest to fit), then the rest of PE and Health, then everything else.
  const rank = (s: Session): number => (s.teachers > 1 ? 0 : s.pool === "pe" ? 1 : 2);
  const order = new Map(sessions.map((s, i) => [s, i]));
  const queue = rng.shuffle([...sessions]).sort((a, b) => rank(a) - rank(b));
  const built = new Map<Session, PlanSection>();
  for (const s of queue) {
    const chosen: Staff[] = [];
    for (let k = 0; k < s.teachers; k++) {
      const open = staff.filter((t) => !chosen.includes(t) && fits(t, s));
      // Fill the busiest teacher who still fits, so staff grows only as far as needed.
      chosen.push(
        open.length > 0 ? argMin(rng, open, (t) => -t.busy.size) : hire(s.pool, s.period),
      );
    }
    const starts = s.days.map((d) => d * P + s.period);
    for (const t of chosen)
      for (const d of s.days) {
        t.busy.add(d * P + s.period);
        t.perDay[d]!++;
      }
    const home = chosen[0]!.home;
    let room: string;
    if (home !== null) {
      ctx.book.use(home, starts);
      room = home;
    } else if (s.roomFeatures.includes("gym")) {
      room = ctx.book.fromPool("gym", starts, (n) => ({
        id: GYMS[n - 1] ?? `Gym ${n}`,
        features: ["gym"],
        unavailable: [],
      }));
    } else {
      room = ctx.book.fromPool("classroom", starts, () => ({
        id: ctx.roomNumber("1"),
        features: [],
        unavailable: [],
      }));
    }
    built.set(s, {
      id: `${s.prefix}-${s.homerooms.map((h) => h.id.slice(3)).join("-")}`,
      course: s.course,
      department: s.department,
      teachers: chosen.map((t) => t.teacher.id),
      groups: s.homerooms.map((h) => h.id),
      length: 1,
      starts,
      rooms: starts.map(() => room),
      size: s.homerooms.reduce((sum, h) => sum + (h.size ?? 0), 0),
      explicitSize: false,
      roomFeatures: [...s.roomFeatures],
      fixRoom: home !== null && chance(rng, 0.3),
    });
  }
  const inOrder = [...built.entries()].sort((a, b) => order.get(a[0])! - order.get(b[0])!);
  plan.sections.push(...inOrder.map(([, sec]) => sec));
  addExploratoryTeams(rng, plan, staff, ctx.everyoneCore);
}

/** One exploratory team, or one per family of subjects when the staff is large. */
function addExploratoryTeams(rng: Rng, plan: Plan, staff: Staff[], period: number): void {
  const P = plan.periodCount;
  const families = new Map<string, Staff[]>();
  for (const t of staff) {
    const f = POOLS[t.pool].family;
    families.set(f, [...(families.get(f) ?? []), t]);
  }
  const split = staff.length > 24 && [...families.values()].every((m) => m.length >= 2);
  const groups = split
    ? [...families.entries()].map(([f, members]) => ({ ...FAMILIES[f]!, members }))
    : [{ id: "team-exploratory", name: "Exploratory Team", members: staff }];
  for (const g of groups) {
    const days = g.members.some((t) => t.partTime) ? [0, 2, 4] : [0, 1, 2, 3, 4];
    const day = rng.pick(days);
    plan.teams.push({
      id: g.id,
      name: g.name,
      kind: "department",
      members: g.members.map((t) => t.teacher.id),
      lead: rng.pick(g.members).teacher.id,
      planning: { perCycle: 1, slots: [day * P + period] },
    });
  }
}
