// Turns a search state into a schedule file: placements with rooms, planning slots, and the
// lunch of every fullDay group and of every teacher on every day they work.
import type { LunchEntry, Placement, PlanningSlot } from "../model/format.ts";
import type { SearchState } from "./state.ts";
import { maskOf, periodOf } from "./units.ts";

export type ScheduleBody = {
  placements: Placement[];
  planning: PlanningSlot[];
  lunch: LunchEntry[];
};

export function scheduleBody(state: SearchState): ScheduleBody {
  const { model, D, P, N } = state;
  const placements: Placement[] = [];
  const planning: PlanningSlot[] = [];
  state.units.forEach((unit, u) => {
    const pos = state.pos[u]!;
    if (pos < 0) return;
    const p = periodOf(D, pos);
    const mask = maskOf(D, pos);
    for (let d = 0; d < D; d++) {
      if (!(mask & (1 << d))) continue;
      const day = model.dayIds[d]!;
      const period = model.periodIds[p]!;
      if (unit.kind === "planning") {
        planning.push({ team: model.teams[unit.owner]!.id, day, period });
      } else {
        const placement: Placement = { section: model.sections[unit.owner]!.id, day, period };
        const r = state.unitRoom[u * D + d]!;
        if (model.hasRooms && r >= 0) placement.room = model.rooms[r]!.id;
        placements.push(placement);
      }
    }
  });
  const order = (a: { day: string; period: string }, b: { day: string; period: string }) =>
    model.dayIndex.get(a.day)! - model.dayIndex.get(b.day)! ||
    model.periodIndex.get(a.period)! - model.periodIndex.get(b.period)!;
  placements.sort(
    (a, b) => order(a, b) || (a.section < b.section ? -1 : a.section > b.section ? 1 : 0),
  );
  planning.sort((a, b) => order(a, b) || (a.team < b.team ? -1 : a.team > b.team ? 1 : 0));

  const lunch: LunchEntry[] = [];
  const window = model.lunchPeriods;
  if (window) {
    const windowPeriods = window.flatMap((ok, p) => (ok ? [p] : []));
    for (const g of model.groups) {
      if (!g.fullDay) continue;
      for (let d = 0; d < D; d++) {
        const p = windowPeriods.find((q) => state.inv[g.index * N + d * P + q] === 0);
        if (p !== undefined)
          lunch.push({ group: g.id, day: model.dayIds[d]!, period: model.periodIds[p]! });
      }
    }
    for (const t of model.teachers) {
      for (let d = 0; d < D; d++) {
        const base = t.index * N + d * P;
        let works = false;
        for (let p = 0; p < P; p++) if (state.tBusy[base + p]! > 0) works = true;
        if (!works) continue;
        // Spread teachers over the window so that the staff room is not full in one period.
        const k = windowPeriods.length;
        for (let i = 0; i < k; i++) {
          const p = windowPeriods[(t.index + d + i) % k]!;
          if (state.tBusy[base + p] === 0 && !t.unavailable[d * P + p]) {
            lunch.push({ teacher: t.id, day: model.dayIds[d]!, period: model.periodIds[p]! });
            break;
          }
        }
      }
    }
  }
  return { placements, planning, lunch };
}
