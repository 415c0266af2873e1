// Template success: how many steps the period template (docs/adr/0002) needs per seed, or the
// broken aggregate rules it ends with. Deterministic, like bench:moves, so settings of the
// template can be compared fairly. Usage:
//   npm run -s bench:template -- [--seeds N] [--steps N] [--strict] [SCHOOL ...]
// SCHOOL names a file in ../shared/instances without .school.json (default: the elementary and
// middle schools, the ones that use templates).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseSchool } from "../format/parse-school.ts";
import { resolveSchool } from "../model/resolve.ts";
import { createRng } from "../rng.ts";
import { choosePeriods } from "../search/template.ts";
import { buildUnits } from "../search/units.ts";

const SHARED = fileURLToPath(new URL("../../../shared/instances/", import.meta.url));
const DEFAULT_SCHOOLS = [
  "elementary-s-1",
  "elementary-m-1",
  "elementary-l-1",
  "middle-s-1",
  "middle-m-1",
  "middle-l-1",
];

const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1] ?? fallback;
  args.splice(i, 2);
  return value;
};
const seeds = Number(flag("--seeds", "10"));
const steps = Number(flag("--steps", "40000"));
const strictAt = args.indexOf("--strict");
const strictLunch = strictAt >= 0;
if (strictLunch) args.splice(strictAt, 1);
const schools = args.length > 0 ? args : DEFAULT_SCHOOLS;

console.log(
  `template steps to a clean template (xN: N aggregate rules still broken), seeds 1-${seeds}, ` +
    `at most ${steps} steps, ${strictLunch ? "strict" : "aggregate"} lunch`,
);
for (const name of schools) {
  const parsed = parseSchool(readFileSync(path.join(SHARED, `${name}.school.json`), "utf8"));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.errors[0]?.message}`);
  const model = resolveSchool(parsed.value);
  const { units } = buildUnits(model);
  const runs: string[] = [];
  let clean = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const template = choosePeriods(model, units, createRng(seed), steps, { strictLunch });
    if (template.penalty === 0) clean++;
    runs.push(template.penalty === 0 ? `${template.steps}` : `x${template.penalty}`);
  }
  console.log(`${name.padEnd(16)} clean ${clean}/${seeds}  steps ${runs.join(" ")}`);
}
