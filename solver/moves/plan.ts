// Where each entry goes when something is dragged: the section's meetings (all of them when it
// keeps one period, swapping days when the target day already holds one of them), a team's
// planning blocks likewise, and a room for each meeting when the drop names none.
import type { Model } from "../model/model.ts";
import { cell, coveredEnd, type Occupancy } from "../validate/occupancy.ts";
import type { MeetingMove, MeetingPlace, Move, MovePlan, Place, PlanningMove } from "./types.ts";

/** Days and period for a group of entries moving together (one unit of the grid). */
function unitPlaces<T extends Place>(
  entries: readonly { id: number; at: T }[],
  dragged: number,
  day: number | null,
  period: number,
  together: boolean,
): { id: number; from: T; to: Place }[] {
  const moving = together ? entries : entries.filter((e) => e.id === dragged);
  const origin = entries.find((e) => e.id === dragged)?.at;
  return moving.map(({ id, at }) => {
    let to = at.day;
    if (id === dragged && day !== null) to = day;
    // The meeting already on the target day takes the dragged one's day: a section (or a team)
    // still meets once a day, and the drop reads as "swap these two days".
    else if (id !== dragged && day !== null && origin && at.day === day) to = origin.day;
    return { id, from: at, to: { day: to, period } };
  });
}

/** The room is free and open in every period the meeting would cover, ignoring `moving`. */
function roomFree(
  occ: Occupancy,
  room: number,
  section: number,
  at: Place,
  moving: readonly number[],
): boolean {
  const { model } = occ;
  const end = coveredEnd(model, { section, day: at.day, period: at.period, room });
  for (let p = at.period; p < end; p++) {
    const slot = at.day * model.periodCount + p;
    if (model.rooms[room]!.unavailable[slot]) return false;
    for (const id of cell(occ.roomMeetings, room * model.slotCount + slot)) {
      if (!moving.includes(id)) return false;
    }
  }
  return true;
}

/**
 * The room a meeting takes when the drop names none: its own when free, else the first room that
 * fits the section and is free, else its own (and the check says the room is taken).
 */
export function pickRoom(
  occ: Occupancy,
  section: number,
  current: number,
  at: Place,
  moving: readonly number[],
): number {
  const { model } = occ;
  if (!model.hasRooms || current < 0) return current;
  if (roomFree(occ, current, section, at, moving)) return current;
  const found = model.sections[section]!.candidateRooms.find((r) =>
    roomFree(occ, r, section, at, moving),
  );
  return found ?? current;
}

function planMeeting(occ: Occupancy, move: MeetingMove): MovePlan {
  const m = occ.meetings[move.meeting];
  if (!m) return { section: -1, team: -1, meetings: [], plannings: [] };
  const section = occ.model.sections[m.section]!;
  const entries = occ.meetingsOfSection[m.section]!.flatMap((id) => {
    const at = occ.meetings[id];
    return at ? [{ id, at: { day: at.day, period: at.period, room: at.room } }] : [];
  });
  const places = unitPlaces(entries, move.meeting, move.day, move.period, section.samePeriod);
  const moving = places.map((p) => p.id);
  return {
    section: m.section,
    team: -1,
    meetings: places.map(({ id, from, to }) => {
      const room = move.room ?? pickRoom(occ, m.section, from.room, to, moving);
      const place: MeetingPlace = { day: to.day, period: to.period, room };
      return { id, from, to: place };
    }),
    plannings: [],
  };
}

function planPlanning(occ: Occupancy, move: PlanningMove): MovePlan {
  const pm = occ.plannings[move.planning];
  if (!pm) return { section: -1, team: -1, meetings: [], plannings: [] };
  const team = occ.model.teams[pm.team]!;
  const entries = occ.planningsOfTeam[pm.team]!.flatMap((id) => {
    const at = occ.plannings[id];
    return at ? [{ id, at: { day: at.day, period: at.period } }] : [];
  });
  const together = team.planning?.samePeriod ?? false;
  return {
    section: -1,
    team: pm.team,
    meetings: [],
    plannings: unitPlaces(entries, move.planning, move.day, move.period, together),
  };
}

export const planMove = (occ: Occupancy, move: Move): MovePlan =>
  move.kind === "meeting" ? planMeeting(occ, move) : planPlanning(occ, move);

/** Nothing moves: every entry's target is where it is. */
export const planUnchanged = (plan: MovePlan): boolean =>
  plan.meetings.every(
    ({ from, to }) => from.day === to.day && from.period === to.period && from.room === to.room,
  ) && plan.plannings.every(({ from, to }) => from.day === to.day && from.period === to.period);

/** The days a plan touches (where entries leave and where they arrive), sorted. */
export function planDays(plan: MovePlan): number[] {
  const days = new Set<number>();
  for (const { from, to } of [...plan.meetings, ...plan.plannings]) {
    days.add(from.day);
    days.add(to.day);
  }
  return [...days].sort((a, b) => a - b);
}

/** Teachers whose time the plan changes: the section's, or the team's members. */
export function planTeachers(model: Model, plan: MovePlan): readonly number[] {
  if (plan.section >= 0) return model.sections[plan.section]!.teachers;
  if (plan.team >= 0) return model.teams[plan.team]!.members;
  return [];
}
