// Proves: when the school lists rooms, a section that no room fits (too few seats or a missing
// feature) can never meet.
import type { Model, RoomM, SectionM } from "../model/model.ts";
import type { Check, Finding } from "./finding.ts";
import { listing, plural, sectionName } from "./describe.ts";

const seats = (rooms: readonly RoomM[]): number => Math.max(0, ...rooms.map((r) => r.capacity));

/** Why no room fits: the feature nobody has, or the largest room that has the features. */
function why(model: Model, section: SectionM): string {
  const pool = section.fixedRoom >= 0 ? [model.rooms[section.fixedRoom]!] : model.rooms;
  const features = section.roomFeatures;
  const missing = features.filter((f) => !pool.some((r) => r.features.has(f)));
  const where =
    section.fixedRoom >= 0 ? `its room ${model.rooms[section.fixedRoom]!.id}` : "no room";
  if (missing.length > 0) {
    return section.fixedRoom >= 0
      ? `${where} lacks ${listing(missing)}`
      : `no room has ${listing(missing)}`;
  }
  const equipped = pool.filter((r) => features.every((f) => r.features.has(f)));
  if (equipped.length === 0) return `no room has all of ${listing(features)}`;
  const most = seats(equipped);
  if (section.fixedRoom >= 0) return `${where} seats only ${most}`;
  return features.length > 0
    ? `the largest room with ${listing(features)} seats ${most}`
    : `the largest room seats ${most}`;
}

export const roomFit: Check = {
  name: "room-fit",
  run({ model }) {
    if (!model.hasRooms) return [];
    const out: Finding[] = [];
    for (const section of model.sections) {
      if (section.candidateRooms.length > 0) continue;
      const needs = [`${plural(section.size, "student")}`];
      if (section.roomFeatures.length > 0) needs.push(listing(section.roomFeatures));
      out.push({
        check: "room-fit",
        message: `Section ${sectionName(model, section.index)} needs a room for ${needs.join(" with ")}, but ${why(model, section)}.`,
        sections: [section.id],
      });
    }
    return out;
  },
};
