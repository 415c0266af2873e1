// What the checks of a section's room and pins need to know about the section, and the check
// that a room the file fixes can hold it.
import type { ErrorList } from "./errors.ts";
import { report, type Where } from "./fields.ts";
import { quote, type Known } from "./school-context.ts";

/** What the pin checks need to know about their section (null: unknown, skip the check). */
export type SectionFacts = {
  allowedDays: ReadonlySet<number> | null;
  allowedPeriods: ReadonlySet<number> | null;
  length: number | null;
  meetings: number | null;
  samePeriod: boolean | null;
  size: number | null;
  room: string | null;
  roomFeatures: readonly string[];
};

export function roomExists(known: Known, where: Where, field: string, room: string): boolean {
  if (known.rooms === null || known.rooms.has(room)) return true;
  const why = known.hasRooms ? "" : " (the school lists no rooms)";
  report(known.errors, where, field, `${quote(room)} does not exist${why}`);
  return false;
}

/** A room the file fixes must hold the section: enough seats and every feature it needs. */
export function checkRoomFits(
  errors: ErrorList,
  known: Known,
  where: Where,
  field: string,
  room: string,
  facts: SectionFacts,
): void {
  const info = known.rooms?.get(room);
  if (!info) return;
  if (info.capacity !== null && facts.size !== null && facts.size > info.capacity) {
    report(
      errors,
      where,
      field,
      `${quote(room)} seats ${info.capacity} but the section has ${facts.size} students; choose a larger room or fix the sizes`,
    );
  }
  for (const feature of facts.roomFeatures) {
    if (!info.features.has(feature)) {
      report(
        errors,
        where,
        field,
        `${quote(room)} lacks the feature ${quote(feature)} that roomFeatures asks for`,
      );
    }
  }
}
