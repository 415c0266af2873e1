import { at, roomName, slotName } from "../validate/describe.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { live } from "./queries.ts";
import { sectionsIn } from "../validate/scope.ts";

export const pinMoved: Constraint<"pin-moved"> = {
  rule: "pin-moved",
  protects:
    "A meeting a person pinned stays exactly where it was pinned, in the pinned room when the " +
    "pin names one.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    for (const s of sectionsIn(occ, scope)) {
      const section = model.sections[s]!;
      if (section.pins.length === 0) continue;
      const meetings = live(occ.meetings, occ.meetingsOfSection[section.index]!);
      for (const pin of section.pins) {
        const there = meetings.filter((m) => m.day === pin.day && m.period === pin.period);
        if (there.some((m) => pin.room < 0 || m.room === pin.room)) continue;
        const where = slotName(model, pin.day, pin.period);
        const pinnedRoom = pin.room >= 0 ? ` in ${roomName(model, pin.room)}` : "";
        const found = there[0];
        const actual = !found
          ? "does not meet there"
          : found.room >= 0
            ? `meets there in ${roomName(model, found.room)}`
            : "meets there in another room";
        out.push({
          rule: "pin-moved",
          message: `${section.id} is pinned at ${where}${pinnedRoom} but ${actual}.`,
          ...at(model, pin.day, pin.period),
          sections: [section.id],
          ...(pin.room >= 0 ? { rooms: [model.rooms[pin.room]!.id] } : {}),
        });
      }
    }
    return out;
  },
};
