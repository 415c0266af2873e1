// A scoped check. The grid asks "what would this move change?" for every cell a meeting could be
// dropped on, and a full check of the largest school costs milliseconds, so every rule can be told
// to look only at some teachers, groups, rooms, teams and sections, on some days. A rule asked with
// a scope reports every violation it would report without one that concerns what the scope names
// (it may report more). Asked twice with the same scope, before and after a change that touches
// nothing outside the scope, the two answers differ exactly as the two full checks would.
import type { Model } from "../model/model.ts";
import { cell, type Cells, type Occupancy } from "./occupancy.ts";

/**
 * What to look at. A kind left out (teachers, groups, ...) is not looked at at all; `days` left
 * out means every day. Rules about the whole cycle (minFreePerCycle, planning counts) read every
 * day of the teachers and teams named.
 */
export type CheckScope = {
  teachers?: readonly number[];
  groups?: readonly number[];
  rooms?: readonly number[];
  teams?: readonly number[];
  sections?: readonly number[];
  days?: readonly number[];
};

const NONE: readonly number[] = [];
const ranges: (readonly number[] | undefined)[] = [];

/** 0..n-1, shared between calls (never mutate it), so an unscoped check allocates nothing. */
export function range(n: number): readonly number[] {
  let r = ranges[n];
  if (!r) {
    r = Array.from({ length: n }, (_, i) => i);
    ranges[n] = r;
  }
  return r;
}

export const teachersIn = (occ: Occupancy, scope?: CheckScope): readonly number[] =>
  scope ? (scope.teachers ?? NONE) : range(occ.model.teachers.length);

export const groupsIn = (occ: Occupancy, scope?: CheckScope): readonly number[] =>
  scope ? (scope.groups ?? NONE) : range(occ.model.groups.length);

export const roomsIn = (occ: Occupancy, scope?: CheckScope): readonly number[] =>
  scope ? (scope.rooms ?? NONE) : range(occ.model.rooms.length);

export const teamsIn = (occ: Occupancy, scope?: CheckScope): readonly number[] =>
  scope ? (scope.teams ?? NONE) : range(occ.model.teams.length);

export const sectionsIn = (occ: Occupancy, scope?: CheckScope): readonly number[] =>
  scope ? (scope.sections ?? NONE) : range(occ.model.sections.length);

export const daysIn = (model: Model, scope?: CheckScope): readonly number[] =>
  scope?.days ?? range(model.dayCount);

/** The slots of the scope's days, in time order. */
export function slotsIn(model: Model, scope?: CheckScope): readonly number[] {
  if (!scope?.days) return range(model.slotCount);
  const out: number[] = [];
  for (const d of [...scope.days].sort((a, b) => a - b)) {
    for (let p = 0; p < model.periodCount; p++) out.push(d * model.periodCount + p);
  }
  return out;
}

/** Ids of the meetings of the scope's sections (on every day: a section's rules span its week). */
export function meetingIdsIn(occ: Occupancy, scope?: CheckScope): readonly number[] {
  if (!scope) return range(occ.meetings.length);
  const out: number[] = [];
  for (const s of scope.sections ?? NONE) out.push(...occ.meetingsOfSection[s]!);
  return out.sort((a, b) => a - b);
}

/** Ids of the lunches of the scope's teachers and groups on the scope's days. */
export function lunchIdsIn(occ: Occupancy, scope?: CheckScope): readonly number[] {
  if (!scope) return range(occ.lunches.length);
  const { model } = occ;
  const days = daysIn(model, scope);
  const out: number[] = [];
  const collect = (cells: Cells, owner: number) => {
    for (const d of days) {
      for (let p = 0; p < model.periodCount; p++) {
        out.push(...cell(cells, owner * model.slotCount + d * model.periodCount + p));
      }
    }
  };
  for (const t of scope.teachers ?? NONE) collect(occ.teacherLunch, t);
  for (const g of scope.groups ?? NONE) collect(occ.groupLunch, g);
  return out.sort((a, b) => a - b);
}
