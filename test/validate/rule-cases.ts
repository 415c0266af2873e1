// For every rule: the smallest school that can break it, a schedule that keeps it and one that
// breaks it and nothing else. Where no schedule of one school can break a rule alone (the rule
// is about the school being impossible, e.g. a fullDay group without enough classes), the broken
// schedule gets its own school (failSchool) that differs in the one field the rule reads.
import type { Schedule, School } from "../../solver/model/format.ts";
import type { RuleName } from "../../solver/validate/index.ts";
import { lunch, place, plan, schedule, school, section, teacher } from "./builder.ts";

export type RuleCase = {
  rule: RuleName;
  school: School;
  pass: Schedule;
  fail: Schedule;
  failSchool?: School;
};

const oneTeacher = school({ teachers: [teacher("t1")], sections: [section("s1", ["t1"])] });
const twoDays = (more: Parameters<typeof school>[0]) => school({ days: ["Mon", "Tue"], ...more });
const withRooms = (rooms: NonNullable<School["rooms"]>, sections = [section("s1", ["t1"])]) =>
  school({ teachers: [teacher("t1"), teacher("t2")], rooms, sections });
const pair = school({
  teachers: [teacher("t1"), teacher("t2")],
  sections: [section("s1", ["t1"])],
  teams: [{ id: "tm", name: "Core", members: ["t1", "t2"], planning: { perCycle: 1 } }],
});
const twiceTeam = (planning: Record<string, unknown>) =>
  twoDays({
    teachers: [teacher("t1"), teacher("t2")],
    teams: [
      { id: "tm", name: "Core", members: ["t1", "t2"], planning: { perCycle: 2, ...planning } },
    ],
  });
const lunchSchool = (window: string[]) =>
  school({
    teachers: [teacher("t1"), teacher("t2")],
    sections: [section("s1", ["t1"])],
    lunch: { periods: window },
  });
const hole = (s1Group: string) =>
  school({
    periods: ["1", "2"],
    teachers: [teacher("t1"), teacher("t2")],
    groups: [
      { id: "g", name: "Grade" },
      { id: "hr", name: "Homeroom", parent: "g", fullDay: true },
      { id: "hr2", name: "Other homeroom", parent: "g" },
    ],
    sections: [
      section("s1", ["t1"], { groups: [s1Group] }),
      section("s2", ["t2"], { groups: ["hr"] }),
    ],
  });
const planningCap = (max: number) =>
  school({
    teachers: [teacher("t1", { maxPlanningPerCycle: max }), teacher("t2")],
    teams: [
      { id: "a", members: ["t1"], planning: { perCycle: 1 } },
      { id: "b", members: ["t1", "t2"], planning: { perCycle: 1 } },
    ],
  });

