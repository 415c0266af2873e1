// The sections of a high school: academy cohorts and seminars, each teacher's own sections in
// their own room, special education co-teaching, and the cohorts of students who share singleton
// courses (honors, AP, ensembles), which must never meet at the same time.
import type { Rng } from "../rng.ts";
import { BLOCKS, DAYS, type Staffer } from "./high.ts";
import { DEPARTMENTS, SIZES, type Course, type Level } from "./high-courses.ts";
import { courseCode } from "./names.ts";
import type { Plan, PlanSection, PlanTeam } from "./plan.ts";
import { between, chance, sample, weighted } from "./random.ts";
import type { RoomBook } from "./rooms.ts";

const STAGES = ["Auditorium", "Black Box Theater", "Lecture Hall"];
const COURSES = new Map<string, Course>(
  DEPARTMENTS.flatMap((d) => d.courses.map((c) => [c.name, c] as const)),
);
const CORE_DEPARTMENTS = ["English", "Math", "Science", "Social Studies"];

/** Academy groups, the academy teachers' timetables, and one planning team per academy. */
export function buildAcademies(rng: Rng, plan: Plan, staff: Staffer[], book: RoomBook): PlanTeam[] {
  const teachers = staff.filter((s) => s.role === "academy");
  const seminarSlots = rng.shuffle(Array.from({ length: DAYS * BLOCKS }, (_, x) => x));
  const blocksOf = (d: number): number[] =>
    Array.from({ length: BLOCKS }, (_, b) => d * BLOCKS + b);
  const teams: PlanTeam[] = [];
  for (let a = 0; a * 4 < teachers.length; a++) {
    const [english, math, science, history] = teachers.slice(a * 4, a * 4 + 4) as [
      Staffer,
      Staffer,
      Staffer,
      Staffer,
    ];
    const letter = String.fromCharCode(97 + a);
    const seminar = seminarSlots[a % seminarSlots.length]!;
    const seminarDay = Math.floor(seminar / BLOCKS);
    const planning = rng.pick(blocksOf(1 - seminarDay));
    const cohortSlots = blocksOf(1 - seminarDay).filter((x) => x !== planning);
    const fourth = rng.pick(blocksOf(seminarDay).filter((x) => x !== seminar));
    cohortSlots.push(fourth);
    rng.shuffle(cohortSlots);
    const rest = blocksOf(seminarDay).filter((x) => x !== seminar && x !== fourth);

    const academy = `acad-9${letter}`;
    plan.groups.push({
      id: academy,
      name: `9th Grade Academy ${letter.toUpperCase()}`,
      parent: "g9",
    });
    const cohorts = [1, 2, 3, 4].map((i) => {
      const id = `c9${letter}-${i}`;
      plan.groups.push({
        id,
        name: `9${letter.toUpperCase()}-${i}`,
        parent: academy,
        size: between(rng, 26, 30),
      });
      return id;
    });
    [english, math, science, history].forEach((t, j) => {
      cohorts.forEach((cohort, c) =>
        t.fixed.push({
          slot: cohortSlots[(c + j) % 4]!,
          course: t.main.name,
          groups: [cohort],
          roomFeatures: [...t.dept.features],
          room: null,
        }),
      );
      t.teach = [
        ...cohortSlots,
        ...(t === history ? [seminar, rng.pick(rest)] : sample(rng, [...rest, seminar], 2)),
      ];
      t.teach.sort((x, y) => x - y);
    });
    const stage = book.fromPool("stage", [seminar], (n) => ({
      id: STAGES[n - 1] ?? `Stage ${n}`,
      features: ["stage"],
      noCapacity: true,
      unavailable: [],
    }));
    history.fixed.push({
      slot: seminar,
      course: "Freshman Seminar",
      groups: [academy],
      roomFeatures: ["stage"],
      room: stage,
    });
    const members = [english, math, science, history].map((t) => t.id);
    teams.push({
      id: `team-9${letter}`,
      name: `9th Grade Academy Team ${letter.toUpperCase()}`,
      kind: "grade",
      members,
      lead: rng.pick(members),
      planning: { perCycle: 1, slots: [planning] },
    });
  }
  return teams;
}

