// Days a teacher's sure classes already fill. A Spanish teacher who works Monday, Wednesday and
// Friday teaches her four three-day classes on all three, whatever else happens; on Monday she is
// also away in period 2, so seven periods less a lunch less two free periods (minFreePerDay)
// leave room for those four classes and nothing more. Her department's planning can only be on
// Friday. Nothing that chooses days sees this before the days are placed (the generated
// 720-section middle school: clean templates, days found, and that one rule broken by a
// planning position the narrowed search could not leave). See docs/adr/0011-teacher-starts.md.
import type { Model } from "../model/model.ts";
import { maskOf, type Unit } from "./units.ts";

/**
 * Drops, in place, every position that puts a unit on a day its teacher's sure meetings leave no
 * room on: busy periods (teaching and planning) past the day's available periods less a lunch
 * less minFreePerDay, or teaching past maxTeachingPerDay. A meeting is sure on a day when every
 * position of its unit includes that day. Repeated until nothing changes, since a unit that loses
 * positions can become sure of a day. A unit never loses its last position: what cannot fit at
 * all is left to the search and the explanations.
 */
export function dropOverfullDays(model: Model, units: Unit[]): void {
  const D = model.dayCount;
  const P = model.periodCount;
  const T = model.teachers.length;
  const lunch = model.lunchPeriods?.some(Boolean) ? 1 : 0;
  const busyCap = new Int32Array(T * D);
  const teachCap = new Float64Array(T * D);
  let limited = false;
  model.teachers.forEach((t, ti) => {
    for (let d = 0; d < D; d++) {
      let open = 0;
      for (let p = 0; p < P; p++) if (!t.unavailable[d * P + p]) open++;
      busyCap[ti * D + d] = open - lunch - t.minFreePerDay;
      teachCap[ti * D + d] = t.maxTeachingPerDay;
    }
    if (t.minFreePerDay > 0 || t.maxTeachingPerDay < P) limited = true;
  });
  // Without daily limits the only bound is the day's open periods, which clashes already keep.
  if (!limited) return;
  const longest = new Int32Array(T);
  for (const unit of units) {
    for (const t of unit.teachers) longest[t] = Math.max(longest[t]!, unit.length);
  }
  const busy = new Int32Array(T * D);
  const teach = new Int32Array(T * D);
  const sure = new Int32Array(units.length);
  for (let changed = true; changed;) {
    changed = false;
    busy.fill(0);
    teach.fill(0);
    units.forEach((unit, u) => {
      let days = unit.positions.length > 0 ? (1 << D) - 1 : 0;
      for (const pos of unit.positions) days &= maskOf(D, pos);
      sure[u] = days;
      for (let d = 0; d < D; d++) {
        if (!(days & (1 << d))) continue;
        for (const t of unit.teachers) {
          busy[t * D + d]! += unit.length;
          if (unit.kind === "section") teach[t * D + d]! += unit.length;
        }
      }
    });
    // Most teachers' sure meetings leave room for any unit of theirs: nothing to drop there.
    const tight = new Uint8Array(T);
    let any = false;
    for (let t = 0; t < T; t++) {
      for (let d = 0; d < D; d++) {
        const k = t * D + d;
        if (busy[k]! + longest[t]! > busyCap[k]! || teach[k]! + longest[t]! > teachCap[k]!) {
          tight[t] = 1;
          any = true;
        }
      }
    }
    if (!any) return;
    units.forEach((unit, u) => {
      if (unit.positions.length <= 1 || !unit.teachers.some((t) => tight[t])) return;
      const fits = (pos: number): boolean => {
        const mask = maskOf(D, pos) & ~sure[u]!;
        for (let d = 0; d < D; d++) {
          if (!(mask & (1 << d))) continue;
          for (const t of unit.teachers) {
            if (busy[t * D + d]! + unit.length > busyCap[t * D + d]!) return false;
            if (unit.kind === "section" && teach[t * D + d]! + unit.length > teachCap[t * D + d]!)
              return false;
          }
        }
        return true;
      };
      const kept = unit.positions.filter(fits);
      if (kept.length > 0 && kept.length < unit.positions.length) {
        unit.positions = kept;
        changed = true;
      }
    });
  }
}
