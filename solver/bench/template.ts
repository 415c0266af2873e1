// Template success: how many steps the period template (docs/adr/0002) needs per seed, or the
// broken aggregate rules it ends with. Deterministic, like bench:moves, so settings of the
// template can be compared fairly. Usage:
//   npm run -s bench:template -- [--seeds N] [--steps N] [--strict] [SCHOOL ...]
// SCHOOL names a file in ../shared/instances without .school.json, or a generated school as the
// benchmark names it (gen-elementary-600); default: the shared elementary and middle schools,
// the ones that use templates.
import { createRng } from "../rng.ts";
import { choosePeriods } from "../search/template.ts";
import { buildUnits } from "../search/units.ts";
import { loadModel, takeFlag, takeSwitch } from "./count-cli.ts";

const DEFAULT_SCHOOLS = [
  "elementary-s-1",
  "elementary-m-1",
  "elementary-l-1",
  "middle-s-1",
  "middle-m-1",
  "middle-l-1",
];

const args = process.argv.slice(2);
const seeds = Number(takeFlag(args, "--seeds", "10"));
const steps = Number(takeFlag(args, "--steps", "40000"));
const strictLunch = takeSwitch(args, "--strict");
const schools = args.length > 0 ? args : DEFAULT_SCHOOLS;

console.log(
  `template steps to a clean template (xN: N aggregate rules still broken), seeds 1-${seeds}, ` +
    `at most ${steps} steps, ${strictLunch ? "strict" : "aggregate"} lunch`,
);
for (const name of schools) {
  const model = loadModel(name);
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