/** Every teacher's sections, teacher by teacher, each in the teacher's room unless fixed elsewhere. */
export function buildSections(rng: Rng, plan: Plan, staff: Staffer[]): void {
  const numbers = new Map<string, number>();
  const nextId = (course: string): string => {
    const code = courseCode(course);
    const n = (numbers.get(code) ?? 0) + 1;
    numbers.set(code, n);
    return `${code}-${n}`;
  };
  const groupSize = new Map(plan.groups.map((g) => [g.id, g.size ?? 0]));
  for (const s of staff) {
    for (const f of s.fixed) {
      const leaves = plan.groups.filter(
        (g) => f.groups.includes(g.id) || f.groups.includes(g.parent ?? ""),
      );
      plan.sections.push({
        id: nextId(f.course),
        course: f.course,
        department: s.dept.name,
        teachers: [s.id],
        groups: [...f.groups],
        length: 1,
        starts: [f.slot],
        rooms: [f.room ?? s.home],
        size: leaves.reduce((sum, g) => sum + (groupSize.get(g.id) ?? 0), 0),
        explicitSize: false,
        roomFeatures: f.roomFeatures,
        fixRoom: f.room === null && chance(rng, 0.1),
      });
    }
    let open = s.teach.filter((x) => !s.fixed.some((f) => f.slot === x));
    if (s.role === "sped") {
      s.coTeach = sample(rng, open, Math.max(0, open.length - s.own)).sort((a, b) => a - b);
      open = open.filter((x) => !s.coTeach.includes(x));
    }
    const courses = s.dept.courses.filter(
      (c) => c.level !== "small" || s.dept.courses.every((d) => d.level === "small"),
    );
    const mainCount =
      s.role === "academy" ? open.length : between(rng, Math.min(3, open.length), open.length);
    rng.shuffle(open).forEach((slot, i) => {
      const course =
        i < mainCount && s.role !== "sped"
          ? s.main
          : weighted(
              rng,
              courses.map((c) => [c, c.weight] as const),
            );
      plan.sections.push(ownSection(rng, nextId(course.name), course, s, slot));
    });
  }
  for (const s of staff) s.fixed.length = 0;
  plan.sections.sort(
    (a, b) =>
      staff.findIndex((s) => s.id === a.teachers[0]) -
      staff.findIndex((s) => s.id === b.teachers[0]),
  );
}

function ownSection(rng: Rng, id: string, course: Course, s: Staffer, slot: number): PlanSection {
  const [lo, hi] = SIZES[course.level];
  return {
    id,
    course: course.name,
    department: s.dept.name,
    teachers: [s.id],
    groups: [],
    length: 1,
    starts: [slot],
    rooms: [s.home],
    size: between(rng, lo, hi),
    explicitSize: true,
    roomFeatures: [...(course.features ?? s.dept.features)],
    fixRoom: course.level === "ensemble" ? chance(rng, 0.8) : chance(rng, 0.08),
  };
}

/** Special education teachers join core sections that meet in their co-teaching blocks. */
export function addCoTeaching(rng: Rng, plan: Plan, staff: Staffer[]): void {
  const bySlot = new Map<number, PlanSection[]>();
  for (const sec of plan.sections)
    if (
      CORE_DEPARTMENTS.includes(sec.department) &&
      sec.course !== "Freshman Seminar" &&
      sec.size <= 32
    )
      bySlot.set(sec.starts[0]!, [...(bySlot.get(sec.starts[0]!) ?? []), sec]);
  let extra = 0;
  for (const s of staff) {
    for (const slot of s.coTeach) {
      const open = (bySlot.get(slot) ?? []).filter((sec) => sec.teachers.length === 1);
      if (open.length > 0) rng.pick(open).teachers.push(s.id);
      else {
        const course = rng.pick(s.dept.courses);
        plan.sections.push(
          ownSection(rng, `${courseCode(course.name)}-x${++extra}`, course, s, slot),
        );
      }
    }
  }
}

const LEVEL_RANK: Partial<Record<Level, number>> = { ap: 0, honors: 0, ensemble: 0, elective: 1 };

/** Groups of students who take the same singleton courses, so those courses must not overlap. */
export function addSingletonCohorts(rng: Rng, plan: Plan, perGrade: number): void {
  const cohortOf = new Set<string>();
  for (const grade of [9, 10, 11, 12])
    for (let i = 1; i <= perGrade; i++) {
      const id = `c${grade}-${i}`;
      const size = between(rng, 14, 22);
      plan.groups.push({
        id,
        name: grade === 9 ? `Grade 9 Honors & Arts cohort ${i}` : `Grade ${grade} AP cohort ${i}`,
        parent: `g${grade}`,
        size,
      });
      const candidates = rng
        .shuffle(
          plan.sections.filter((sec) => {
            const course = COURSES.get(sec.course);
            return (
              course !== undefined &&
              course.grades.includes(grade) &&
              LEVEL_RANK[course.level] !== undefined &&
              sec.groups.every((g) => cohortOf.has(g))
            );
          }),
        )
        .sort(
          (a, b) =>
            LEVEL_RANK[COURSES.get(a.course)!.level]! - LEVEL_RANK[COURSES.get(b.course)!.level]!,
        );
      const used = new Set<number>();
      const want = between(rng, 3, 5);
      for (const sec of candidates) {
        if (used.size >= want) break;
        const slot = sec.starts[0]!;
        const together = sec.groups.reduce(
          (sum, g) => sum + (plan.groups.find((x) => x.id === g)?.size ?? 0),
          size,
        );
        const limit = COURSES.get(sec.course)!.level === "ensemble" ? 60 : 34;
        if (used.has(slot) || together > limit) continue;
        sec.groups.push(id);
        sec.size = Math.max(sec.size, together + rng.int(4));
        used.add(slot);
      }
      cohortOf.add(id);
    }
}
