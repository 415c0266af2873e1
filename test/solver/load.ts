// Schools for the solver's tests, read through the project's own parser.
import { parseSchool } from "../../solver/format/parse-school.ts";
import type { School } from "../../solver/model/format.ts";
import type { Model } from "../../solver/model/model.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { readInstance } from "../shared-path.ts";

export function loadSchool(name: string): School {
  const parsed = parseSchool(readInstance(`${name}.school.json`));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.errors[0]?.message}`);
  return parsed.value;
}

export const loadModel = (name: string): Model => resolveSchool(loadSchool(name));
