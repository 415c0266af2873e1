import { at, groupName, listing, plural, slotName } from "../validate/describe.ts";
import { cell, type Occupancy } from "../validate/occupancy.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { groupInClassAt } from "./queries.ts";
import { groupsIn, range, slotsIn } from "../validate/scope.ts";

/**
 * Periods a partial answer may leave empty for each group: the periods of its unplaced meetings
 * (of sections that count for it, those of the group or an ancestor).
 */
function unplacedPeriods(occ: Occupancy): number[] {
  const { model } = occ;
  const allowance = model.groups.map(() => 0);
  if (occ.schedule.status !== "partial") return allowance;
  for (const section of model.sections) {
    const placed = occ.meetingsOfSection[section.index]!.length;
    const open = Math.max(0, section.meetings - placed);
    const unplaced = Math.min(open, occ.unplacedOfSection[section.index]!.length);
    if (unplaced === 0) continue;
    const counted = new Set<number>();
    for (const g of section.groups) {
      counted.add(g);
      for (const c of model.groups[g]!.descendants) counted.add(c);
    }
    for (const g of counted) allowance[g]! += unplaced * section.length;
  }
  return allowance;
}

export const fullDayHole: Constraint<"full-day-hole"> = {
  rule: "full-day-hole",
  protects:
    "Students of a fullDay group are never left without a class: a section of the group or of " +
    "a group above it in every period but lunch.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    const allowance = unplacedPeriods(occ);
    const scoped = slotsIn(model, scope);
    for (const g of groupsIn(occ, scope)) {
      const group = model.groups[g]!;
      if (!group.fullDay) continue;
      const allowed = allowance[group.index]!;
      // With an allowance the finding lists every hole of the cycle, so every day is read.
      const slots = allowed === 0 ? scoped : range(model.slotCount);
      const holes: number[] = [];
      for (const slot of slots) {
        if (groupInClassAt(occ, group.index, slot)) continue;
        if (cell(occ.groupLunch, group.index * model.slotCount + slot).length > 0) continue;
        holes.push(slot);
      }
      if (holes.length <= allowed) continue;
      const name = groupName(model, group.index);
      const slotOf = (slot: number) =>
        [Math.floor(slot / model.periodCount), slot % model.periodCount] as const;
      if (allowed === 0) {
        for (const slot of holes) {
          const [d, p] = slotOf(slot);
          out.push({
            rule: "full-day-hole",
            message: `${name} has no class at ${slotName(model, d, p)}, and it is not its lunch.`,
            ...at(model, d, p),
            groups: [group.id],
          });
        }
      } else {
        out.push({
          rule: "full-day-hole",
          message:
            `${name} has no class at ${listing(holes.map((s) => slotName(model, ...slotOf(s))))}: ` +
            `${plural(holes.length, "empty period")}, more than the ${allowed} its unplaced meetings leave.`,
          groups: [group.id],
        });
      }
    }
    return out;
  },
};
