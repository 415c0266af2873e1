// The school file: checks every rule of ../../../shared/spec/school-format.md that a file can
// break by itself and answers either the very object it was given (defaults are applied later,
// by model/resolve.ts, so that a round trip keeps the file as written) or every problem found.
import { SCHOOL_FORMAT, type School } from "../model/format.ts";
import { createErrorList, describe, type Parsed } from "./errors.ts";
import { checkCalendar } from "./check-calendar.ts";
import { checkGroups, checkRooms, checkTeachers } from "./check-people.ts";
import { checkSections } from "./check-sections.ts";
import { checkLunch, checkTeams } from "./check-teams.ts";
import { isRecord, readString, report, type Where } from "./fields.ts";
import { parseJsonText } from "./json-text.ts";
import { quote, topList, type Known } from "./school-context.ts";

export function parseSchool(text: string): Parsed<School> {
  const json = parseJsonText(text);
  return json.ok ? checkSchool(json.value) : json;
}

export function checkSchool(value: unknown): Parsed<School> {
  const errors = createErrorList();
  if (!isRecord(value)) {
    errors.add("", `a school file must hold a JSON object (got ${describe(value)})`);
    return { ok: false, errors: errors.list() };
  }
  const top: Where = { path: "", label: "school" };
  const format = readString(errors, value, top, "format", { required: true });
  if (typeof format === "string" && format !== SCHOOL_FORMAT) {
    report(
      errors,
      top,
      "format",
      `must be ${quote(SCHOOL_FORMAT)} (got ${quote(format)}); this is not a version 1 school file`,
    );
  }
  readString(errors, value, top, "name", { required: true, nonEmpty: true });

  const calendar = checkCalendar(errors, value);
  const teachers = topList(errors, value, "teachers", true);
  const rooms = topList(errors, value, "rooms", false);
  const groups = topList(errors, value, "groups", false);
  const sections = topList(errors, value, "sections", true);
  const teams = topList(errors, value, "teams", false);

  const known: Known = {
    errors,
    ...calendar,
    teachers: null,
    rooms: null,
    groups: null,
    hasRooms: rooms !== undefined && rooms.length > 0,
  };
  if (teachers) known.teachers = checkTeachers(known, teachers);
  if (rooms) known.rooms = checkRooms(known, rooms);
  if (groups) known.groups = checkGroups(known, groups);
  if (sections) checkSections(known, sections);
  if (teams) checkTeams(known, teams);
  checkLunch(known, value);

  if (errors.count > 0) return { ok: false, errors: errors.list() };
  return { ok: true, value: value as School };
}
