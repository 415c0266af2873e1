// Both documents are written as the objects they are: the parsers keep every field the user
// wrote (unknown ones included) and write no defaults in, so a round trip changes nothing.
import type { Schedule, School } from "../model/format.ts";

const write = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function serializeSchool(school: School): string {
  return write(school);
}

export function serializeSchedule(schedule: Schedule): string {
  return write(schedule);
}
