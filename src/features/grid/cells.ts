// What each cell of a row holds, read from the occupancy index: section meetings, planning
// blocks, lunch, and whether the slot is free or unavailable. In the compact view a column is a
// period, and an item lists the days it meets at that period.
import { cell, type Model, type Occupancy } from "../../../solver/index.ts";
import type { RowOwner } from "./rows.ts";

export type Column = {
  key: string;
  /** null in the compact view: the column is the period on every day. */
  day: number | null;
  period: number;
};

export function columnsOf(model: Model, compact: boolean): Column[] {
  const out: Column[] = [];
  if (compact) {
    for (let p = 0; p < model.periodCount; p++) out.push({ key: `p${p}`, day: null, period: p });
    return out;
  }
  for (let d = 0; d < model.dayCount; d++) {
    for (let p = 0; p < model.periodCount; p++) out.push({ key: `${d}-${p}`, day: d, period: p });
  }
  return out;
}

export type MeetingItem = {
  kind: "meeting";
  /** The meeting to drag (the first one of the section in this column). */
  id: number;
  section: number;
  room: number;
  /** False for the second period of a double meeting: shown, not dragged from there. */
  start: boolean;
  pinned: boolean;
  days: number[];
};

export type PlanningItem = { kind: "planning"; id: number; team: number; days: number[] };

export type CellItem = MeetingItem | PlanningItem;

export type CellData = {
  items: CellItem[];
  /** Days of the column on which the row's teacher or group has lunch here. */
  lunchDays: number[];
  /** Every day of the column is unavailable (the teacher's or the room's). */
  unavailable: boolean;
  /** A teacher with nothing here (no class, planning or lunch) on an available slot. */
  free: boolean;
  /** A team row's slot without its planning: members free / members, to help pick a slot. */
  membersFree: number | null;
};

export function isPinned(model: Model, occ: Occupancy, id: number): boolean {
  const m = occ.meetings[id];
  if (!m) return false;
  return model.sections[m.section]!.pins.some(
    (pin) => pin.day === m.day && pin.period === m.period && (pin.room < 0 || pin.room === m.room),
  );
}

/** Meeting and planning ids of the row's owner at one slot. */
function idsAt(
  occ: Occupancy,
  owner: RowOwner,
  slot: number,
): { meetings: number[]; plannings: number[] } {
  const { model } = occ;
  const key = owner.index * model.slotCount + slot;
  switch (owner.kind) {
    case "teacher":
      return {
        meetings: [...cell(occ.teaching, key)],
        plannings: [...cell(occ.teacherPlanning, key)],
      };
    case "group": {
      // What the students attend: sections of the group and of every group above it.
      const meetings = [...cell(occ.groupMeetings, key)];
      for (const a of model.groups[owner.index]!.ancestors) {
        meetings.push(...cell(occ.groupMeetings, a * model.slotCount + slot));
      }
      return { meetings, plannings: [] };
    }
    case "room":
      return { meetings: [...cell(occ.roomMeetings, key)], plannings: [] };
    case "team":
      return { meetings: [], plannings: [...cell(occ.teamPlanning, key)] };
  }
}

function memberFree(occ: Occupancy, t: number, slot: number): boolean {
  const { model } = occ;
  const key = t * model.slotCount + slot;
  return (
    !model.teachers[t]!.unavailable[slot] &&
    cell(occ.teaching, key).length === 0 &&
    cell(occ.teacherPlanning, key).length === 0 &&
    cell(occ.teacherLunch, key).length === 0
  );
}

function unavailableAt(model: Model, owner: RowOwner, slot: number): boolean {
  if (owner.kind === "teacher") return model.teachers[owner.index]!.unavailable[slot] ?? false;
  if (owner.kind === "room") return model.rooms[owner.index]!.unavailable[slot] ?? false;
  return false;
}

function lunchAt(occ: Occupancy, owner: RowOwner, slot: number): boolean {
  const key = owner.index * occ.model.slotCount + slot;
  if (owner.kind === "teacher") return cell(occ.teacherLunch, key).length > 0;
  if (owner.kind === "group") return cell(occ.groupLunch, key).length > 0;
  return false;
}

export function cellData(occ: Occupancy, owner: RowOwner, column: Column): CellData {
  const { model } = occ;
  const days = column.day === null ? model.dayIds.map((_, d) => d) : [column.day];
  const bySection = new Map<number, MeetingItem>();
  const byTeam = new Map<number, PlanningItem>();
  const lunchDays: number[] = [];
  let unavailable = true;
  let busy = false;
  let free = 0;
  for (const day of days) {
    const slot = day * model.periodCount + column.period;
    const { meetings, plannings } = idsAt(occ, owner, slot);
    for (const id of meetings) {
      const m = occ.meetings[id]!;
      const item = bySection.get(m.section);
      if (item) {
        if (!item.days.includes(day)) item.days.push(day);
        continue;
      }
      bySection.set(m.section, {
        kind: "meeting",
        id,
        section: m.section,
        room: m.room,
        start: m.period === column.period,
        pinned: isPinned(model, occ, id),
        days: [day],
      });
    }
    for (const id of plannings) {
      const team = occ.plannings[id]!.team;
      const item = byTeam.get(team);
      if (item) item.days.push(day);
      else byTeam.set(team, { kind: "planning", id, team, days: [day] });
    }
    if (lunchAt(occ, owner, slot)) lunchDays.push(day);
    if (!unavailableAt(model, owner, slot)) unavailable = false;
    if (meetings.length > 0 || plannings.length > 0) busy = true;
    if (owner.kind === "team") {
      for (const t of model.teams[owner.index]!.members) if (memberFree(occ, t, slot)) free++;
    }
  }
  const items: CellItem[] = [...bySection.values(), ...byTeam.values()];
  const teamSize = owner.kind === "team" ? model.teams[owner.index]!.members.length : 0;
  return {
    items,
    lunchDays,
    unavailable,
    free: owner.kind === "teacher" && !busy && !unavailable && lunchDays.length === 0,
    membersFree:
      owner.kind === "team" && byTeam.size === 0 && days.length === 1 && teamSize > 0 ? free : null,
  };
}

/**
 * The compact view (one column per period) fits when every section meets at one period on all
 * its days, so a period column can say where each section is without losing anything.
 */
export function canCompact(occ: Occupancy): boolean {
  return occ.meetingsOfSection.every((ids) => {
    let period = -1;
    for (const id of ids) {
      const m = occ.meetings[id];
      if (!m) continue;
      if (period >= 0 && m.period !== period) return false;
      period = m.period;
    }
    return true;
  });
}
