import { at, roomName, slotName } from "../validate/describe.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { meetingIdsIn } from "../validate/scope.ts";

export const fixedRoomNotUsed: Constraint<"fixed-room-not-used"> = {
  rule: "fixed-room-not-used",
  protects: "A section whose `room` is fixed meets in that room every time.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    for (const id of meetingIdsIn(occ, scope)) {
      const m = occ.meetings[id];
      if (!m || m.room < 0) continue;
      const section = model.sections[m.section]!;
      if (section.fixedRoom < 0 || section.fixedRoom === m.room) continue;
      out.push({
        rule: "fixed-room-not-used",
        message:
          `${section.id} must meet in ${roomName(model, section.fixedRoom)} but meets in ` +
          `${roomName(model, m.room)} at ${slotName(model, m.day, m.period)}.`,
        ...at(model, m.day, m.period),
        sections: [section.id],
        rooms: [model.rooms[section.fixedRoom]!.id, model.rooms[m.room]!.id],
      });
    }
    return out;
  },
};
