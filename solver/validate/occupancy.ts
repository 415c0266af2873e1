// The occupancy index every constraint reads: per slot, who and what is there, by integer index.
// Built once per schedule, and updatable one entry at a time so that the grid can ask "what would
// break if I moved this meeting there?" with the same rule code. Strings are touched only while
// resolving the schedule's ids here and while writing messages, never inside the rules' loops.
import type { Schedule } from "../model/format.ts";
import type { Model } from "../model/model.ts";
import type { Violation } from "./violation.ts";

/** A placement without a room. */
export const NO_ROOM = -1;
/** A placement that names a room the school does not have (or any room when it lists none). */
export const UNKNOWN_ROOM = -2;

export type Meeting = { section: number; day: number; period: number; room: number };
export type PlanningMeeting = { team: number; day: number; period: number };
/** Exactly one of teacher and group is >= 0. */
export type LunchTaken = { teacher: number; group: number; day: number; period: number };

/** cells[owner * slotCount + slot] lists the ids of the entries there (undefined: none). */
export type Cells = (number[] | undefined)[];

export type Occupancy = {
  model: Model;
  schedule: Schedule;
  /** By id; a removed or unresolvable entry is null. Ids of built entries are schedule indices. */
  meetings: (Meeting | null)[];
  plannings: (PlanningMeeting | null)[];
  lunches: (LunchTaken | null)[];
  meetingsOfSection: number[][];
  planningsOfTeam: number[][];
  /** Indices into schedule.unplaced, per section. */
  unplacedOfSection: number[][];
  /** Meetings covering the slot, per teacher. */
  teaching: Cells;
  /** Meetings covering the slot, per group the section lists itself (not its relatives). */
  groupMeetings: Cells;
  roomMeetings: Cells;
  teamPlanning: Cells;
  /** Planning meetings of any team the teacher is a member of. */
  teacherPlanning: Cells;
  teacherLunch: Cells;
  groupLunch: Cells;
  /** References to ids the school does not have, found while building. */
  unresolved: Violation[];
};

const EMPTY: readonly number[] = [];

export const cell = (cells: Cells, key: number): readonly number[] => cells[key] ?? EMPTY;

const cellAdd = (cells: Cells, key: number, id: number): void => {
  const list = cells[key];
  if (list) list.push(id);
  else cells[key] = [id];
};

const cellRemove = (cells: Cells, key: number, id: number): void => {
  const list = cells[key];
  const at = list ? list.indexOf(id) : -1;
  if (list && at >= 0) list.splice(at, 1);
};

const listRemove = (list: number[] | undefined, id: number): void => {
  const at = list ? list.indexOf(id) : -1;
  if (list && at >= 0) list.splice(at, 1);
};

/** The periods a meeting covers, clipped to its day (running past the end is its own rule). */
export const coveredEnd = (model: Model, m: Meeting): number =>
  Math.min(m.period + model.sections[m.section]!.length, model.periodCount);

const eachCoveredSlot = (model: Model, m: Meeting, visit: (slot: number) => void): void => {
  const base = m.day * model.periodCount;
  const end = coveredEnd(model, m);
  for (let p = m.period; p < end; p++) visit(base + p);
};

const indexMeeting = (occ: Occupancy, id: number, m: Meeting, add: boolean): void => {
  const { model } = occ;
  const section = model.sections[m.section]!;
  const put = add ? cellAdd : cellRemove;
  eachCoveredSlot(model, m, (slot) => {
    for (const t of section.teachers) put(occ.teaching, t * model.slotCount + slot, id);
    for (const g of section.groups) put(occ.groupMeetings, g * model.slotCount + slot, id);
    if (m.room >= 0) put(occ.roomMeetings, m.room * model.slotCount + slot, id);
  });
};

export function addMeeting(occ: Occupancy, m: Meeting): number {
  const id = occ.meetings.length;
  occ.meetings.push(m);
  occ.meetingsOfSection[m.section]!.push(id);
  indexMeeting(occ, id, m, true);
  return id;
}

export function removeMeeting(occ: Occupancy, id: number): void {
  const m = occ.meetings[id];
  if (!m) return;
  indexMeeting(occ, id, m, false);
  listRemove(occ.meetingsOfSection[m.section], id);
  occ.meetings[id] = null;
}

