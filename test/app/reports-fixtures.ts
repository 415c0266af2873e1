// Schools and schedules for the report tests: the shared instances read through the project's
// parser, and a small school in code whose every figure can be counted by hand.
import { parseSchedule, parseSchool } from "../../solver/format/index.ts";
import type { Schedule, School } from "../../solver/model/format.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import type { Model } from "../../solver/model/model.ts";
import { MUTATIONS_DIR, readInstance } from "../shared-path.ts";

export type Loaded = { school: School; model: Model; schedule: Schedule };

export function loadSchool(name: string): School {
  const parsed = parseSchool(readInstance(name));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.errors[0]?.message}`);
  return parsed.value;
}

/** A school of the shared instances with one of its schedules (planted or a mutation). */
export function loadInstance(schoolFile: string, scheduleFile: string, mutation = false): Loaded {
  const school = loadSchool(schoolFile);
  const text = mutation ? readInstance(scheduleFile, MUTATIONS_DIR) : readInstance(scheduleFile);
  const parsed = parseSchedule(text, school);
  if (!parsed.ok) throw new Error(`${scheduleFile}: ${parsed.errors[0]?.message}`);
  return { school, model: resolveSchool(school), schedule: parsed.value };
}

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
