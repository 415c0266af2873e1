// Pinning from the grid: pins live in the school file (a section's `pinned`), so pinning is a
// school edit. A samePeriod section is pinned or unpinned as a whole, the unit the grid drags.
import type { Pin, School, Model, Occupancy } from "../../../solver/index.ts";
import { isPinned } from "./cells.ts";
import { daysText } from "./text.ts";

export type PinEdit = { school: School; label: string; pinned: boolean };

/** The meetings that move (and pin) together with this one. */
export function unitOf(occ: Occupancy, meeting: number): number[] {
  const m = occ.meetings[meeting];
  if (!m) return [];
  const section = occ.model.sections[m.section]!;
  return section.samePeriod ? [...occ.meetingsOfSection[m.section]!] : [meeting];
}

function placeText(model: Model, places: readonly { day: number; period: number }[]): string {
  const periods = new Set(places.map((p) => p.period));
  if (periods.size === 1) {
    const days = daysText(
      model,
      places.map((p) => p.day),
    );
    return `${days} period ${model.periodIds[places[0]!.period]!}`;
  }
  return places
    .map((p) => `${model.dayIds[p.day]!} period ${model.periodIds[p.period]!}`)
    .join(", ");
}

/** Pins the meeting's unit where it is, or unpins it when all of it is pinned already. */
export function togglePin(school: School, occ: Occupancy, meeting: number): PinEdit | null {
  const { model } = occ;
  const first = occ.meetings[meeting];
  if (!first) return null;
  const unit = unitOf(occ, meeting).flatMap((id) => {
    const m = occ.meetings[id];
    return m ? [{ id, ...m }] : [];
  });
  const raw = school.sections[first.section];
  if (!raw) return null;
  const days = new Set(unit.map((m) => model.dayIds[m.day]!));
  const pinnedNow = unit.every((m) => isPinned(model, occ, m.id));
  // A section has at most one pin a day: pins on the unit's days are replaced or removed.
  const kept = (raw.pinned ?? []).filter((p) => !days.has(p.day));
  const where = placeText(model, unit);
  if (pinnedNow) {
    const next = { ...raw, pinned: kept };
    return {
      school: {
        ...school,
        sections: school.sections.map((s, i) => (i === first.section ? next : s)),
      },
      label: `Unpin ${raw.id} at ${where}`,
      pinned: false,
    };
  }
  const added: Pin[] = unit.map((m) => {
    const pin: Pin = { day: model.dayIds[m.day]!, period: model.periodIds[m.period]! };
    if (model.hasRooms && m.room >= 0) pin.room = model.rooms[m.room]!.id;
    return pin;
  });
  const order = (p: Pin) => model.dayIndex.get(p.day) ?? 0;
  const next = { ...raw, pinned: [...kept, ...added].sort((a, b) => order(a) - order(b)) };
  return {
    school: {
      ...school,
      sections: school.sections.map((s, i) => (i === first.section ? next : s)),
    },
    label: `Pin ${raw.id} at ${where}`,
    pinned: true,
  };
}

/** How many meetings of the school are pinned (for the Re-solve button's words). */
export const pinCount = (school: School): number =>
  school.sections.reduce((n, s) => n + (s.pinned?.length ?? 0), 0);