/** Moves a meeting in place (its id stays), the grid's drag and drop. */
export function moveMeeting(
  occ: Occupancy,
  id: number,
  to: { day: number; period: number; room: number },
): void {
  const m = occ.meetings[id];
  if (!m) return;
  indexMeeting(occ, id, m, false);
  const moved = { section: m.section, day: to.day, period: to.period, room: to.room };
  occ.meetings[id] = moved;
  indexMeeting(occ, id, moved, true);
}

const indexPlanning = (occ: Occupancy, id: number, pm: PlanningMeeting, add: boolean): void => {
  const { model } = occ;
  const put = add ? cellAdd : cellRemove;
  const slot = pm.day * model.periodCount + pm.period;
  put(occ.teamPlanning, pm.team * model.slotCount + slot, id);
  for (const t of model.teams[pm.team]!.members) {
    put(occ.teacherPlanning, t * model.slotCount + slot, id);
  }
};

/** Moves a planning meeting in place (its id stays), the grid's drag of a planning block. */
export function movePlanning(
  occ: Occupancy,
  id: number,
  to: { day: number; period: number },
): void {
  const pm = occ.plannings[id];
  if (!pm) return;
  indexPlanning(occ, id, pm, false);
  const moved = { team: pm.team, day: to.day, period: to.period };
  occ.plannings[id] = moved;
  indexPlanning(occ, id, moved, true);
}

export function addPlanning(occ: Occupancy, pm: PlanningMeeting): number {
  const id = occ.plannings.length;
  occ.plannings.push(pm);
  occ.planningsOfTeam[pm.team]!.push(id);
  indexPlanning(occ, id, pm, true);
  return id;
}

export function removePlanning(occ: Occupancy, id: number): void {
  const pm = occ.plannings[id];
  if (!pm) return;
  indexPlanning(occ, id, pm, false);
  listRemove(occ.planningsOfTeam[pm.team], id);
  occ.plannings[id] = null;
}

const indexLunch = (occ: Occupancy, id: number, l: LunchTaken, add: boolean): void => {
  const { model } = occ;
  const put = add ? cellAdd : cellRemove;
  const slot = l.day * model.periodCount + l.period;
  if (l.teacher >= 0) put(occ.teacherLunch, l.teacher * model.slotCount + slot, id);
  else put(occ.groupLunch, l.group * model.slotCount + slot, id);
};

export function addLunch(occ: Occupancy, l: LunchTaken): number {
  const id = occ.lunches.length;
  occ.lunches.push(l);
  indexLunch(occ, id, l, true);
  return id;
}

export function removeLunch(occ: Occupancy, id: number): void {
  const l = occ.lunches[id];
  if (!l) return;
  indexLunch(occ, id, l, false);
  occ.lunches[id] = null;
}

/** Moves a lunch in place (its id stays): a move that takes a lunch period picks another. */
export function moveLunch(occ: Occupancy, id: number, to: { day: number; period: number }): void {
  const l = occ.lunches[id];
  if (!l) return;
  indexLunch(occ, id, l, false);
  const moved = { teacher: l.teacher, group: l.group, day: to.day, period: to.period };
  occ.lunches[id] = moved;
  indexLunch(occ, id, moved, true);
}

/** Undoes removeLunch: the entry comes back under its old id. */
export function restoreLunch(occ: Occupancy, id: number, l: LunchTaken): void {
  if (occ.lunches[id]) return;
  occ.lunches[id] = l;
  indexLunch(occ, id, l, true);
}

/**
 * Undoes the latest addLunch, so that asking "what if?" many times over leaves the index exactly
 * as it was (no trail of removed entries).
 */
export function undoAddLunch(occ: Occupancy, id: number): void {
  removeLunch(occ, id);
  if (id === occ.lunches.length - 1) occ.lunches.pop();
}

export function emptyOccupancy(model: Model, schedule: Schedule): Occupancy {
  const cells = (owners: number): Cells => new Array<undefined>(owners * model.slotCount);
  return {
    model,
    schedule,
    meetings: [],
    plannings: [],
    lunches: [],
    meetingsOfSection: model.sections.map(() => []),
    planningsOfTeam: model.teams.map(() => []),
    unplacedOfSection: model.sections.map(() => []),
    teaching: cells(model.teachers.length),
    groupMeetings: cells(model.groups.length),
    roomMeetings: cells(model.rooms.length),
    teamPlanning: cells(model.teams.length),
    teacherPlanning: cells(model.teachers.length),
    teacherLunch: cells(model.teachers.length),
    groupLunch: cells(model.groups.length),
    unresolved: [],
  };
}
