// Lunch after a move. A schedule names each lunch, so a move that puts a class in someone's lunch
// period does not by itself take their lunch away: like the solver's output, the lunch goes to
// another free period of the window (a teacher's spread over the window the way the solver
// spreads them). Only when no free window period is left does "a lunch would vanish".
import { groupBusyAt, plansAt, teachesAt, worksOn } from "../constraints/queries.ts";
import {
  addLunch,
  cell,
  moveLunch,
  removeLunch,
  restoreLunch,
  undoAddLunch,
  type Cells,
  type Occupancy,
} from "../validate/occupancy.ts";
import type { LunchEdit } from "./types.ts";

function lunchIdsOn(occ: Occupancy, cells: Cells, owner: number, day: number): number[] {
  const { model } = occ;
  const out: number[] = [];
  for (let p = 0; p < model.periodCount; p++) {
    out.push(...cell(cells, owner * model.slotCount + day * model.periodCount + p));
  }
  return out;
}

const windowOf = (occ: Occupancy): number[] =>
  (occ.model.lunchPeriods ?? []).flatMap((ok, p) => (ok ? [p] : []));

/** A window period in which the teacher neither teaches nor plans and is available. */
function teacherLunchPeriod(occ: Occupancy, t: number, day: number): number | null {
  const window = windowOf(occ);
  const base = day * occ.model.periodCount;
  for (let i = 0; i < window.length; i++) {
    const p = window[(t + day + i) % window.length]!;
    const slot = base + p;
    if (occ.model.teachers[t]!.unavailable[slot]) continue;
    if (!teachesAt(occ, t, slot) && !plansAt(occ, t, slot)) return p;
  }
  return null;
}

/** A window period in which no section of the group or of a relative meets. */
function groupLunchPeriod(occ: Occupancy, g: number, day: number): number | null {
  const base = day * occ.model.periodCount;
  return windowOf(occ).find((p) => !groupBusyAt(occ, g, base + p)) ?? null;
}

/**
 * Re-picks the lunches of these teachers and fullDay groups on these days where a change left one
 * busy, missing or no longer needed; answers the edits made, for undoLunches and for the file.
 */
export function repickLunches(
  occ: Occupancy,
  teachers: readonly number[],
  groups: readonly number[],
  days: readonly number[],
): LunchEdit[] {
  const { model } = occ;
  const edits: LunchEdit[] = [];
  if (!model.lunchPeriods) return edits;
  const move = (id: number, day: number, period: number | null) => {
    const l = occ.lunches[id]!;
    if (period === null) return; // nothing free: the check reports the lunch as gone
    moveLunch(occ, id, { day, period });
    edits.push({ kind: "moved", id, from: { day, period: l.period }, to: { day, period } });
  };
  for (const t of teachers) {
    for (const day of days) {
      const ids = lunchIdsOn(occ, occ.teacherLunch, t, day);
      const works = worksOn(occ, t, day);
      if (ids.length === 0) {
        const period = works ? teacherLunchPeriod(occ, t, day) : null;
        if (period === null) continue;
        const l = { teacher: t, group: -1, day, period };
        edits.push({ kind: "added", id: addLunch(occ, l), ...l });
      } else if (ids.length === 1) {
        const id = ids[0]!;
        const l = occ.lunches[id]!;
        const slot = day * model.periodCount + l.period;
        if (!works) {
          removeLunch(occ, id);
          edits.push({ kind: "removed", id, ...l });
        } else if (teachesAt(occ, t, slot) || plansAt(occ, t, slot)) {
          move(id, day, teacherLunchPeriod(occ, t, day));
        }
      }
    }
  }
  for (const g of groups) {
    if (!model.groups[g]!.fullDay) continue;
    for (const day of days) {
      const ids = lunchIdsOn(occ, occ.groupLunch, g, day);
      if (ids.length === 0) {
        const period = groupLunchPeriod(occ, g, day);
        if (period === null) continue;
        const l = { teacher: -1, group: g, day, period };
        edits.push({ kind: "added", id: addLunch(occ, l), ...l });
      } else if (ids.length === 1) {
        const id = ids[0]!;
        if (groupBusyAt(occ, g, day * model.periodCount + occ.lunches[id]!.period)) {
          move(id, day, groupLunchPeriod(occ, g, day));
        }
      }
    }
  }
  return edits;
}

/** Puts every lunch back as it was before repickLunches, newest edit first. */
export function undoLunches(occ: Occupancy, edits: readonly LunchEdit[]): void {
  for (let i = edits.length - 1; i >= 0; i--) {
    const e = edits[i]!;
    if (e.kind === "moved") moveLunch(occ, e.id, e.from);
    else if (e.kind === "added") undoAddLunch(occ, e.id);
    else {
      restoreLunch(occ, e.id, { teacher: e.teacher, group: e.group, day: e.day, period: e.period });
    }
  }
}
