import { at, roomName, slotName } from "../validate/describe.ts";
import { coveredEnd } from "../validate/occupancy.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { meetingIdsIn } from "../validate/scope.ts";

export const roomUnavailable: Constraint<"room-unavailable"> = {
  rule: "room-unavailable",
  protects: "No section meets in a room in a slot the room is unavailable.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    for (const id of meetingIdsIn(occ, scope)) {
      const m = occ.meetings[id];
      if (!m || m.room < 0) continue;
      const room = model.rooms[m.room]!;
      const end = coveredEnd(model, m);
      for (let p = m.period; p < end; p++) {
        if (!room.unavailable[m.day * model.periodCount + p]) continue;
        const section = model.sections[m.section]!;
        out.push({
          rule: "room-unavailable",
          message: `${section.id} meets in ${roomName(model, m.room)} at ${slotName(model, m.day, p)}, when the room is unavailable.`,
          ...at(model, m.day, p),
          sections: [section.id],
          rooms: [room.id],
        });
      }
    }
    return out;
  },
};
