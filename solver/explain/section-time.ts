// Proves: a section has fewer allowed days (at one period, when samePeriod) on which all its
// teachers, and then one of its rooms, are available for a whole meeting than it has meetings.
import type { Model, SectionM } from "../model/model.ts";
import type { Check, Finding } from "./finding.ts";
import { listing, plural, sectionName, someOf, teacherName } from "./describe.ts";

type Free = (d: number, p: number) => boolean;

/** Meetings the section could get if `free` says which (day, start) pairs are open. */
function reachable(model: Model, section: SectionM, free: Free): number {
  const P = model.periodCount;
  const daysAt = new Array<number>(P).fill(0);
  let days = 0;
  for (let d = 0; d < model.dayCount; d++) {
    if (!section.allowedDays[d]) continue;
    let any = false;
    for (let p = 0; p < P; p++) {
      if (section.allowedStarts[p] && free(d, p)) {
        daysAt[p]!++;
        any = true;
      }
    }
    if (any) days++;
  }
  return section.samePeriod ? Math.max(0, ...daysAt) : days;
}

const open = (unavailable: readonly boolean[], base: number, length: number): boolean => {
  for (let q = 0; q < length; q++) if (unavailable[base + q]) return false;
  return true;
};

export const sectionTime: Check = {
  name: "section-time",
  run({ model }) {
    const out: Finding[] = [];
    const P = model.periodCount;
    const hasOff = (mask: readonly boolean[]) => mask.includes(true);
    const teacherOff = model.teachers.map((t) => hasOff(t.unavailable));
    const roomOff = model.rooms.map((r) => hasOff(r.unavailable));
    for (const section of model.sections) {
      // Without unavailability every allowed time is open, and the parser has checked those.
      const teachersLimit = section.teachers.some((t) => teacherOff[t]);
      const roomsLimit = section.candidateRooms.every((r) => roomOff[r]);
      if (!teachersLimit && !roomsLimit) continue;
      const teachers = section.teachers.map((t) => model.teachers[t]!);
      const teachersFree: Free = (d, p) =>
        teachers.every((t) => open(t.unavailable, d * P + p, section.length));
      const rooms = section.candidateRooms.map((r) => model.rooms[r]!);
      const roomsFree: Free = (d, p) =>
        teachersFree(d, p) && rooms.some((r) => open(r.unavailable, d * P + p, section.length));
      const samePeriod = section.samePeriod && section.meetings > 1 ? ", all at one period" : "";
      const head = `Section ${sectionName(model, section.index)} must meet ${plural(section.meetings, "time")} per cycle${samePeriod}`;
      const when =
        section.samePeriod && section.meetings > 1
          ? "at any one allowed period"
          : "at an allowed time";
      const byTeachers = reachable(model, section, teachersFree);
      if (byTeachers < section.meetings) {
        const names = teachers.map((t) => teacherName(model, t.index));
        out.push({
          check: "section-time",
          message: `${head}, but ${listing(names)} ${names.length === 1 ? "is" : "are"} available ${when} on only ${plural(byTeachers, "day")}.`,
          sections: [section.id],
          teachers: teachers.map((t) => t.id),
        });
        continue;
      }
      // An empty candidate list is room-fit's finding.
      if (!model.hasRooms || rooms.length === 0 || !roomsLimit) continue;
      const byRooms = reachable(model, section, roomsFree);
      if (byRooms < section.meetings) {
        out.push({
          check: "section-time",
          message: `${head}, but ${rooms.length === 1 ? "its only room" : "its rooms"} (${someOf(rooms.map((r) => r.id))}) ${rooms.length === 1 ? "is" : "are"} available ${when}, together with its teachers, on only ${plural(byRooms, "day")}.`,
          sections: [section.id],
        });
      }
    }
    return out;
  },
};
