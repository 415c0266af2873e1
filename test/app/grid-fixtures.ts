// A school small enough to read every cell of its grid by hand: Mon and Tue of three periods,
// two grades of homerooms, three rooms (one a lab, one small), a two-teacher team that plans
// once. Ada (Math) teaches m1 in period 1 and Math 7 on Mon 3; Dee (Math) m2 in period 2; Bo
// (Science) the lab class s1 in period 2; Cy (no department) the Grade 6 assembly on Mon 3.
import type { Schedule, School } from "../../solver/model/format.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { buildOccupancy } from "../../solver/validate/index.ts";

export const gridSchool = (): School => ({
  format: "commons-school/1",
  name: "Grid Test School",
  calendar: {
    days: [
      { id: "Mon", name: "Monday" },
      { id: "Tue", name: "Tuesday" },
    ],
    periods: [
      { id: "1", name: "Period 1" },
      { id: "2", name: "Period 2" },
      { id: "3", name: "Period 3" },
    ],
  },
  teachers: [
    { id: "ada", name: "Ada", departments: ["Math"] },
    { id: "bo", name: "Bo", departments: ["Science"] },
    { id: "cy", name: "Cy" },
    { id: "dee", name: "Dee", departments: ["Math"] },
  ],
  rooms: [
    { id: "r1", capacity: 50 },
    { id: "r2", capacity: 30, features: ["lab"] },
    { id: "r3", capacity: 10 },
  ],
  groups: [
    { id: "g6", name: "Grade 6" },
    { id: "hr1", name: "6A", parent: "g6", size: 20 },
    { id: "hr2", name: "6B", parent: "g6", size: 22 },
    { id: "g7", name: "Grade 7" },
    { id: "hr3", name: "7A", parent: "g7", size: 25 },
  ],
  sections: [
    {
      id: "m1",
      course: "Math 6",
      department: "Math",
      teachers: ["ada"],
      groups: ["hr1"],
      meetings: 2,
    },
    {
      id: "m2",
      course: "Math 6",
      department: "Math",
      teachers: ["dee"],
      groups: ["hr2"],
      meetings: 2,
    },
    {
      id: "s1",
      course: "Science 6",
      department: "Science",
      teachers: ["bo"],
      groups: ["hr1"],
      meetings: 2,
      roomFeatures: ["lab"],
    },
    { id: "a1", course: "Assembly", teachers: ["cy"], groups: ["g6"], meetings: 1 },
    {
      id: "c7",
      course: "Math 7",
      department: "Math",
      teachers: ["ada"],
      groups: ["hr3"],
      meetings: 1,
    },
  ],
  teams: [{ id: "core", name: "6 Core", members: ["ada", "bo"], planning: { perCycle: 1 } }],
});

export const gridSchedule = (): Schedule => ({
  format: "commons-schedule/1",
  school: "Grid Test School",
  status: "solved",
  placements: [
    { section: "m1", day: "Mon", period: "1", room: "r1" },
    { section: "m1", day: "Tue", period: "1", room: "r1" },
    { section: "m2", day: "Mon", period: "2", room: "r1" },
    { section: "m2", day: "Tue", period: "2", room: "r1" },
    { section: "s1", day: "Mon", period: "2", room: "r2" },
    { section: "s1", day: "Tue", period: "2", room: "r2" },
    { section: "a1", day: "Mon", period: "3", room: "r1" },
    { section: "c7", day: "Mon", period: "3", room: "r2" },
  ],
  planning: [{ team: "core", day: "Tue", period: "3" }],
  lunch: [],
  unplaced: [],
  explanation: [],
});

export function gridSetup(school = gridSchool(), schedule = gridSchedule()) {
  const model = resolveSchool(school);
  const occ = buildOccupancy(model, schedule);
  const teacher = (id: string) => model.teacherIndex.get(id)!;
  const group = (id: string) => model.groupIndex.get(id)!;
  const section = (id: string) => model.sectionIndex.get(id)!;
  const meeting = (id: string, day: string) =>
    schedule.placements.findIndex((p) => p.section === id && p.day === day);
  return { school, schedule, model, occ, teacher, group, section, meeting };
}
