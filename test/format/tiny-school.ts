// The smallest school that exercises every part of the format: every test that breaks one
// thing starts from this valid file.
import type { Json } from "./json-edit.ts";

export function tinySchool(): Json {
  return {
    format: "commons-school/1",
    name: "Tiny School",
    calendar: {
      days: [
        { id: "Mon", name: "Monday" },
        { id: "Tue", name: "Tuesday" },
        { id: "Wed", name: "Wednesday" },
      ],
      periods: [
        { id: "1", name: "Period 1", start: "08:00", end: "08:50" },
        { id: "2", name: "Period 2", start: "09:00", end: "09:50" },
        { id: "3", name: "Period 3", start: "10:00", end: "10:50" },
        { id: "4", name: "Period 4", start: "11:00", end: "11:50" },
      ],
      term: { start: "2026-08-24", end: "2027-06-11", skip: ["2026-11-26"], rotation: "weekdays" },
    },
    teachers: [
      {
        id: "t-a",
        name: "Ana A",
        departments: ["Math"],
        unavailable: [{ day: "Mon", period: "1" }],
      },
      { id: "t-b", name: "Ben B", maxTeachingPerDay: 3, minFreePerDay: 1, minFreePerCycle: 2 },
      { id: "t-c", name: "Cy C", maxPlanningPerCycle: 2 },
    ],
    rooms: [
      { id: "r1", capacity: 30, features: ["lab"], unavailable: [] },
      { id: "r2", capacity: 10 },
    ],
    groups: [
      { id: "g", name: "Grade" },
      { id: "g-1", name: "Homeroom 1", parent: "g", size: 20, fullDay: true },
      { id: "g-2", name: "Homeroom 2", parent: "g", size: 25 },
    ],
    sections: [
      { id: "math-1", course: "Math", teachers: ["t-a"], groups: ["g-1"], meetings: 3 },
      {
        id: "lab-2",
        course: "Lab",
        department: "Science",
        teachers: ["t-b", "t-c"],
        groups: ["g-2"],
        meetings: 2,
        length: 2,
        samePeriod: true,
        roomFeatures: ["lab"],
        allowedDays: ["Mon", "Tue"],
        allowedPeriods: ["1", "2", "3"],
        pinned: [{ day: "Mon", period: "2", room: "r1" }],
      },
      {
        id: "assembly",
        course: "Assembly",
        teachers: ["t-c"],
        groups: ["g"],
        room: "r1",
        size: 30,
      },
    ],
    teams: [
      {
        id: "team-1",
        name: "Core",
        kind: "grade",
        members: ["t-a", "t-b"],
        lead: "t-a",
        planning: { perCycle: 2, maxPerDay: 1, samePeriod: false, periods: ["3", "4"] },
      },
      { id: "team-2", members: ["t-c"] },
    ],
    lunch: { periods: ["2", "3"] },
  };
}
