// Schools small enough to reason out by hand, for the solver's tests.
import type { School, Teacher } from "../../solver/model/format.ts";

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"];

/** Monday to Friday, with periods "1" to `periods`. */
export function week(periods: number): School["calendar"] {
  return {
    days: DAYS.map((day) => ({ id: day, name: day })),
    periods: Array.from({ length: periods }, (_, p) => ({
      id: `${p + 1}`,
      name: `Period ${p + 1}`,
    })),
  };
}

/**
 * One teacher's two classes (one per group, `meetings` a week) and a team of that teacher and
 * Ben, who teaches nothing: the smallest school in which a teacher's own week decides where and
 * when its team can plan.
 */
export function twoClassesAndTeam(options: {
  name: string;
  periods: number;
  teacher: Teacher;
  course: string;
  meetings: number;
  lunch: string[] | null;
}): School {
  const { teacher, course, meetings } = options;
  const id = course.toLowerCase();
  return {
    format: "commons-school/1",
    name: options.name,
    calendar: week(options.periods),
    teachers: [teacher, { id: "ben", name: "Ben" }],
    rooms: [],
    groups: [
      { id: "g1", name: "G1" },
      { id: "g2", name: "G2" },
    ],
    sections: [1, 2].map((k) => ({
      id: `${id}-${k}`,
      course,
      teachers: [teacher.id],
      groups: [`g${k}`],
      meetings,
    })),
    teams: [{ id: "team", name: "Team", members: [teacher.id, "ben"], planning: { perCycle: 1 } }],
    ...(options.lunch ? { lunch: { periods: options.lunch } } : {}),
  };
}
