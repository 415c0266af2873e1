// What a clean template whose days could not be found teaches the next attempt (solve.ts).
// The template's aggregate rules are necessary, not sufficient: a teacher may hold no more
// classes at a period than it has days there, yet the days of its groups cannot be fitted
// around them; a teacher may have enough free lunch-days in all, yet on one day every lunch
// period is taken; a part-week teacher may hold no more classes at any period than the days it
// may work, yet teach them on more days. The narrow search ends on exactly such rules, so the
// next template starts from the failed one with those teachers held tighter, and only a few of
// its items move; the last kind only narrows the next day search.
// See docs/adr/0003-template-lessons.md and 0004-column-moves.md.
import type { TemplateRules } from "./template-counts.ts";
import type { SearchState } from "./state.ts";
import type { Unit } from "./units.ts";

export type Lessons = Required<Omit<TemplateRules, "spareTeamDays">> & {
  /** The failed template (unit periods), where the next search starts. */
  from: Int32Array;
  /**
   * [teacher, days]: a teacher short of free periods in the cycle teaches only on these days (a
   * bit mask) in the next day search; the template cannot say it, being blind to days.
   */
  workDays: [number, number][];
};

/**
 * The lessons of a failed day search on a clean template, added to those already learned; null
 * when it teaches nothing new or `limit` lessons are already held (a new template is then due).
 */
export function learn(
  previous: Lessons | null,
  template: Int32Array,
  strictLunch: boolean,
  narrow: SearchState,
  limit: number,
): Lessons | null {
  const cuts = [...(previous?.cuts ?? [])];
  const strictLunchFor = [...(previous?.strictLunchFor ?? [])];
  const workDays = [...(previous?.workDays ?? [])];
  const before = cuts.length + strictLunchFor.length + workDays.length;
  // A teacher's meetings at a period that could not be laid out on days: one fewer next time.
  for (const [t, p, meetings] of narrow.clashingTeacherPeriods()) {
    const most = meetings - 1;
    if (!cuts.some((c) => c[0] === t && c[1] === p && c[2] <= most)) cuts.push([t, p, most]);
  }
  if (!strictLunch) {
    for (const t of narrow.teachersWithoutLunch()) {
      if (!strictLunchFor.includes(t)) strictLunchFor.push(t);
    }
  }
  // A teacher that worked more days than its free periods allow: the days it keeps.
  for (const [t, days] of narrow.teachersWorkingTooManyDays()) {
    if (!workDays.some((w) => w[0] === t)) workDays.push([t, days]);
  }
  const learned = cuts.length + strictLunchFor.length + workDays.length;
  if (learned === before || learned > limit) return null;
  return { from: template, cuts, strictLunchFor, strictLunch, workDays };
}

/**
 * The lesson of a clean template whose part-week teachers' working days cannot be chosen
 * (work-days.ts): the culprit unit's teachers hold one meeting fewer at its period, so that the
 * repair moves it or a class beside it. Null as for learn.
 */
export function learnFromWorkDays(
  previous: Lessons | null,
  template: Int32Array,
  strictLunch: boolean,
  units: readonly Unit[],
  culprit: number,
  limit: number,
): Lessons | null {
  const cuts = [...(previous?.cuts ?? [])];
  const before = cuts.length;
  const p = template[culprit]!;
  if (p < 0) return null;
  for (const t of units[culprit]!.teachers) {
    // The teacher's meetings covering period p in the template.
    let meetings = 0;
    units.forEach((unit, u) => {
      const q = template[u]!;
      if (q >= 0 && q <= p && p < q + unit.length && unit.teachers.includes(t)) {
        meetings += unit.count;
      }
    });
    const most = meetings - 1;
    if (!cuts.some((c) => c[0] === t && c[1] === p && c[2] <= most)) cuts.push([t, p, most]);
  }
  const learned =
    cuts.length + (previous?.strictLunchFor.length ?? 0) + (previous?.workDays.length ?? 0);
  if (cuts.length === before || learned > limit) return null;
  return {
    from: template,
    cuts,
    strictLunchFor: [...(previous?.strictLunchFor ?? [])],
    strictLunch,
    workDays: [...(previous?.workDays ?? [])],
  };
}
