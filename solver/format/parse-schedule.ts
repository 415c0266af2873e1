// The schedule file: its shape, and (given its school) that every id it names exists. Whether the
// schedule keeps the rules is the validator's question (../validate/), not the parser's.
import { SCHEDULE_FORMAT, type Schedule, type School } from "../model/format.ts";
import { createErrorList, describe, type ErrorList, type Parsed } from "./errors.ts";
import {
  isRecord,
  readArray,
  readEnum,
  readString,
  readStrings,
  report,
  type Where,
} from "./fields.ts";
import { parseJsonText } from "./json-text.ts";

const STATUSES = ["solved", "partial", "infeasible"] as const;

type Ids = ReadonlySet<string>;
type SchoolIds = {
  name: string;
  section: Ids;
  team: Ids;
  teacher: Ids;
  group: Ids;
  day: Ids;
  period: Ids;
  room: Ids;
};

const ids = (list: readonly { id: string }[] | null | undefined): Ids =>
  new Set((list ?? []).map((item) => item.id));

function schoolIds(school: School): SchoolIds {
  return {
    name: school.name,
    section: ids(school.sections),
    team: ids(school.teams),
    teacher: ids(school.teachers),
    group: ids(school.groups),
    day: ids(school.calendar.days),
    period: ids(school.calendar.periods),
    room: ids(school.rooms),
  };
}

export function parseSchedule(text: string, school?: School): Parsed<Schedule> {
  const json = parseJsonText(text);
  return json.ok ? checkSchedule(json.value, school) : json;
}

export function checkSchedule(value: unknown, school?: School): Parsed<Schedule> {
  const errors = createErrorList();
  if (!isRecord(value)) {
    errors.add("", `a schedule file must hold a JSON object (got ${describe(value)})`);
    return { ok: false, errors: errors.list() };
  }
  const known = school ? schoolIds(school) : null;
  const top: Where = { path: "", label: "schedule" };
  const format = readString(errors, value, top, "format", { required: true });
  if (typeof format === "string" && format !== SCHEDULE_FORMAT) {
    report(
      errors,
      top,
      "format",
      `must be "${SCHEDULE_FORMAT}" (got ${JSON.stringify(format)}); this is not a version 1 schedule file`,
    );
  }
  const name = readString(errors, value, top, "school", { required: true });
  if (typeof name === "string" && known && name !== known.name) {
    report(
      errors,
      top,
      "school",
      `is ${JSON.stringify(name)} but the school file is ${JSON.stringify(known.name)}; this schedule belongs to another school`,
    );
  }
  readEnum(errors, value, top, "status", STATUSES);
  if (value.status == null) report(errors, top, "status", "is missing (it is required)");

  const entries = (
    field: string,
    check: (entry: Record<string, unknown>, where: Where) => void,
  ) => {
    const list = readArray(errors, value, top, field, { required: true });
    list?.forEach((entry, i) => {
      const path = `${field}[${i}]`;
      if (!isRecord(entry)) {
        errors.add(path, `${path} must be an object (got ${describe(entry)})`);
        return;
      }
      check(entry, { path, label: path });
    });
  };
  const ref = (
    entry: Record<string, unknown>,
    where: Where,
    field: keyof Omit<SchoolIds, "name">,
  ) => {
    const id = readString(errors, entry, where, field, { required: true, nonEmpty: true });
    if (typeof id === "string" && known && !known[field].has(id)) {
      const why = field === "room" && known.room.size === 0 ? " (the school lists no rooms)" : "";
      report(errors, where, field, `${JSON.stringify(id)} does not exist${why}`);
    }
  };
  const slot = (entry: Record<string, unknown>, where: Where) => {
    ref(entry, where, "day");
    ref(entry, where, "period");
  };

  entries("placements", (entry, where) => {
    ref(entry, where, "section");
    slot(entry, where);
    if (Object.hasOwn(entry, "room")) {
      if (entry.room === null)
        report(errors, where, "room", "must be a room id; leave it out when there is no room");
      else ref(entry, where, "room");
    }
  });
  entries("planning", (entry, where) => {
    ref(entry, where, "team");
    slot(entry, where);
  });
  entries("lunch", (entry, where) => {
    const hasTeacher = entry.teacher != null;
    const hasGroup = entry.group != null;
    if (hasTeacher === hasGroup) {
      errors.add(
        where.path,
        `${where.label}: a lunch names exactly one of teacher or group (it names ${hasTeacher ? "both" : "neither"})`,
      );
    } else {
      ref(entry, where, hasTeacher ? "teacher" : "group");
    }
    slot(entry, where);
  });
  entries("unplaced", (entry, where) => {
    ref(entry, where, "section");
    readString(errors, entry, where, "reason", { required: true });
  });
  readStrings(errors, value, top, "explanation", { required: true });

  return done(errors, value as Schedule);
}

function done(errors: ErrorList, value: Schedule): Parsed<Schedule> {
  return errors.count > 0 ? { ok: false, errors: errors.list() } : { ok: true, value };
}
