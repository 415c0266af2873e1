// An elementary school: grades K-5, each with fullDay homerooms that stay with their homeroom
// teacher for ELA (a daily two-period block), Math, Science & Social Studies, Intervention and
// Writing. A grade goes to specials (Art, Music, PE, Library, STEM) together, each homeroom to a
// different specials teacher, at its grade's specials period; the grade's teachers plan there
// twice a week. Intervention teachers co-teach some Intervention blocks; specials teachers plan
// once a week in the lunch window, which no grade uses for specials.
import type { Group } from "../model/format.ts";
import type { Rng } from "../rng.ts";
import { weeklyCalendar } from "./calendar.ts";
import { addGroupLunches, addTeacherLunches } from "./lunch.ts";
import { createNamer, schoolName } from "./names.ts";
import {
  CORE,
  DAYS,
  GRADES,
  HOMEROOM_TEACHER,
  INTERVENTION_TEACHER,
  LUNCH,
  PERIODS,
  SECTIONS_PER_HOMEROOM,
  SPECIAL_ORDER,
  SPECIALS,
  SPECIALS_TEACHER,
} from "./elementary-catalog.ts";
import { emptyPlan, type Plan, type PlanSection, type PlanTeacher } from "./plan.ts";
import { argMin, between, chance, sample } from "./random.ts";
import { createRoomBook, createRoomNumbers } from "./rooms.ts";

