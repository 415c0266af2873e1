// Turning a file's text into a state change, and a school into a file's text.
import { parseSchool } from "../../../solver/format/parse-school.ts";
import { serializeSchool } from "../../../solver/format/serialize.ts";
import type { School } from "../../../solver/model/format.ts";
import type { SchoolAction } from "./school-state.ts";

export function openSchoolText(fileName: string, text: string): SchoolAction {
  const parsed = parseSchool(text);
  return parsed.ok
    ? { type: "opened", school: parsed.value, fileName }
    : { type: "rejected", fileName, problems: parsed.errors };
}

export function schoolFileText(school: School): string {
  return serializeSchool(school);
}
