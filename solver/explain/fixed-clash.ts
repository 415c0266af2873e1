// Proves: two meetings whose time the school fixes (pinned, or the only time their allowed days
// and periods leave) overlap and share a teacher, students or their one possible room.
import type { Model } from "../model/model.ts";
import type { Check, Finding } from "./finding.ts";
import type { FixedMeeting } from "./facts.ts";
import { groupName, listing, sectionName, slotName, teacherName } from "./describe.ts";

const overlaps = (a: FixedMeeting, b: FixedMeeting): boolean =>
  a.day === b.day && a.start < b.start + b.length && b.start < a.start + a.length;

/** What two overlapping meetings cannot share, in words, or null when they may overlap. */
function conflict(
  model: Model,
  a: FixedMeeting,
  b: FixedMeeting,
): { why: string; teachers: string[]; groups: string[] } | null {
  const sa = model.sections[a.section]!;
  const sb = model.sections[b.section]!;
  const teachers = sa.teachers.filter((t) => sb.teachers.includes(t));
  if (teachers.length > 0) {
    return {
      why: `both are taught by ${listing(teachers.map((t) => teacherName(model, t)))}`,
      teachers: teachers.map((t) => model.teachers[t]!.id),
      groups: [],
    };
  }
  for (const ga of sa.groups) {
    const gb = sb.groups.find((g) => model.groupConflicts[ga]!.includes(g));
    if (gb === undefined) continue;
    const who =
      ga === gb ? groupName(model, ga) : `${groupName(model, ga)} and ${groupName(model, gb)}`;
    return {
      why: `both involve the students of ${who}`,
      teachers: [],
      groups: [...new Set([model.groups[ga]!.id, model.groups[gb]!.id])],
    };
  }
  if (a.room >= 0 && a.room === b.room) {
    return { why: `both must use room ${model.rooms[a.room]!.id}`, teachers: [], groups: [] };
  }
  return null;
}

const when = (model: Model, m: FixedMeeting): string =>
  `${m.pinned ? "is pinned to" : "can only meet at"} ${slotName(model, m.day, m.start)}`;

export const fixedClash: Check = {
  name: "fixed-clash",
  run({ model, fixed }) {
    const out: Finding[] = [];
    const reported = new Set<string>();
    for (let i = 0; i < fixed.length; i++) {
      for (let j = i + 1; j < fixed.length; j++) {
        const a = fixed[i]!;
        const b = fixed[j]!;
        if (a.section === b.section || !overlaps(a, b)) continue;
        const key = `${Math.min(a.section, b.section)}:${Math.max(a.section, b.section)}`;
        if (reported.has(key)) continue;
        const c = conflict(model, a, b);
        if (!c) continue;
        reported.add(key);
        out.push({
          check: "fixed-clash",
          message: `Section ${sectionName(model, a.section)} ${when(model, a)} and section ${sectionName(model, b.section)} ${when(model, b)}, but ${c.why}.`,
          sections: [model.sections[a.section]!.id, model.sections[b.section]!.id],
          ...(c.teachers.length > 0 ? { teachers: c.teachers } : {}),
          ...(c.groups.length > 0 ? { groups: c.groups } : {}),
        });
      }
    }
    return out;
  },
};
