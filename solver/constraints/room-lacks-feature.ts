import { at, listing, roomName, slotName } from "../validate/describe.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { meetingIdsIn } from "../validate/scope.ts";

export const roomLacksFeature: Constraint<"room-lacks-feature"> = {
  rule: "room-lacks-feature",
  protects: "A section meets in a room with every feature in its roomFeatures (a lab, a gym).",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    for (const id of meetingIdsIn(occ, scope)) {
      const m = occ.meetings[id];
      if (!m || m.room < 0) continue;
      const section = model.sections[m.section]!;
      if (section.roomFeatures.length === 0) continue;
      const room = model.rooms[m.room]!;
      const missing = section.roomFeatures.filter((f) => !room.features.has(f));
      if (missing.length === 0) continue;
      out.push({
        rule: "room-lacks-feature",
        message:
          `${section.id} needs ${listing(missing)} but meets in ${roomName(model, m.room)}, ` +
          `which lacks it, at ${slotName(model, m.day, m.period)}.`,
        ...at(model, m.day, m.period),
        sections: [section.id],
        rooms: [room.id],
      });
    }
    return out;
  },
};
