import { at, slotName } from "../validate/describe.ts";
import { NO_ROOM } from "../validate/occupancy.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { meetingIdsIn } from "../validate/scope.ts";

export const roomAssignment: Constraint<"room-assignment"> = {
  rule: "room-assignment",
  protects: "Every meeting has a room when the school lists rooms, and none when it lists none.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    for (const id of meetingIdsIn(occ, scope)) {
      const m = occ.meetings[id];
      if (!m || model.hasRooms === (m.room !== NO_ROOM)) continue;
      const section = model.sections[m.section]!;
      const when = slotName(model, m.day, m.period);
      const named = String(occ.schedule.placements[id]?.room ?? "");
      out.push({
        rule: "room-assignment",
        message: model.hasRooms
          ? `${section.id} at ${when} has no room; the school lists rooms, so every meeting needs one.`
          : `${section.id} at ${when} names room "${named}", but the school lists no rooms.`,
        ...at(model, m.day, m.period),
        sections: [section.id],
      });
    }
    return out;
  },
};
