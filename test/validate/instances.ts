// The shared example instances (/work/shared/instances, beside the repository), read as the
// typed documents. A school's file names its schedules: KIND-SIZE-1.planted.json and
// mutations/KIND-SIZE-1.mutation-NN.schedule.json both belong to KIND-SIZE-1.school.json.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseSchedule, parseSchool, type Parsed } from "../../solver/format/index.ts";
import type { Schedule, School } from "../../solver/model/format.ts";

export const INSTANCES = fileURLToPath(new URL("../../../shared/instances/", import.meta.url));
export const MUTATIONS = `${INSTANCES}mutations/`;

export const filesIn = (dir: string, suffix: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort();

/** Fixtures go through the project's parser, as the app's and the CLI's files do. */
function valueOf<T>(path: string, parsed: Parsed<T>): T {
  if (!parsed.ok) throw new Error(`${path} does not parse: ${parsed.errors[0]?.message ?? ""}`);
  return parsed.value;
}

/** The school a schedule file belongs to, from its name. */
export function schoolOf(scheduleFile: string): School {
  const path = `${INSTANCES}${scheduleFile.split(".")[0]!}.school.json`;
  return valueOf(path, parseSchool(readFileSync(path, "utf8")));
}

/** Parsed without its school, so that checking what it names is left to the validator. */
export const readSchedule = (path: string): Schedule =>
  valueOf(path, parseSchedule(readFileSync(path, "utf8")));
