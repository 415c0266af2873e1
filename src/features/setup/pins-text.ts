// A section's pinned meetings as Setup shows and reads them: the words of the import's cells
// ("Mon 2 (101); Tue 2": a day and a period, and a room in brackets when it is fixed), with
// rooms named by id or by name. Text that does not read stays in the draft as typed, so that
// nothing is lost, and the field says what is wrong with it and how to write it.
import type { Calendar, Pin, Room } from "../../../solver/index.ts";
import { readPins, writePins } from "../import/cells.ts";
import { NameIndex } from "../import/names.ts";

/** What the field shows: the pins in words, or the draft text as it was typed. */
export const pinsText = (value: unknown): string =>
  typeof value === "string" ? value : Array.isArray(value) ? writePins(value as Pin[]) : "";

/** A room's id from its id or its name, as the import finds rooms (an ambiguous name: none). */
function roomFinder(rooms: readonly Room[]) {
  const index = new NameIndex(false);
  for (const room of rooms) index.set(room.id, room.name ? [room.name] : []);
  return (text: string): string | null => {
    const found = index.find(text);
    return found.kind === "one" ? found.id : null;
  };
}

/** The value to store for typed text: pins, nothing (empty), or the text itself as a draft. */
export function readPinsText(
  calendar: Calendar,
  rooms: readonly Room[],
  text: string,
): Pin[] | string | undefined {
  if (text.trim() === "") return undefined;
  const read = readPins(calendar, text, roomFinder(rooms));
  return read.ok ? read.value : text;
}

/** Why a stored draft text is not pins, and how to write them; none for stored pins. */
export function pinsProblem(calendar: Calendar, rooms: readonly Room[], value: unknown): string[] {
  if (typeof value !== "string") return [];
  const read = readPins(calendar, value, roomFinder(rooms));
  return read.ok ? [] : [`${read.message}. ${read.fix}`];
}