export const RULE_CASES: RuleCase[] = [
  {
    rule: "wrong-format",
    school: oneTeacher,
    pass: schedule({ placements: place("s1@Mon/1") }),
    fail: schedule({
      placements: place("s1@Mon/1"),
      format: "commons-schedule/2" as "commons-schedule/1",
    }),
  },
  {
    rule: "wrong-school",
    school: oneTeacher,
    pass: schedule({ placements: place("s1@Mon/1") }),
    fail: schedule({ placements: place("s1@Mon/1"), school: "Another School" }),
  },
  {
    rule: "status",
    school: oneTeacher,
    pass: schedule({ status: "infeasible", explanation: ["Teacher t1 is never free."] }),
    fail: schedule({ status: "infeasible" }),
  },
  {
    rule: "unknown-reference",
    school: oneTeacher,
    pass: schedule({ placements: place("s1@Mon/1") }),
    fail: schedule({ placements: place("s1@Mon/1", "s9@Mon/2") }),
  },
  {
    rule: "meeting-count",
    school: oneTeacher,
    pass: schedule({ placements: place("s1@Mon/1") }),
    fail: schedule(),
  },
  {
    rule: "unplaced-entry",
    school: school({
      teachers: [teacher("t1")],
      sections: [section("s1", ["t1"]), section("s2", ["t1"])],
    }),
    pass: schedule({
      status: "partial",
      placements: place("s1@Mon/1"),
      unplaced: [{ section: "s2", reason: "No period left." }],
    }),
    fail: schedule({
      status: "partial",
      placements: place("s1@Mon/1"),
      unplaced: [
        { section: "s2", reason: "No period left." },
        { section: "s1", reason: "Also unplaced?" },
      ],
    }),
  },
  {
    rule: "meeting-past-day-end",
    school: school({ teachers: [teacher("t1")], sections: [section("s1", ["t1"], { length: 2 })] }),
    pass: schedule({ placements: place("s1@Mon/2") }),
    fail: schedule({ placements: place("s1@Mon/3") }),
  },
  {
    rule: "section-twice-a-day",
    school: twoDays({
      teachers: [teacher("t1")],
      sections: [section("s1", ["t1"], { meetings: 2, samePeriod: false })],
    }),
    pass: schedule({ placements: place("s1@Mon/1", "s1@Tue/2") }),
    fail: schedule({ placements: place("s1@Mon/1", "s1@Mon/2") }),
  },
  {
    rule: "same-period",
    school: twoDays({ teachers: [teacher("t1")], sections: [section("s1", ["t1"])] }),
    pass: schedule({ placements: place("s1@Mon/2", "s1@Tue/2") }),
    fail: schedule({ placements: place("s1@Mon/2", "s1@Tue/3") }),
  },
  {
    rule: "day-not-allowed",
    school: twoDays({
      teachers: [teacher("t1")],
      sections: [section("s1", ["t1"], { allowedDays: ["Mon"] })],
    }),
    pass: schedule({ placements: place("s1@Mon/1") }),
    fail: schedule({ placements: place("s1@Tue/1") }),
  },
  {
    rule: "period-not-allowed",
    school: school({
      teachers: [teacher("t1")],
      sections: [section("s1", ["t1"], { allowedPeriods: ["1", "2"] })],
    }),
    pass: schedule({ placements: place("s1@Mon/2") }),
    fail: schedule({ placements: place("s1@Mon/3") }),
  },
  {
    rule: "pin-moved",
    school: school({
      teachers: [teacher("t1")],
      sections: [section("s1", ["t1"], { pinned: [{ day: "Mon", period: "2" }] })],
    }),
    pass: schedule({ placements: place("s1@Mon/2") }),
    fail: schedule({ placements: place("s1@Mon/1") }),
  },
  {
    rule: "teacher-clash",
    school: school({
      teachers: [teacher("t1")],
      sections: [section("s1", ["t1"]), section("s2", ["t1"])],
    }),
    pass: schedule({ placements: place("s1@Mon/1", "s2@Mon/2") }),
    fail: schedule({ placements: place("s1@Mon/1", "s2@Mon/1") }),
  },
  {
    rule: "teacher-unavailable",
    school: school({
      teachers: [teacher("t1", { unavailable: [{ day: "Mon", period: "1" }] })],
      sections: [section("s1", ["t1"])],
    }),
    pass: schedule({ placements: place("s1@Mon/2") }),
    fail: schedule({ placements: place("s1@Mon/1") }),
  },
  {
    rule: "group-clash",
    school: school({
      teachers: [teacher("t1"), teacher("t2")],
      groups: [
        { id: "g", name: "Grade" },
        { id: "hr", name: "Homeroom", parent: "g" },
      ],
      sections: [
        section("s1", ["t1"], { groups: ["g"] }),
        section("s2", ["t2"], { groups: ["hr"] }),
      ],
    }),
    pass: schedule({ placements: place("s1@Mon/1", "s2@Mon/2") }),
    fail: schedule({ placements: place("s1@Mon/1", "s2@Mon/1") }),
  },
  {
    // Every valid placement of one school covers a fullDay group equally often, so the hole
    // comes from a school whose first section is for a sibling homeroom instead of the grade.
    rule: "full-day-hole",
    school: hole("g"),
    pass: schedule({ placements: place("s1@Mon/1", "s2@Mon/2") }),
    failSchool: hole("hr2"),
    fail: schedule({ placements: place("s1@Mon/1", "s2@Mon/2") }),
  },
  {
    rule: "room-assignment",
    school: withRooms([{ id: "r1" }]),
    pass: schedule({ placements: place("s1@Mon/1#r1") }),
    fail: schedule({ placements: place("s1@Mon/1") }),
  },
  {
    rule: "room-clash",
    school: withRooms([{ id: "r1" }, { id: "r2" }], [section("s1", ["t1"]), section("s2", ["t2"])]),
    pass: schedule({ placements: place("s1@Mon/1#r1", "s2@Mon/1#r2") }),
    fail: schedule({ placements: place("s1@Mon/1#r1", "s2@Mon/1#r1") }),
  },
  {
    rule: "room-too-small",
    school: withRooms(
      [
        { id: "big", capacity: 30 },
        { id: "small", capacity: 10 },
      ],
      [section("s1", ["t1"], { size: 20 })],
    ),
    pass: schedule({ placements: place("s1@Mon/1#big") }),
    fail: schedule({ placements: place("s1@Mon/1#small") }),
  },
  {
    rule: "room-lacks-feature",
    school: withRooms(
      [{ id: "lab", features: ["science-lab"] }, { id: "plain" }],
      [section("s1", ["t1"], { roomFeatures: ["science-lab"] })],
    ),
    pass: schedule({ placements: place("s1@Mon/1#lab") }),
    fail: schedule({ placements: place("s1@Mon/1#plain") }),
  },
  {
    rule: "room-unavailable",
    school: withRooms([{ id: "r1", unavailable: [{ day: "Mon", period: "1" }] }]),
    pass: schedule({ placements: place("s1@Mon/2#r1") }),
    fail: schedule({ placements: place("s1@Mon/1#r1") }),
  },
  {
    rule: "fixed-room-not-used",
    school: withRooms([{ id: "r1" }, { id: "r2" }], [section("s1", ["t1"], { room: "r1" })]),
    pass: schedule({ placements: place("s1@Mon/1#r1") }),
    fail: schedule({ placements: place("s1@Mon/1#r2") }),
  },
  {
    rule: "max-teaching-per-day",
    school: twoDays({
      teachers: [teacher("t1", { maxTeachingPerDay: 1 })],
      sections: [section("s1", ["t1"], { meetings: 1 }), section("s2", ["t1"], { meetings: 1 })],
    }),
    pass: schedule({ placements: place("s1@Mon/1", "s2@Tue/1") }),
    fail: schedule({ placements: place("s1@Mon/1", "s2@Mon/2") }),
  },
  {
    rule: "min-free-per-day",
    school: twoDays({
      teachers: [teacher("t1", { minFreePerDay: 2 })],
      sections: [section("s1", ["t1"], { meetings: 1 }), section("s2", ["t1"], { meetings: 1 })],
    }),
    pass: schedule({ placements: place("s1@Mon/1", "s2@Tue/1") }),
    fail: schedule({ placements: place("s1@Mon/1", "s2@Mon/2") }),
  },
  {
    // Free periods count on every day of the cycle, so working a second day costs a lunch.
    rule: "min-free-per-cycle",
    school: twoDays({
      teachers: [teacher("t1", { minFreePerCycle: 3 })],
      sections: [section("s1", ["t1"], { meetings: 1 }), section("s2", ["t1"], { meetings: 1 })],
      lunch: { periods: ["3"] },
    }),
    pass: schedule({ placements: place("s1@Mon/1", "s2@Mon/2"), lunch: lunch("t1@Mon/3") }),
    fail: schedule({
      placements: place("s1@Mon/1", "s2@Tue/1"),
      lunch: lunch("t1@Mon/3", "t1@Tue/3"),
    }),
  },
  {
    // Membership fixes how many meetings a teacher sits in, so the cap is what differs.
    rule: "max-planning-per-cycle",
    school: planningCap(2),
    pass: schedule({ planning: plan("a@Mon/1", "b@Mon/2") }),
    failSchool: planningCap(1),
    fail: schedule({ planning: plan("a@Mon/1", "b@Mon/2") }),
  },
  {
    rule: "planning-count",
    school: pair,
    pass: schedule({ placements: place("s1@Mon/1"), planning: plan("tm@Mon/2") }),
    fail: schedule({ placements: place("s1@Mon/1") }),
  },
  {
    rule: "planning-max-per-day",
    school: twiceTeam({}),
    pass: schedule({ planning: plan("tm@Mon/1", "tm@Tue/2") }),
    fail: schedule({ planning: plan("tm@Mon/1", "tm@Mon/2") }),
  },
  {
    rule: "planning-period-not-allowed",
    school: twiceTeam({ periods: ["2", "3"] }),
    pass: schedule({ planning: plan("tm@Mon/2", "tm@Tue/3") }),
    fail: schedule({ planning: plan("tm@Mon/2", "tm@Tue/1") }),
  },
  {
    rule: "planning-same-period",
    school: twiceTeam({ samePeriod: true }),
    pass: schedule({ planning: plan("tm@Mon/2", "tm@Tue/2") }),
    fail: schedule({ planning: plan("tm@Mon/2", "tm@Tue/3") }),
  },
  {
    rule: "planning-without-requirement",
    school: school({ teachers: [teacher("t1")], teams: [{ id: "tm", members: ["t1"] }] }),
    pass: schedule(),
    fail: schedule({ planning: plan("tm@Mon/1") }),
  },
  {
    rule: "lunch-missing",
    school: lunchSchool(["2", "3"]),
    pass: schedule({ placements: place("s1@Mon/1"), lunch: lunch("t1@Mon/2") }),
    fail: schedule({ placements: place("s1@Mon/1") }),
  },
  {
    rule: "lunch-duplicate",
    school: lunchSchool(["2", "3"]),
    pass: schedule({ placements: place("s1@Mon/1"), lunch: lunch("t1@Mon/2") }),
    fail: schedule({ placements: place("s1@Mon/1"), lunch: lunch("t1@Mon/2", "t1@Mon/3") }),
  },
  {
    rule: "lunch-outside-window",
    school: lunchSchool(["2"]),
    pass: schedule({ placements: place("s1@Mon/1"), lunch: lunch("t1@Mon/2") }),
    fail: schedule({ placements: place("s1@Mon/1"), lunch: lunch("t1@Mon/3") }),
  },
  {
    rule: "lunch-busy",
    school: lunchSchool(["1", "2"]),
    pass: schedule({ placements: place("s1@Mon/1"), lunch: lunch("t1@Mon/2") }),
    fail: schedule({ placements: place("s1@Mon/1"), lunch: lunch("t1@Mon/1") }),
  },
  {
    rule: "lunch-not-needed",
    school: lunchSchool(["2"]),
    pass: schedule({ placements: place("s1@Mon/1"), lunch: lunch("t1@Mon/2") }),
    fail: schedule({ placements: place("s1@Mon/1"), lunch: lunch("t1@Mon/2", "t2@Mon/2") }),
  },
];
