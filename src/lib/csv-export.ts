// The master schedule as CSV, one row per section, in the shape student information systems
// import (section, course, teachers, days, periods, room). papaparse does the quoting, so a
// comma, a quote or a line break in a course name cannot shift a column.
import Papa from "papaparse";
import type { Occupancy } from "../../solver/index.ts";

export const CSV_COLUMNS = [
  "Section",
  "Course",
  "Teachers",
  "Teacher IDs",
  "Days",
  "Periods",
  "Room",
] as const;

/** Lists in a cell are separated by "; " (ids may hold spaces: a room called "Main Gym"). */
const LIST = "; ";

/** One value when every meeting agrees, else one value per meeting in the order of the days. */
const agreed = (values: readonly string[]): string =>
  new Set(values).size <= 1 ? (values[0] ?? "") : values.join(LIST);

/**
 * Rows of the master schedule. Teachers and days are lists; days are the cycle's day ids of the
 * section's meetings in cycle order; periods are the period id ("3"), or the first and last for a longer meeting ("3-4").
 * A section whose meetings differ in period or room lists one value per meeting, aligned with
 * its days. A section with no placed meeting has empty days, periods and room.
 */
export function masterScheduleRows(occ: Occupancy): string[][] {
  const { model } = occ;
  return model.sections.map((section) => {
    const meetings = (occ.meetingsOfSection[section.index] ?? [])
      .map((id) => occ.meetings[id])
      .filter((m) => m != null)
      .sort((a, b) => a.day - b.day || a.period - b.period);
    const periods = meetings.map((m) => {
      const last = Math.min(m.period + section.length, model.periodCount) - 1;
      const first = model.periodIds[m.period]!;
      return last === m.period ? first : `${first}-${model.periodIds[last]!}`;
    });
    const rooms = meetings.map((m) => (m.room >= 0 ? model.rooms[m.room]!.id : ""));
    return [
      section.id,
      section.course,
      section.teachers.map((t) => model.teachers[t]!.name).join(LIST),
      section.teachers.map((t) => model.teachers[t]!.id).join(LIST),
      meetings.map((m) => model.dayIds[m.day]!).join(LIST),
      agreed(periods),
      rooms.every((r) => r === "") ? "" : agreed(rooms),
    ];
  });
}

export function masterScheduleCsv(occ: Occupancy): string {
  // CRLF line ends are what RFC 4180 and spreadsheet imports expect.
  return Papa.unparse(
    { fields: [...CSV_COLUMNS], data: masterScheduleRows(occ) },
    { newline: "\r\n", quotes: false },
  );
}
