// Which sections fill a group's time, and how to say whose sections they are.
import type { Model } from "../model/model.ts";
import { groupName, listing } from "./describe.ts";

/** Sections that list group g or one of its ancestors: those that count for a fullDay group. */
export function coveringSections(model: Model, g: number): number[] {
  const chain = new Set([g, ...model.groups[g]!.ancestors]);
  return model.sectionsOfGroup[g]!.filter((s) =>
    model.sections[s]!.groups.some((x) => chain.has(x)),
  );
}

/** "its sections" or "the sections of 6A1 (g6-a1) and Grade 6 (g6)". */
export function whoseSections(model: Model, g: number, sections: readonly number[]): string {
  const related = new Set([g, ...model.groups[g]!.ancestors, ...model.groups[g]!.descendants]);
  const owners = new Set<number>();
  for (const s of sections)
    for (const x of model.sections[s]!.groups) if (related.has(x)) owners.add(x);
  if (owners.size <= 1 && (owners.size === 0 || owners.has(g))) return "its sections";
  return `the sections of ${listing([...owners].sort((a, b) => a - b).map((x) => groupName(model, x)))}`;
}

/** Section-periods a day must hold: sections that meet on every day they may, on day d. */
export function forcedOnDay(
  model: Model,
  sections: readonly number[],
  allowedDayCount: readonly number[],
  d: number,
): number[] {
  return sections.filter((s) => {
    const section = model.sections[s]!;
    return section.allowedDays[d] && section.meetings === allowedDayCount[s];
  });
}
