// The school and schedule files: parse and check them, write them back unchanged.
export type { FormatError, Parsed } from "./errors.ts";
export { parseSchool, checkSchool } from "./parse-school.ts";
export { parseSchedule, checkSchedule } from "./parse-schedule.ts";
export { serializeSchool, serializeSchedule } from "./serialize.ts";
