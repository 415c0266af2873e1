import { at, roomName, slotName } from "../validate/describe.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { meetingIdsIn } from "../validate/scope.ts";

export const roomTooSmall: Constraint<"room-too-small"> = {
  rule: "room-too-small",
  protects: "A section meets in a room with a seat for each of its students.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    for (const id of meetingIdsIn(occ, scope)) {
      const m = occ.meetings[id];
      if (!m || m.room < 0) continue;
      const section = model.sections[m.section]!;
      const room = model.rooms[m.room]!;
      if (room.capacity >= section.size) continue;
      out.push({
        rule: "room-too-small",
        message:
          `${section.id} (${section.size} students) meets in ${roomName(model, m.room)} ` +
          `(capacity ${room.capacity}) at ${slotName(model, m.day, m.period)}.`,
        ...at(model, m.day, m.period),
        sections: [section.id],
        rooms: [room.id],
      });
    }
    return out;
  },
};
