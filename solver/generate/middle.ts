// A middle school of interdisciplinary teams: each team has four core teachers (ELA, Math,
// Science, Social Studies) and three or four fullDay homerooms. A team's homerooms rotate through
// the core teachers in four core periods (a Latin square), eat together, and spend three periods
// in exploratory classes (middle-exploratory.ts) while their teachers plan: daily as a team, twice
// a week with the same subject's teachers of their grade (or of the whole school when a grade has
// one team). One period is core for every team, so the exploratory teachers plan then.
import type { Group } from "../model/format.ts";
import type { Rng } from "../rng.ts";
import { weeklyCalendar } from "./calendar.ts";
import { addExploratory, type MiddleTeamSlots } from "./middle-exploratory.ts";
import { addGroupLunches, addTeacherLunches } from "./lunch.ts";
import { createNamer, schoolName, teamNicknames } from "./names.ts";
import {
  emptyPlan,
  type Contract,
  type Plan,
  type PlanSection,
  type PlanTeacher,
  type PlanTeam,
} from "./plan.ts";
import { argMin, between, chance, sample } from "./random.ts";
import { createRoomBook, createRoomNumbers } from "./rooms.ts";

const PERIODS = 8;
const DAYS = 5;
const LUNCH = [3, 4, 5];
const SECTIONS_PER_TEAM = { 3: 23, 4: 30 } as const;

const SUBJECTS = [
  { prefix: "ela", course: "ELA", department: "English Language Arts", short: "ELA", lab: false },
  { prefix: "math", course: "Math", department: "Math", short: "Math", lab: false },
  { prefix: "sci", course: "Science", department: "Science", short: "Science", lab: true },
  {
    prefix: "ss",
    course: "Social Studies",
    department: "Social Studies",
    short: "Social Studies",
    lab: false,
  },
] as const;

const CORE: Contract = {
  maxTeachingPerDay: 6,
  minFreePerDay: 1,
  minFreePerCycle: 5,
  maxPlanningPerCycle: 7,
  unavailableChance: 0.08,
};

/** Team sizes (homerooms per team) whose section count comes closest to the target. */
export function middleTeamSizes(target: number): (3 | 4)[] {
  let best = { n4: 3, n3: 0, err: Infinity };
  for (let n = 3; n <= 80; n++)
    for (let n3 = 0; n3 <= Math.floor(n / 2); n3++) {
      const err = Math.abs(SECTIONS_PER_TEAM[4] * (n - n3) + SECTIONS_PER_TEAM[3] * n3 - target);
      if (err < best.err) best = { n4: n - n3, n3, err };
    }
  return [...new Array<4>(best.n4).fill(4), ...new Array<3>(best.n3).fill(3)];
}

