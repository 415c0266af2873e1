// Names for messages: what a scheduler reads (names) next to what a program matches (ids).
// Only violations call these, so string work stays off the rules' hot loops.
import type { Model } from "../model/model.ts";

export const teacherName = (model: Model, t: number): string => {
  const teacher = model.teachers[t]!;
  return `${teacher.name} (${teacher.id})`;
};

export const groupName = (model: Model, g: number): string => {
  const group = model.groups[g]!;
  return `${group.name} (${group.id})`;
};

export const teamName = (model: Model, team: number): string => {
  const t = model.teams[team]!;
  const raw = model.school.teams?.[team]?.name;
  return raw ? `Team "${raw}" (${t.id})` : `Team ${t.id}`;
};

export const sectionId = (model: Model, s: number): string => model.sections[s]!.id;

export const roomName = (model: Model, r: number): string => `room ${model.rooms[r]!.id}`;

export const dayId = (model: Model, d: number): string => model.dayIds[d]!;

export const periodId = (model: Model, p: number): string => model.periodIds[p]!;

export const slotName = (model: Model, d: number, p: number): string =>
  `${dayId(model, d)} period ${periodId(model, p)}`;

/** The day and period fields of a violation at one slot. */
export const at = (model: Model, d: number, p: number): { day: string; period: string } => ({
  day: dayId(model, d),
  period: periodId(model, p),
});

/** "a", "a and b", "a, b and c". */
export const listing = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]!}`;

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;

/** Distinct values, sorted, so messages do not depend on the order of the schedule's entries. */
export const distinctSorted = (values: Iterable<number>): number[] =>
  [...new Set(values)].sort((a, b) => a - b);
