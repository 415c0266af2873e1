// Why a teacher's days hold no more than they do, in words, for the teacher checks' sentences.
import type { Facts } from "./facts.ts";
import { cycleSlots, dayList, plural } from "./describe.ts";

/** "they are available in only 30 of the 40 slots of the cycle (...)". */
export function availabilityText(facts: Facts, t: number): string {
  const available = facts.teachers[t]!.available;
  return available === facts.model.slotCount
    ? `they are available in all ${cycleSlots(facts.model)}`
    : `they are available in only ${available} of the ${cycleSlots(facts.model)}`;
}

/** What each working day sets aside: ", and each day they work also needs a lunch and ...". */
export function dailyCostText(facts: Facts, t: number): string {
  const teacher = facts.model.teachers[t]!;
  const costs: string[] = [];
  if (facts.lunch) costs.push("a lunch");
  if (teacher.minFreePerDay > 0) {
    costs.push(`${plural(teacher.minFreePerDay, "free period")} (minFreePerDay)`);
  }
  const noLunch = facts.teachers[t]!.noLunchDays;
  const parts: string[] = [];
  if (costs.length > 0) parts.push(`each day they work also needs ${costs.join(" and ")}`);
  if (noLunch.length > 0) {
    parts.push(
      `they cannot work on ${dayList(facts.model, noLunch)}, where none of their available periods is in the lunch window`,
    );
  }
  return parts.length > 0 ? `, and ${parts.join(", and ")}` : "";
}

/** Days on which the teacher could work at all. */
export const workableDays = (facts: Facts, t: number): number =>
  facts.teachers[t]!.dayCapacity.filter((c) => c > 0).length;
