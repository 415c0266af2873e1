// Questions several rules ask of the occupancy index. They allocate nothing in the common case
// (an empty or single-entry cell), which keeps a full validation in the low milliseconds.
import { cell, type Occupancy } from "../validate/occupancy.ts";

export const teachesAt = (occ: Occupancy, t: number, slot: number): boolean =>
  cell(occ.teaching, t * occ.model.slotCount + slot).length > 0;

export const plansAt = (occ: Occupancy, t: number, slot: number): boolean =>
  cell(occ.teacherPlanning, t * occ.model.slotCount + slot).length > 0;

export const lunchesAt = (occ: Occupancy, t: number, slot: number): boolean =>
  cell(occ.teacherLunch, t * occ.model.slotCount + slot).length > 0;

/** The spec's working day: the teacher teaches or plans on it. */
export function worksOn(occ: Occupancy, t: number, day: number): boolean {
  const base = day * occ.model.periodCount;
  for (let p = 0; p < occ.model.periodCount; p++) {
    if (teachesAt(occ, t, base + p) || plansAt(occ, t, base + p)) return true;
  }
  return false;
}

/** Available periods of the day with no teaching, planning or lunch: the teacher's own time. */
export function freePeriods(occ: Occupancy, t: number, day: number): number {
  const unavailable = occ.model.teachers[t]!.unavailable;
  const base = day * occ.model.periodCount;
  let free = 0;
  for (let p = 0; p < occ.model.periodCount; p++) {
    const slot = base + p;
    if (unavailable[slot] || teachesAt(occ, t, slot) || plansAt(occ, t, slot)) continue;
    if (!lunchesAt(occ, t, slot)) free++;
  }
  return free;
}

/** Some section of the group, of an ancestor or of a descendant meets in the slot. */
export function groupBusyAt(occ: Occupancy, g: number, slot: number): boolean {
  const { model } = occ;
  for (const c of model.groupConflicts[g]!) {
    if (cell(occ.groupMeetings, c * model.slotCount + slot).length > 0) return true;
  }
  return false;
}

/** The group has a class: a section of it or of an ancestor (the spec's fullDay reading). */
export function groupInClassAt(occ: Occupancy, g: number, slot: number): boolean {
  const { model } = occ;
  if (cell(occ.groupMeetings, g * model.slotCount + slot).length > 0) return true;
  for (const a of model.groups[g]!.ancestors) {
    if (cell(occ.groupMeetings, a * model.slotCount + slot).length > 0) return true;
  }
  return false;
}

/** Sections of the given meetings, distinct and sorted. */
export function sectionsOf(occ: Occupancy, meetingIds: readonly number[]): number[] {
  const out = new Set<number>();
  for (const id of meetingIds) {
    const m = occ.meetings[id];
    if (m) out.add(m.section);
  }
  return [...out].sort((a, b) => a - b);
}

/** Teams of the given planning meetings, distinct and sorted. */
export function teamsOf(occ: Occupancy, planningIds: readonly number[]): number[] {
  const out = new Set<number>();
  for (const id of planningIds) {
    const pm = occ.plannings[id];
    if (pm) out.add(pm.team);
  }
  return [...out].sort((a, b) => a - b);
}

/** Live entries of a list of ids (skips removed ones). */
export function live<T>(entries: readonly (T | null)[], ids: readonly number[]): T[] {
  const out: T[] = [];
  for (const id of ids) {
    const e = entries[id];
    if (e) out.push(e);
  }
  return out;
}
