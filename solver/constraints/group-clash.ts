import { at, groupName, slotName } from "../validate/describe.ts";
import { cell } from "../validate/occupancy.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { groupsIn, slotsIn } from "../validate/scope.ts";

export const groupClash: Constraint<"group-clash"> = {
  rule: "group-clash",
  protects:
    "Students are in one place at a time: a section of a group overlaps no section of that " +
    "group, of a group above it or of a group below it.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const { slotCount } = model;
    const out: Violation[] = [];
    const seen = new Set<number>();
    const report = (slot: number, a: number, b: number, ga: number, gb: number) => {
      const sa = occ.meetings[a]!.section;
      const sb = occ.meetings[b]!.section;
      if (sa === sb) return; // one section twice in a slot is section-twice-a-day's finding
      const [lo, hi] = sa < sb ? [sa, sb] : [sb, sa];
      const key = (lo * model.sections.length + hi) * slotCount + slot;
      if (seen.has(key)) return;
      seen.add(key);
      const d = Math.floor(slot / model.periodCount);
      const p = slot % model.periodCount;
      // Within one group the order is by section, so messages do not follow the file's order.
      const idA = model.sections[ga === gb ? lo : sa]!.id;
      const idB = model.sections[ga === gb ? hi : sb]!.id;
      const when = slotName(model, d, p);
      const nameA = groupName(model, ga);
      const nameB = groupName(model, gb);
      out.push({
        rule: "group-clash",
        message:
          ga === gb
            ? `${idA} and ${idB} both meet with ${nameA} at ${when}.`
            : `${idA} (${nameA}) and ${idB} (${nameB}) meet at ${when}, but ${nameA} is part of ${nameB}.`,
        ...at(model, d, p),
        sections: [idA, idB],
        groups: ga === gb ? [model.groups[ga]!.id] : [model.groups[ga]!.id, model.groups[gb]!.id],
      });
    };
    const slots = slotsIn(model, scope);
    for (const g of groupsIn(occ, scope)) {
      const ancestors = model.groups[g]!.ancestors;
      for (const slot of slots) {
        const here = cell(occ.groupMeetings, g * slotCount + slot);
        if (here.length === 0) continue;
        // Each related pair (g, g) or (g, ancestor) is visited once; descendants visit g.
        for (let i = 0; i < here.length; i++) {
          for (let j = i + 1; j < here.length; j++) report(slot, here[i]!, here[j]!, g, g);
        }
        for (const a of ancestors) {
          for (const other of cell(occ.groupMeetings, a * slotCount + slot)) {
            for (const mine of here) report(slot, mine, other, g, a);
          }
        }
      }
    }
    return out;
  },
};
