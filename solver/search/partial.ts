// Partial answers: from the best placement the search found, take sections out until what is
// left breaks no rule. Team planning is never taken out (it is the guarantee); the sections in
// its way are. Each unplaced meeting says why it could not stay.
import type { Unplaced } from "../model/format.ts";
import type { SearchState } from "./state.ts";
import { maskOf, periodOf } from "./units.ts";

export type Shed = { ok: boolean; unplaced: Unplaced[] };

export function shedConflicts(state: SearchState): Shed {
  const unplaced: Unplaced[] = [];
  const { D } = state;
  // Each planning move settles one team where only sheddable classes are in its way; the cap
  // only guards against two teams trading places for ever.
  let planningMoves = state.units.length;
  while (state.partialViolations() > 0) {
    const before = state.partialViolations();
    let best = -1;
    let bestGain = 0;
    for (let u = 0; u < state.units.length; u++) {
      const unit = state.units[u]!;
      const pos = state.pos[u]!;
      if (unit.kind !== "section" || unit.pinned || pos < 0 || !state.inConflict(u)) continue;
      state.place(u, -1);
      const gain = before - state.partialViolations();
      state.place(u, pos);
      if (gain > bestGain) {
        bestGain = gain;
        best = u;
      }
    }
    if (best < 0) {
      // Only planning or pinned meetings are left in conflict: move a team's planning to where
      // it breaks least (planning may move; it may not be dropped).
      if (planningMoves-- > 0 && movePlanning(state)) continue;
      return { ok: false, unplaced };
    }
    const reason = conflictReason(state, best);
    const unit = state.units[best]!;
    const days = maskOf(D, state.pos[best]!);
    state.place(best, -1);
    const id = state.model.sections[unit.owner]!.id;
    for (let d = 0; d < D; d++) if (days & (1 << d)) unplaced.push({ section: id, reason });
  }
  return { ok: true, unplaced };
}

/**
 * Moves one conflicting planning unit to a position where every member is available and meets
 * nothing that must stay (another team's planning, a pinned meeting): whatever else it meets
 * there, shedding can take out. False when no planning unit can move so.
 */
function movePlanning(state: SearchState): boolean {
  const { D, P } = state;
  const fixedAt = new Set<number>(); // teacher * slotCount + slot, held by what must stay
  state.units.forEach((unit, u) => {
    const pos = state.pos[u]!;
    if (pos < 0 || (unit.kind !== "planning" && !unit.pinned)) return;
    forEachSlot(D, P, pos, unit.length, (s) => {
      for (const t of unit.teachers) fixedAt.add(t * state.N + s);
    });
  });
  for (let u = 0; u < state.units.length; u++) {
    const unit = state.units[u]!;
    const pos = state.pos[u]!;
    if (unit.kind !== "planning" || pos < 0 || !state.inConflict(u)) continue;
    const own = new Set<number>();
    forEachSlot(D, P, pos, 1, (s) => {
      for (const t of unit.teachers) own.add(t * state.N + s);
    });
    const fits = (p: number): boolean => {
      let ok = true;
      forEachSlot(D, P, p, 1, (s) => {
        for (const t of unit.teachers) {
          const key = t * state.N + s;
          if (state.isUnavailable(t, s) || (fixedAt.has(key) && !own.has(key))) ok = false;
        }
      });
      return ok;
    };
    const target = unit.positions.find((p) => p !== pos && fits(p));
    if (target === undefined) continue;
    state.place(u, target);
    return true;
  }
  return false;
}

function forEachSlot(D: number, P: number, pos: number, length: number, f: (s: number) => void) {
  const p0 = periodOf(D, pos);
  const mask = maskOf(D, pos);
  for (let d = 0; d < D; d++) {
    if (mask & (1 << d)) for (let k = 0; k < length; k++) f(d * P + p0 + k);
  }
}

/** The first broken rule unit u takes part in, as a sentence. */
function conflictReason(state: SearchState, u: number): string {
  const { model, D, P, N } = state;
  const unit = state.units[u]!;
  const pos = state.pos[u]!;
  const p0 = periodOf(D, pos);
  const mask = maskOf(D, pos);
  const at = (d: number, p: number) => `${model.dayIds[d]} period ${model.periodIds[p]}`;
  for (let d = 0; d < D; d++) {
    if (!(mask & (1 << d))) continue;
    for (let k = 0; k < unit.length; k++) {
      const s = d * P + p0 + k;
      for (const t of unit.teachers) {
        const teacher = model.teachers[t]!;
        if (state.tBusy[t * N + s]! > 1) {
          return `No time was found in which ${teacher.name} (${teacher.id}) is free: at ${at(d, p0 + k)} they are already booked.`;
        }
        if (state.isUnavailable(t, s)) {
          return `${teacher.name} (${teacher.id}) is unavailable at ${at(d, p0 + k)}, the only time left.`;
        }
      }
      for (const l of unit.leaves) {
        if (state.lBusy[l * N + s]! > 1) {
          const group = model.groups[l]!;
          return `No time was found in which ${group.name} (${group.id}) is free: at ${at(d, p0 + k)} it is already in class.`;
        }
      }
    }
    if (model.hasRooms && state.unitRoom[u * D + d]! < 0) {
      return `No room that fits was free at ${at(d, p0)}.`;
    }
  }
  return "Placing it broke a teacher's daily or weekly limits (teaching, free periods or lunch).";
}
