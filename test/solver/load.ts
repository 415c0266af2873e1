// Schools for the solver's tests, read through the project's own parser.
import { parseSchedule } from "../../solver/format/parse-schedule.ts";
import { parseSchool } from "../../solver/format/parse-school.ts";
import type { School, Schedule } from "../../solver/model/format.ts";
import type { Model } from "../../solver/model/model.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { readInstance } from "../shared-path.ts";

export function loadSchool(name: string): School {
  const parsed = parseSchool(readInstance(`${name}.school.json`));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.errors[0]?.message}`);
  return parsed.value;
}

export const loadModel = (name: string): Model => resolveSchool(loadSchool(name));

/** A shared school and its known valid schedule, read through the project's own parsers. */
export function loadPlanted(name: string): { model: Model; schedule: Schedule } {
  const school = loadSchool(name);
  const parsed = parseSchedule(readInstance(`${name}.planted.json`), school);
  if (!parsed.ok) throw new Error(`${name}.planted.json: ${parsed.errors[0]?.message}`);
  return { model: resolveSchool(school), schedule: parsed.value };
}
