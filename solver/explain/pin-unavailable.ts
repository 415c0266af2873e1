// Proves: a pinned meeting falls in a slot in which one of its teachers, its pinned room, or every
// room that fits it, is unavailable.
import type { Model } from "../model/model.ts";
import type { Check, Finding } from "./finding.ts";
import type { FixedMeeting } from "./facts.ts";
import { listing, sectionName, slotName, someOf, teacherName } from "./describe.ts";

/** Whether slots start..start+length-1 of the day are all open in an availability mask. */
const free = (model: Model, unavailable: readonly boolean[], m: FixedMeeting): boolean => {
  for (let p = m.start; p < m.start + m.length; p++) {
    if (unavailable[m.day * model.periodCount + p]) return false;
  }
  return true;
};

function blocker(model: Model, m: FixedMeeting): { why: string; teachers?: string[] } | null {
  const section = model.sections[m.section]!;
  const away = section.teachers.filter((t) => !free(model, model.teachers[t]!.unavailable, m));
  if (away.length > 0) {
    return {
      why: `when ${listing(away.map((t) => teacherName(model, t)))} ${away.length === 1 ? "is" : "are"} unavailable`,
      teachers: away.map((t) => model.teachers[t]!.id),
    };
  }
  if (!model.hasRooms) return null;
  if (m.room >= 0) {
    return free(model, model.rooms[m.room]!.unavailable, m)
      ? null
      : { why: `when its room ${model.rooms[m.room]!.id} is unavailable` };
  }
  const rooms = section.candidateRooms;
  if (rooms.length === 0 || rooms.some((r) => free(model, model.rooms[r]!.unavailable, m))) {
    return null;
  }
  return {
    why: `when none of the rooms that fit it (${someOf(rooms.map((r) => model.rooms[r]!.id))}) is available`,
  };
}

export const pinUnavailable: Check = {
  name: "pin-unavailable",
  run({ model, fixed }) {
    const out: Finding[] = [];
    for (const m of fixed) {
      if (!m.pinned) continue;
      const b = blocker(model, m);
      if (!b) continue;
      out.push({
        check: "pin-unavailable",
        message: `Section ${sectionName(model, m.section)} is pinned to ${slotName(model, m.day, m.start)}, ${b.why}.`,
        sections: [model.sections[m.section]!.id],
        ...(b.teachers ? { teachers: b.teachers } : {}),
      });
    }
    return out;
  },
};
