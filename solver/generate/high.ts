// A high school on an A/B rotation of four blocks: every section meets once per cycle, teachers
// teach three blocks a day. Ninth graders belong to academies: four cohorts that take English 9,
// Algebra 1, Biology and World History from the academy's four teachers (a Latin square) plus a
// Freshman Seminar for the whole academy in the auditorium, while the academy team plans in a
// block none of them teaches. Course PLCs and the special education team plan once per cycle;
// special education teachers co-teach core sections. See high-sections.ts for the sections.
import type { Rng } from "../rng.ts";
import { blockCalendar } from "./calendar.ts";
import {
  addCoTeaching,
  addSingletonCohorts,
  buildAcademies,
  buildSections,
} from "./high-sections.ts";
import {
  DEPARTMENTS,
  ROOM_NAMES,
  WINGS,
  department,
  type Course,
  type Department,
} from "./high-courses.ts";
import { courseCode, createNamer, schoolName } from "./names.ts";
import { emptyPlan, type Contract, type Plan, type PlanTeam } from "./plan.ts";
import { argMin, between, chance, sample, weighted } from "./random.ts";
import { createRoomBook, createRoomNumbers, type RoomBook } from "./rooms.ts";

export const BLOCKS = 4;
export const DAYS = 2;

export type Role = "academy" | "regular" | "partTime" | "sped";

/** A section fixed before the rest: an academy cohort's class or its Freshman Seminar. */
export type Fixed = {
  slot: number;
  course: string;
  groups: string[];
  roomFeatures: string[];
  room: string | null;
};

export type Staffer = {
  id: string;
  dept: Department;
  role: Role;
  main: Course;
  /** Sections of its own the teacher will teach (co-taught ones not counted). */
  own: number;
  /** Teaching slots, in slot order. */
  teach: number[];
  home: string;
  fixed: Fixed[];
  /** Slots a special education teacher spends co-teaching. */
  coTeach: number[];
};

const FULL_TIME: Contract = {
  maxTeachingPerDay: 3,
  minFreePerDay: 0,
  minFreePerCycle: 1,
  maxPlanningPerCycle: 2,
  unavailableChance: 0.08,
};
const CORE_DEPARTMENTS = ["English", "Math", "Science", "Social Studies"];
const ACADEMY_COURSES = ["English 9", "Algebra 1", "Biology", "World History"];

export function generateHigh(rng: Rng, target: number, name?: string): Plan {
  const namer = createNamer(rng);
  const book = createRoomBook();
  const roomNumber = createRoomNumbers();
  const plan = emptyPlan({
    name: name ?? schoolName(rng, "High"),
    calendar: blockCalendar(rng),
    dayCount: DAYS,
    periodCount: BLOCKS,
    lunchPeriods: null,
    rooms: book.rooms,
    groups: [9, 10, 11, 12].map((g) => ({ id: `g${g}`, name: `Grade ${g}` })),
  });

  const estimate = target / 5.75;
  const academies = Math.min(6, Math.max(1, Math.round(estimate / 45)));
  const staff: Staffer[] = [];
  const homeCount = new Map<string, number>();
  const hire = (dept: Department, role: Role, main: Course, own: number): Staffer => {
    const person = namer.next();
    plan.teachers.push({
      id: person.id,
      name: person.name,
      departments: [dept.name],
      contract: role === "partTime" ? { ...FULL_TIME, unavailableChance: 0 } : FULL_TIME,
      unavailable: [],
    });
    const home = homeRoom(rng, book, dept, homeCount, roomNumber);
    const s: Staffer = {
      id: person.id,
      dept,
      role,
      main,
      own,
      teach: [],
      home,
      fixed: [],
      coTeach: [],
    };
    staff.push(s);
    return s;
  };
  // A teacher's main course is a required one where the department has any.
  const mainCourse = (dept: Department): Course => {
    const core = dept.courses.filter((c) => c.level === "core");
    const pool = core.length > 0 ? core : dept.courses;
    return weighted(
      rng,
      pool.map((c) => [c, c.weight] as const),
    );
  };

  // The academies' teachers first, then one teacher per department, then whoever keeps the
  // departments closest to their shares until the sections reach the target.
  for (let a = 0; a < academies; a++)
    ACADEMY_COURSES.forEach((course, j) => {
      const dept = department(CORE_DEPARTMENTS[j]!);
      hire(
        dept,
        "academy",
        dept.courses.find((c) => c.name === course)!,
        6,
      );
    });
  const partTimeLimit = Math.max(1, Math.round(estimate * 0.03));
  let partTimers = 0;
  let sections = staff.reduce((sum, s) => sum + s.own, 0);
  const add = (dept: Department): void => {
    let s: Staffer;
    if (dept.name === "Special Education")
      s = hire(dept, "sped", dept.courses[0]!, between(rng, 2, 3));
    else if (dept.partTime && partTimers < partTimeLimit && chance(rng, 0.3)) {
      partTimers++;
      s = hire(dept, "partTime", mainCourse(dept), between(rng, 3, 4));
    } else s = hire(dept, "regular", mainCourse(dept), 6);
    sections += s.own;
  };
  for (const dept of DEPARTMENTS) if (!staff.some((s) => s.dept === dept)) add(dept);
  while (sections < target - 2) {
    const n = staff.length + 1;
    add(argMin(rng, DEPARTMENTS, (d) => staff.filter((s) => s.dept === d).length - d.share * n));
  }

  const academyTeams = buildAcademies(rng, plan, staff, book);
  const teams = [...academyTeams, ...formTeams(rng, staff)];
  plan.teams.push(...teams);
  assignSlots(rng, plan, staff, teams);
  buildSections(rng, plan, staff);
  addCoTeaching(rng, plan, staff);
  addSingletonCohorts(rng, plan, Math.max(1, Math.round(estimate / 70)));

  book.add({ id: "Library Classroom", features: ["computer-lab"], capacity: 36, unavailable: [] });
  for (let i = Math.max(1, Math.round(estimate / 30)); i > 0; i--)
    book.add({ id: roomNumber("7"), features: [], unavailable: [] });
  return plan;
}

