// A small school in code whose every figure can be counted by hand (no Node imports, so that
// jsdom tests can use it too).
import type { Schedule, School } from "../../solver/model/format.ts";

/**
 * Mon and Tue of four periods (08:00-08:25, 08:30-08:55, 09:00-09:45, 09:50-10:35); lunch may
 * be in period 3 or 4. Two teachers form a team that plans twice a cycle. The schedule below is
 * valid: Ada teaches Math Mon 1-2, Bo teaches Art Mon 2 (and is away Tue 1); both plan in
 * period 3 and lunch in period 4 on both days, which leaves Ada exactly her two free periods.
 */
export function smallSchool(more: Partial<School> = {}): School {
  return {
    format: "commons-school/1",
    name: "Small School",
    calendar: {
      days: [
        { id: "Mon", name: "Monday" },
        { id: "Tue", name: "Tuesday" },
      ],
      periods: [
        { id: "1", name: "Period 1", start: "08:00", end: "08:25" },
        { id: "2", name: "Period 2", start: "08:30", end: "08:55" },
        { id: "3", name: "Period 3", start: "09:00", end: "09:45" },
        { id: "4", name: "Period 4", start: "09:50", end: "10:35" },
      ],
      term: { start: "2026-08-24", end: "2026-09-04", skip: ["2026-08-31"], rotation: "weekdays" },
    },
    teachers: [
      { id: "t-a", name: "Ada Ames", minFreePerCycle: 2, maxPlanningPerCycle: 2 },
      { id: "t-b", name: "Bo Birch", unavailable: [{ day: "Tue", period: "1" }] },
    ],
    rooms: [
      { id: "101", name: "Room 101" },
      { id: "art", name: "Art Studio" },
    ],
    sections: [
      { id: "math-1", course: "Math", teachers: ["t-a"], meetings: 1, length: 2 },
      { id: "art-1", course: "Art", teachers: ["t-b"], meetings: 1 },
    ],
    teams: [
      {
        id: "team-ab",
        name: "A and B",
        kind: "grade",
        members: ["t-a", "t-b"],
        lead: "t-b",
        planning: { perCycle: 2 },
      },
    ],
    lunch: { periods: ["3", "4"] },
    ...more,
  };
}

export function smallSchedule(more: Partial<Schedule> = {}): Schedule {
  return {
    format: "commons-schedule/1",
    school: "Small School",
    status: "solved",
    placements: [
      { section: "math-1", day: "Mon", period: "1", room: "101" },
      { section: "art-1", day: "Mon", period: "2", room: "art" },
    ],
    planning: [
      { team: "team-ab", day: "Mon", period: "3" },
      { team: "team-ab", day: "Tue", period: "3" },
    ],
    lunch: [
      { teacher: "t-a", day: "Mon", period: "4" },
      { teacher: "t-a", day: "Tue", period: "4" },
      { teacher: "t-b", day: "Mon", period: "4" },
      { teacher: "t-b", day: "Tue", period: "4" },
    ],
    unplaced: [],
    explanation: [],
    ...more,
  };
}
