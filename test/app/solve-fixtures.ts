// A school small enough to count by hand and to solve in milliseconds, with one valid schedule
// written out: Mon and Tue of three periods, lunch in period 2 or 3, a two-teacher team that
// plans once. Ada (Math) and Bo (Science) teach period 1 both days, plan Mon 2 and eat after;
// Dee (Art, Music) teaches a double Art lesson Mon 1-2; Cy has no department and no classes.
import type { Schedule, School } from "../../solver/model/format.ts";

export const tinySchool = (): School => ({
  format: "commons-school/1",
  name: "Tiny Solve School",
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
    { id: "dee", name: "Dee", departments: ["Art", "Music"] },
  ],
  sections: [
    { id: "m1", course: "Math 6", teachers: ["ada"], meetings: 2 },
    { id: "s1", course: "Science 6", teachers: ["bo"], meetings: 2 },
    { id: "art1", course: "Art", teachers: ["dee"], meetings: 1, length: 2 },
  ],
  teams: [{ id: "core", name: "Core team", members: ["ada", "bo"], planning: { perCycle: 1 } }],
  lunch: { periods: ["2", "3"] },
});

export const tinySchedule = (): Schedule => ({
  format: "commons-schedule/1",
  school: "Tiny Solve School",
  status: "solved",
  placements: [
    { section: "m1", day: "Mon", period: "1" },
    { section: "m1", day: "Tue", period: "1" },
    { section: "s1", day: "Mon", period: "1" },
    { section: "s1", day: "Tue", period: "1" },
    { section: "art1", day: "Mon", period: "1" },
  ],
  planning: [{ team: "core", day: "Mon", period: "2" }],
  lunch: [
    { teacher: "ada", day: "Mon", period: "3" },
    { teacher: "ada", day: "Tue", period: "2" },
    { teacher: "bo", day: "Mon", period: "3" },
    { teacher: "bo", day: "Tue", period: "3" },
    { teacher: "dee", day: "Mon", period: "3" },
  ],
  unplaced: [],
  explanation: [],
});

/**
 * Three sections that pairwise share a teacher, in two periods: no schedule exists, and no cheap
 * count shows it (each teacher has two meetings for two periods), so the search runs to its limit.
 */
export const triangleSchool = (): School => ({
  format: "commons-school/1",
  name: "Triangle School",
  calendar: { days: [{ id: "Mon" }], periods: [{ id: "1" }, { id: "2" }] },
  teachers: [
    { id: "a", name: "A" },
    { id: "b", name: "B" },
    { id: "c", name: "C" },
  ],
  sections: [
    { id: "x", course: "X", teachers: ["a", "b"] },
    { id: "y", course: "Y", teachers: ["b", "c"] },
    { id: "z", course: "Z", teachers: ["c", "a"] },
  ],
});