function homeRoom(
  rng: Rng,
  book: RoomBook,
  dept: Department,
  count: Map<string, number>,
  roomNumber: (p: string) => string,
): string {
  const wing = WINGS[dept.name];
  if (wing !== undefined)
    return book.add({ id: roomNumber(wing), features: [...dept.features], unavailable: [] }).id;
  const n = (count.get(dept.name) ?? 0) + 1;
  count.set(dept.name, n);
  const rooms = ROOM_NAMES[dept.name];
  const id = rooms?.names[n - 1] ?? `${rooms?.more ?? dept.name} ${n}`;
  const capacity =
    dept.name === "Physical Education"
      ? between(rng, 40, 60)
      : dept.name === "Special Education"
        ? between(rng, 12, 16)
        : undefined;
  return book.add({
    id,
    features: [...dept.features],
    ...(capacity !== undefined ? { capacity } : {}),
    unavailable: [],
  }).id;
}

/** Course PLCs (pairs or triples teaching the same course), the SpEd team and the ELD PLC. */
function formTeams(rng: Rng, staff: Staffer[]): PlanTeam[] {
  const teams: PlanTeam[] = [];
  const ids = new Set<string>();
  const team = (id: string, name: string, kind: PlanTeam["kind"], members: Staffer[]): void => {
    let unique = id;
    for (let n = 2; ids.has(unique); n++) unique = `${id}-${n}`;
    ids.add(unique);
    const m = members.map((s) => s.id);
    teams.push({
      id: unique,
      name,
      kind,
      members: m,
      lead: rng.pick(m),
      planning: { perCycle: 1, slots: [] },
    });
  };
  const sped = staff.filter((s) => s.role === "sped");
  const spedTeams = Math.ceil(sped.length / 6);
  for (let i = 0; i < spedTeams; i++) {
    const members = sped.filter((_, k) => k % spedTeams === i);
    const suffix = spedTeams > 1 ? ` ${String.fromCharCode(65 + i)}` : "";
    team(
      spedTeams > 1 ? `team-sped-${String.fromCharCode(97 + i)}` : "team-sped",
      `Special Education Team${suffix}`,
      "department",
      members,
    );
  }
  const eld = staff.filter(
    (s) => s.dept.name === "English Language Development" && s.role === "regular",
  );
  if (eld.length >= 2) team("plc-eld", "ELD PLC", "subject", eld);
  const byCourse = new Map<string, Staffer[]>();
  for (const s of staff)
    if (s.role === "regular" && s.dept.name !== "English Language Development")
      byCourse.set(s.main.name, [...(byCourse.get(s.main.name) ?? []), s]);
  for (const [course, teachers] of rng.shuffle([...byCourse.entries()])) {
    if (teachers.length < 2 || !chance(rng, 0.85)) continue;
    const pool = rng.shuffle([...teachers]);
    while (pool.length >= 2) {
      const members = pool.splice(
        0,
        pool.length === 3 || (pool.length > 4 && chance(rng, 0.3)) ? 3 : 2,
      );
      if (chance(rng, 0.9)) team(`plc-${courseCode(course)}`, `${course} PLC`, "subject", members);
    }
  }
  return teams;
}

/** Teaching slots: three blocks a day, the team's planning block always free. */
function assignSlots(rng: Rng, plan: Plan, staff: Staffer[], teams: PlanTeam[]): void {
  const teamOf = new Map<string, PlanTeam>();
  for (const t of teams) for (const m of t.members) teamOf.set(m, t);
  const blocksOf = (d: number): number[] =>
    Array.from({ length: BLOCKS }, (_, b) => d * BLOCKS + b);
  for (const s of staff) {
    if (s.role === "academy") continue;
    const team = teamOf.get(s.id);
    if (team !== undefined) {
      if (team.planning!.slots.length === 0) team.planning!.slots.push(rng.int(DAYS * BLOCKS));
      const p = team.planning!.slots[0]!;
      // Three blocks on the planning day (all but the planning block), three of four on the other.
      const drop = rng.pick(blocksOf(1 - Math.floor(p / BLOCKS)));
      s.teach = Array.from({ length: DAYS * BLOCKS }, (_, x) => x).filter(
        (x) => x !== p && x !== drop,
      );
    } else if (s.role === "partTime") {
      const slots = rng.shuffle(Array.from({ length: DAYS * BLOCKS }, (_, x) => x));
      const teach: number[] = [];
      for (const x of slots)
        if (
          teach.length < s.own &&
          teach.filter((y) => Math.floor(y / BLOCKS) === Math.floor(x / BLOCKS)).length < 3
        )
          teach.push(x);
      s.teach = teach;
      const rest = slots.filter((x) => !teach.includes(x));
      const teacher = plan.teachers.find((t) => t.id === s.id)!;
      teacher.unavailable = sample(rng, rest, between(rng, 1, rest.length - 1)).sort(
        (a, b) => a - b,
      );
    } else {
      s.teach = [0, 1].flatMap((d) => sample(rng, blocksOf(d), 3));
    }
    s.teach.sort((a, b) => a - b);
  }
}