export function generateElementary(rng: Rng, target: number, name?: string): Plan {
  const namer = createNamer(rng);
  const book = createRoomBook();
  const roomNumber = createRoomNumbers();
  const plan = emptyPlan({
    name: name ?? schoolName(rng, "Elementary"),
    calendar: weeklyCalendar(rng, PERIODS),
    dayCount: DAYS,
    periodCount: PERIODS,
    lunchPeriods: LUNCH,
    rooms: book.rooms,
  });
  const days = Array.from({ length: DAYS }, (_, d) => d);
  const lunchOf = new Map<string, number>();

  const homeroomCount = Math.max(GRADES.length, Math.round(target / SECTIONS_PER_HOMEROOM));
  const perGrade = GRADES.map(() => Math.floor(homeroomCount / GRADES.length));
  for (const g of sample(
    rng,
    GRADES.map((_, i) => i),
    homeroomCount % GRADES.length,
  ))
    perGrade[g]!++;
  // No grade has specials in the lunch window, so specials teachers can always eat and plan there.
  const specialsPeriod = rng.shuffle([0, 1, 2, 5, 6, 7]);
  const lunchLoad = new Map<number, number>();
  const gradeLunch = perGrade.map((n) => {
    const p = argMin(rng, LUNCH, (q) => lunchLoad.get(q) ?? 0);
    lunchLoad.set(p, (lunchLoad.get(p) ?? 0) + n);
    return p;
  });

  const specialistCount = Math.max(5, Math.max(...perGrade) + 1 + rng.int(2));
  const homeRooms = new Map<string, number>();
  const specialists = Array.from({ length: specialistCount }, (_, i) => {
    const kind = SPECIAL_ORDER[i % SPECIAL_ORDER.length]!;
    const def = SPECIALS[kind];
    const person = namer.next();
    const teacher: PlanTeacher = {
      id: person.id,
      name: person.name,
      departments: ["Specials", def.department],
      contract: SPECIALS_TEACHER,
      unavailable: [],
    };
    const n = (homeRooms.get(def.room) ?? 0) + 1;
    homeRooms.set(def.room, n);
    const room = book.add({
      id: n === 1 ? def.room : `${def.room} ${n}`,
      features: [def.feature],
      unavailable: [],
    }).id;
    plan.teachers.push(teacher);
    return { teacher, kind, room };
  });

  const coreSections: PlanSection[] = [];
  const specialSections: PlanSection[] = [];
  GRADES.forEach((grade, gi) => {
    const gradeGroup: Group = { id: `g${grade.code}`, name: grade.name };
    plan.groups.push(gradeGroup);
    const sp = specialsPeriod[gi]!;
    const lunch = gradeLunch[gi]!;
    const open = Array.from({ length: PERIODS }, (_, p) => p).filter(
      (p) => p !== sp && p !== lunch,
    );
    const order = rng.shuffle(specialists.map((_, i) => i));
    // Day d sends homeroom i to specialist order[(i + offset[d]) % count]: distinct on each day.
    const offsets = sample(
      rng,
      specialists.map((_, i) => i),
      DAYS,
    );
    if (chance(rng, 0.6)) offsets[4] = offsets[rng.int(3)]!;
    const members: string[] = [];
    for (let i = 0; i < perGrade[gi]!; i++) {
      const person = namer.next();
      const code = `${grade.code}${String.fromCharCode(97 + i)}`;
      const hr: Group = {
        id: `hr-${code}`,
        name: `${code.toUpperCase()} (${person.last})`,
        parent: gradeGroup.id,
        size: between(rng, grade.sizes[0], grade.sizes[1]),
        fullDay: true,
      };
      plan.groups.push(hr);
      const teacher: PlanTeacher = {
        id: person.id,
        name: person.name,
        departments: [grade.name],
        contract: HOMEROOM_TEACHER,
        unavailable: [],
      };
      plan.teachers.push(teacher);
      members.push(teacher.id);
      lunchOf.set(teacher.id, lunch);
      const room = book.add({ id: roomNumber(String(gi + 1)), features: [], unavailable: [] }).id;
      const fixRoom = chance(rng, 0.6);

      const pairs = open.filter((p) => open.includes(p + 1));
      const ela = rng.pick(pairs);
      const singles = rng.shuffle(open.filter((p) => p !== ela && p !== ela + 1));
      const swap = chance(rng, 0.15); // Intervention and Writing trade places on Tue and Thu.
      CORE.forEach((c, ci) => {
        const startOn = (d: number): number => {
          if (ci === 0) return ela;
          const k = swap && (d === 1 || d === 3) && ci >= 3 ? 7 - ci : ci;
          return singles[k - 1]!;
        };
        const starts = days.map((d) => d * PERIODS + startOn(d));
        const covered = starts.flatMap((s) => Array.from({ length: c.length }, (_, k) => s + k));
        book.use(room, covered);
        coreSections.push({
          id: `${c.prefix}-${code}`,
          course: `${c.course} ${grade.label}`,
          department: grade.name,
          teachers: [teacher.id],
          groups: [hr.id],
          length: c.length,
          starts,
          rooms: starts.map(() => room),
          size: hr.size!,
          explicitSize: false,
          roomFeatures: [],
          fixRoom,
        });
      });

      const seen = new Map<number, number[]>();
      days.forEach((d) => {
        const who = order[(i + offsets[d]!) % specialistCount]!;
        seen.set(who, [...(seen.get(who) ?? []), d]);
      });
      const ids = new Map<string, number>();
      for (const [who, onDays] of seen) {
        const s = specialists[who]!;
        const starts = onDays.map((d) => d * PERIODS + sp);
        book.use(s.room, starts);
        const nth = (ids.get(s.kind) ?? 0) + 1;
        ids.set(s.kind, nth);
        const id = nth === 1 ? `${s.kind}-${code}` : `${s.kind}-${code}-${nth}`;
        const def = SPECIALS[s.kind];
        specialSections.push({
          id,
          course: def.course,
          department: "Specials",
          teachers: [s.teacher.id],
          groups: [hr.id],
          length: 1,
          starts,
          rooms: starts.map(() => s.room),
          size: hr.size!,
          explicitSize: false,
          roomFeatures: [def.feature],
          fixRoom: false,
        });
      }
    }
    const planningDays = sample(rng, days, 2).sort((a, b) => a - b);
    plan.teams.push({
      id: `team-${grade.code}`,
      name: `${grade.name} Team`,
      kind: "grade",
      members,
      lead: rng.pick(members),
      planning: { perCycle: 2, slots: planningDays.map((d) => d * PERIODS + sp) },
    });
  });
  plan.sections.push(...coreSections, ...specialSections);

  addIntervention(rng, plan, namer, homeroomCount, lunchOf);
  const specialsPlanning = rng.pick(LUNCH);
  const specialistIds = specialists.map((s) => s.teacher.id);
  plan.teams.push({
    id: "team-specials",
    name: "Specials Team",
    kind: "department",
    members: specialistIds,
    lead: rng.pick(specialistIds),
    planning: { perCycle: 1, slots: [rng.int(DAYS) * PERIODS + specialsPlanning] },
  });
  for (const id of specialistIds)
    lunchOf.set(
      id,
      LUNCH.find((p) => p !== specialsPlanning)!,
    );

  book.add({ id: "Resource Room", features: [], capacity: between(rng, 10, 14), unavailable: [] });
  book.add({
    id: "Reading Room",
    features: ["library"],
    capacity: between(rng, 14, 18),
    unavailable: [],
  });
  for (let i = between(rng, 0, 2); i > 0; i--)
    book.add({ id: roomNumber(String(GRADES.length + 1)), features: [], unavailable: [] });

  addTeacherLunches(plan, lunchOf);
  addGroupLunches(plan);
  return plan;
}

/** Intervention teachers join some homerooms' Intervention blocks as co-teachers. */
function addIntervention(
  rng: Rng,
  plan: Plan,
  namer: ReturnType<typeof createNamer>,
  homerooms: number,
  lunchOf: Map<string, number>,
): void {
  const candidates = rng.shuffle(plan.sections.filter((s) => s.id.startsWith("int-")));
  const count = Math.max(1, Math.round(homerooms / 8));
  for (let i = 0; i < count; i++) {
    const person = namer.next();
    const teacher: PlanTeacher = {
      id: person.id,
      name: person.name,
      departments: ["Intervention", rng.pick(["Reading", "Special Education", "Math"])],
      contract: INTERVENTION_TEACHER,
      unavailable: [],
    };
    plan.teachers.push(teacher);
    const lunch = rng.pick(LUNCH);
    lunchOf.set(teacher.id, lunch);
    const busy = new Set<number>();
    const want = between(rng, 4, 5);
    let taken = 0;
    for (const sec of candidates) {
      if (taken >= want) break;
      if (sec.teachers.length > 1 || sec.starts.some((s) => busy.has(s) || s % PERIODS === lunch))
        continue;
      sec.teachers.push(teacher.id);
      for (const s of sec.starts) busy.add(s);
      taken++;
    }
  }
}