export function generateMiddle(rng: Rng, target: number, name?: string): Plan {
  const calendar = weeklyCalendar(rng, PERIODS);
  const namer = createNamer(rng);
  const book = createRoomBook();
  const roomNumber = createRoomNumbers();
  const plan = emptyPlan({
    name: name ?? schoolName(rng, "Middle"),
    calendar,
    dayCount: DAYS,
    periodCount: PERIODS,
    lunchPeriods: LUNCH,
    rooms: book.rooms,
  });
  const days = Array.from({ length: DAYS }, (_, d) => d);
  const lunchOf = new Map<string, number>();

  const sizes = rng.shuffle(middleTeamSizes(target));
  const grades = [6, 7, 8];
  const teamsOfGrade = grades.map((_, gi) => sizes.filter((_, i) => i % 3 === gi));
  const subjectMode = teamsOfGrade.every((ts) => ts.length >= 2);
  // Period 1, 2, 7 or 8 is core for every team: all exploratory teachers are free then.
  const everyoneCore = rng.pick([0, 1, 6, 7]);
  const shared = sample(
    rng,
    Array.from({ length: PERIODS }, (_, p) => p).filter((p) => p !== everyoneCore),
    3,
  );
  const commonPeriod = (gi: number): number => (subjectMode ? shared[gi]! : shared[0]!);
  const exploratoryLoad = new Array<number>(PERIODS).fill(0);
  const lunchLoad = new Array<number>(PERIODS).fill(0);
  const nicknames = teamNicknames(rng, sizes.length);

  const teamSlots: MiddleTeamSlots[] = [];
  const coreTeachers: { grade: number; subject: number; id: string }[] = [];
  grades.forEach((grade, gi) => {
    const gradeGroup: Group = { id: `g${grade}`, name: `Grade ${grade}` };
    plan.groups.push(gradeGroup);
    const floor = String(grade - 4);
    teamsOfGrade[gi]!.forEach((homeroomCount, ti) => {
      const letter = String.fromCharCode(97 + ti);
      const code = `${grade}${letter}`;
      const nick = nicknames[teamSlots.length]!;
      const common = commonPeriod(gi);
      const lunch = argMin(
        rng,
        LUNCH.filter((p) => p !== common),
        (p) => lunchLoad[p]!,
      );
      lunchLoad[lunch]! += homeroomCount;
      const rest = Array.from({ length: PERIODS }, (_, p) => p).filter(
        (p) => p !== everyoneCore && p !== common && p !== lunch,
      );
      const pairs = rest.flatMap((a, i) => rest.slice(i + 1).map((b) => [a, b] as const));
      const pair = argMin(rng, pairs, ([a, b]) => exploratoryLoad[a]! + exploratoryLoad[b]!);
      const [planning, other] = chance(rng, 0.5) ? [pair[0], pair[1]] : [pair[1], pair[0]];
      const exploratory = [common, planning, other];
      for (const p of exploratory) exploratoryLoad[p]! += homeroomCount;
      const core = rng.shuffle([
        everyoneCore,
        ...rest.filter((p) => p !== planning && p !== other),
      ]);

      plan.groups.push({
        id: `tm-${code}`,
        name: `Team ${code.toUpperCase()} ${nick}`,
        parent: gradeGroup.id,
      });
      const homerooms = Array.from({ length: homeroomCount }, (_, i) => {
        const group: Group = {
          id: `hr-${code}${i + 1}`,
          name: `${code.toUpperCase()}${i + 1}`,
          parent: `tm-${code}`,
          size: between(rng, 22, 30),
          fullDay: true,
        };
        plan.groups.push(group);
        return group;
      });
      const members: PlanTeacher[] = SUBJECTS.map((subject, j) => {
        const person = namer.next();
        const teacher: PlanTeacher = {
          id: person.id,
          name: person.name,
          departments: [subject.department, `Grade ${grade}`],
          contract: CORE,
          unavailable: [],
        };
        plan.teachers.push(teacher);
        coreTeachers.push({ grade, subject: j, id: teacher.id });
        lunchOf.set(teacher.id, lunch);
        return teacher;
      });
      SUBJECTS.forEach((subject, j) => {
        const teacher = members[j]!;
        const room = book.add({
          id: roomNumber(floor),
          features: subject.lab ? ["science-lab"] : [],
          unavailable: [],
        }).id;
        const fixRoom = chance(rng, 0.5);
        homerooms.forEach((hr, i) => {
          const period = core[(((j - i) % 4) + 4) % 4]!;
          const starts = days.map((d) => d * PERIODS + period);
          book.use(room, starts);
          const section: PlanSection = {
            id: `${subject.prefix}-${hr.id.slice(3)}`,
            course: `${subject.course} ${grade}`,
            department: subject.department,
            teachers: [teacher.id],
            groups: [hr.id],
            length: 1,
            starts,
            rooms: starts.map(() => room),
            size: hr.size ?? 0,
            explicitSize: false,
            roomFeatures: subject.lab ? ["science-lab"] : [],
            fixRoom,
          };
          plan.sections.push(section);
        });
      });
      const team: PlanTeam = {
        id: `team-${code}`,
        name: `${code.toUpperCase()} ${nick}`,
        kind: "grade",
        members: members.map((m) => m.id),
        lead: rng.pick(members).id,
        planning: { perCycle: DAYS, slots: days.map((d) => d * PERIODS + planning) },
      };
      plan.teams.push(team);
      teamSlots.push({ grade, code, homerooms, exploratory, lunch });
    });
  });

  addSubjectTeams(rng, plan, coreTeachers, subjectMode, (grade) => commonPeriod(grade - 6));
  addExploratory(rng, plan, { book, namer, roomNumber, teams: teamSlots, everyoneCore, lunchOf });
  const leaders = sample(rng, coreTeachers, Math.min(coreTeachers.length, between(rng, 3, 6)));
  plan.teams.push({
    id: "team-leadership",
    name: "Instructional Leadership Team",
    kind: null,
    members: leaders.map((t) => t.id),
    lead: leaders[0]!.id,
    planning: null,
  });
  book.add({ id: "Resource Room", features: [], capacity: between(rng, 12, 15), unavailable: [] });
  book.add({ id: "Media Center", features: ["computer-lab"], capacity: 40, unavailable: [] });
  for (let i = between(rng, 1, 3); i > 0; i--)
    book.add({ id: roomNumber("1"), features: [], unavailable: [] });

  addTeacherLunches(plan, lunchOf);
  addGroupLunches(plan);
  return plan;
}

/** Same-subject teams: per grade when every grade has two teams or more, else school-wide. */
function addSubjectTeams(
  rng: Rng,
  plan: Plan,
  coreTeachers: readonly { grade: number; subject: number; id: string }[],
  perGrade: boolean,
  commonPeriod: (grade: number) => number,
): void {
  const scopes = perGrade ? [6, 7, 8] : [6];
  for (const grade of scopes)
    SUBJECTS.forEach((subject, j) => {
      const members = coreTeachers
        .filter((t) => t.subject === j && (!perGrade || t.grade === grade))
        .map((t) => t.id);
      const period = commonPeriod(grade);
      const days = sample(rng, [0, 1, 2, 3, 4], 2).sort((a, b) => a - b);
      plan.teams.push({
        id: perGrade ? `team-${grade}-${subject.prefix}` : `team-${subject.prefix}`,
        name: perGrade ? `Grade ${grade} ${subject.short}` : `${subject.department} Department`,
        kind: perGrade ? "subject" : "department",
        members,
        lead: rng.pick(members),
        planning: { perCycle: 2, slots: days.map((d) => d * PERIODS + period) },
      });
    });
}
