// Names and counts for the findings' sentences. The names are the validator's, so that an
// explanation and a violation call the same teacher the same way.
import type { Model } from "../model/model.ts";
import { listing, plural } from "../validate/describe.ts";

export {
  groupName,
  listing,
  plural,
  slotName,
  teacherName,
  teamName,
} from "../validate/describe.ts";

/** "sci6-a1 (Science 6)". */
export const sectionName = (model: Model, s: number): string => {
  const section = model.sections[s]!;
  return `${section.id} (${section.course})`;
};

/** "40 slots of the cycle (5 days x 8 periods)". */
export const cycleSlots = (model: Model): string =>
  `${model.slotCount} slots of the cycle (${plural(model.dayCount, "day")} x ${plural(model.periodCount, "period")})`;

/** "period 3" or "periods 2, 3 and 4", in bell order. */
export const periodList = (model: Model, mask: readonly boolean[]): string => {
  const ids = model.periodIds.filter((_, p) => mask[p]);
  return `${ids.length === 1 ? "period" : "periods"} ${listing(ids)}`;
};

/** "Mon" or "Mon, Tue and Wed". */
export const dayList = (model: Model, days: readonly number[]): string =>
  listing(days.map((d) => model.dayIds[d]!));

/** The first few names and how many more, so that a sentence stays readable. */
export const someOf = (names: readonly string[], max = 4): string =>
  names.length <= max
    ? listing(names)
    : `${names.slice(0, max).join(", ")} and ${names.length - max} more`;

/** "3 + 2" for a sum's parts, or "" when there is only one part. */
export const sumOf = (parts: readonly number[]): string =>
  parts.length > 1 ? ` (${parts.join(" + ")})` : "";
