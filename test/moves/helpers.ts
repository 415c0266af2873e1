// Moves on tiny schools, named the way a person reads the grid: "drag s1's Mon meeting to Tue
// period 2". Ids are turned into the occupancy index's integers here, once.
import type { Schedule, School } from "../../solver/model/format.ts";
import type { Model } from "../../solver/model/model.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { checkMove, type Move, type MoveVerdict } from "../../solver/moves/index.ts";
import { buildOccupancy, type Occupancy } from "../../solver/validate/index.ts";

export type Session = {
  model: Model;
  occ: Occupancy;
  /** The placement index of the section's meeting on the day (its first one when day is absent). */
  meeting: (section: string, day?: string) => number;
  planning: (team: string, day?: string) => number;
  /** Drag a meeting to "Tue/2" (or "2": keep the day), optionally into a room. */
  moveMeeting: (section: string, fromDay: string | undefined, to: string, room?: string) => Move;
  movePlanning: (team: string, fromDay: string | undefined, to: string) => Move;
  check: (move: Move) => MoveVerdict;
};

function target(model: Model, to: string): { day: number | null; period: number } {
  const [a, b] = to.split("/");
  const day = b === undefined ? null : model.dayIndex.get(a!)!;
  const period = model.periodIndex.get(b ?? a!);
  if (period === undefined || day === undefined) throw new Error(`no slot ${to}`);
  return { day, period };
}

export function session(school: School, schedule: Schedule): Session {
  const model = resolveSchool(school);
  const occ = buildOccupancy(model, schedule);
  const meeting = (section: string, day?: string) => {
    const i = schedule.placements.findIndex(
      (p) => p.section === section && (day === undefined || p.day === day),
    );
    if (i < 0) throw new Error(`no meeting of ${section} on ${day}`);
    return i;
  };
  const planning = (team: string, day?: string) => {
    const i = schedule.planning.findIndex(
      (p) => p.team === team && (day === undefined || p.day === day),
    );
    if (i < 0) throw new Error(`no planning of ${team} on ${day}`);
    return i;
  };
  return {
    model,
    occ,
    meeting,
    planning,
    moveMeeting: (section, fromDay, to, room) => ({
      kind: "meeting",
      meeting: meeting(section, fromDay),
      ...target(model, to),
      room: room === undefined ? null : model.roomIndex.get(room)!,
    }),
    movePlanning: (team, fromDay, to) => ({
      kind: "planning",
      planning: planning(team, fromDay),
      ...target(model, to),
    }),
    check: (move) => checkMove(occ, move),
  };
}

/** The distinct reason kinds of a verdict, in its order. */
export const kinds = (verdict: MoveVerdict): string[] => [
  ...new Set(verdict.reasons.map((r) => r.kind)),
];
