// The planning view's files: a team's or a teacher's calendar and the master schedule as CSV.
// Each answers what it did, in words for the status line, or why it could not.
import type { Occupancy } from "../../../solver/index.ts";
import { calendarFileName, fileSlug, teacherCalendar, teamCalendar } from "../../lib/calendar.ts";
import { masterScheduleCsv } from "../../lib/csv-export.ts";
import type { Result } from "../../lib/errors.ts";
import { downloadCsv, downloadText } from "../../lib/files.ts";
import { count } from "./report-text.ts";

const said = (result: Result<string>): string =>
  result.ok ? result.value : result.errors.map((e) => e.message).join(" ");

export function downloadCalendar(
  occ: Occupancy,
  who: { kind: "team" | "teacher"; index: number; name: string },
): string {
  const made =
    who.kind === "team"
      ? teamCalendar(occ, who.index, Date.now())
      : teacherCalendar(occ, who.index, Date.now());
  if (!made.ok) return said(made);
  const fileName = calendarFileName(occ.model.school.name, who.name);
  downloadText(fileName, made.value.text, "text/calendar");
  return `Saved ${fileName} (${count(made.value.events.length, "event")}).`;
}

export function downloadMasterSchedule(occ: Occupancy): string {
  const fileName = `${fileSlug(occ.model.school.name, "master schedule")}.csv`;
  downloadCsv(fileName, masterScheduleCsv(occ));
  return `Saved ${fileName}.`;
}
