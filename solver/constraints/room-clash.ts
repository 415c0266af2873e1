import { at, listing, roomName, sectionId, slotName } from "../validate/describe.ts";
import { cell } from "../validate/occupancy.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { sectionsOf } from "./queries.ts";
import { roomsIn, slotsIn } from "../validate/scope.ts";

export const roomClash: Constraint<"room-clash"> = {
  rule: "room-clash",
  protects: "A room holds one section at a time.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    const slots = slotsIn(model, scope);
    for (const r of roomsIn(occ, scope)) {
      for (const slot of slots) {
        const here = cell(occ.roomMeetings, r * model.slotCount + slot);
        if (here.length < 2) continue;
        const sections = sectionsOf(occ, here);
        if (sections.length < 2) continue;
        const d = Math.floor(slot / model.periodCount);
        const p = slot % model.periodCount;
        const ids = sections.map((s) => sectionId(model, s));
        out.push({
          rule: "room-clash",
          message: `${ids.length} sections meet in ${roomName(model, r)} at ${slotName(model, d, p)}: ${listing(ids)}.`,
          ...at(model, d, p),
          sections: ids,
          rooms: [model.rooms[r]!.id],
        });
      }
    }
    return out;
  },
};
