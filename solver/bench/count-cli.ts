// What the two counting tools (bench:moves, bench:template) share: their flags and the shared
// schools they load, by name, through the project's own parser.
import { readFileSync } from "node:fs";
import { parseSchool } from "../format/parse-school.ts";
import type { Model } from "../model/model.ts";
import { resolveSchool } from "../model/resolve.ts";
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

/** A school of ../shared/instances by name (without .school.json), resolved. */
export function loadSharedModel(name: string): Model {
  const parsed = parseSchool(readFileSync(`${SHARED_INSTANCES}${name}.school.json`, "utf8"));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.errors[0]?.message}`);
  return resolveSchool(parsed.value);
}
