// What the two counting tools (bench:moves, bench:template) share: their flags and the schools
// they load by name: shared ones through the project's own parser, generated ones by the name
// the benchmark prints for them.
import { readFileSync } from "node:fs";
import { parseSchool } from "../format/parse-school.ts";
import { generateSchool } from "../generate/index.ts";
import type { Model } from "../model/model.ts";
import { resolveSchool } from "../model/resolve.ts";
import { GENERATED_SCHOOL_SEED, KINDS } from "./cases.ts";
import { SHARED_INSTANCES } from "./solve-suite.ts";

/** The value after `name` in args (removing both), or the fallback. */
export function takeFlag(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1] ?? fallback;
  args.splice(i, 2);
  return value;
}

/** True when the switch is in args (removing it). */
export function takeSwitch(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
}

/**
 * A school by name, resolved: `gen-KIND-SIZE` (as `npm run bench` names them: the generated
 * school of that kind and size, the benchmark's school seed) or a file of ../shared/instances
 * without .school.json.
 */
export function loadModel(name: string): Model {
  const generated = /^gen-(\w+)-(\d+)$/.exec(name);
  if (generated) {
    const kind = KINDS.find((k) => k === generated[1]);
    if (!kind) throw new Error(`${name}: no such kind; use one of ${KINDS.join(", ")}`);
    const sections = Number(generated[2]);
    return resolveSchool(generateSchool({ kind, sections, seed: GENERATED_SCHOOL_SEED }).school);
  }
  const parsed = parseSchool(readFileSync(`${SHARED_INSTANCES}${name}.school.json`, "utf8"));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.errors[0]?.message}`);
  return resolveSchool(parsed.value);
}
