// The shared instances for the report tests, read through the project's parser.
import { parseSchedule, parseSchool } from "../../solver/format/index.ts";
import type { Schedule, School } from "../../solver/model/format.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import type { Model } from "../../solver/model/model.ts";
import { MUTATIONS_DIR, readInstance } from "../shared-path.ts";

export type Loaded = { school: School; model: Model; schedule: Schedule };

export function loadSchool(name: string): School {
  const parsed = parseSchool(readInstance(name));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.errors[0]?.message}`);
  return parsed.value;
}

/** A school of the shared instances with one of its schedules (planted or a mutation). */
export function loadInstance(schoolFile: string, scheduleFile: string, mutation = false): Loaded {
  const school = loadSchool(schoolFile);
  const text = mutation ? readInstance(scheduleFile, MUTATIONS_DIR) : readInstance(scheduleFile);
  const parsed = parseSchedule(text, school);
  if (!parsed.ok) throw new Error(`${scheduleFile}: ${parsed.errors[0]?.message}`);
  return { school, model: resolveSchool(school), schedule: parsed.value };
}
