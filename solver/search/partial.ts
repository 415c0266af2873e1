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
    if (best < 0) return { ok: false, unplaced };
    const reason = conflictReason(state, best);
    const unit = state.units[best]!;
    const days = maskOf(D, state.pos[best]!);
    state.place(best, -1);
    const id = state.model.sections[unit.owner]!.id;
    for (let d = 0; d < D; d++) if (days & (1 << d)) unplaced.push({ section: id, reason });
  }
  return { ok: true, unplaced };
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
