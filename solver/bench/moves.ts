// Moves to solve: the deterministic measure behind the search's settings (docs/adr/0001). Time on
// a shared machine is noise; the number of moves a seed needs is the same on every run, so two
// settings can be compared fairly, though not by a few seeds: a change that only reordered a
// list the search draws from uniformly moved 20-seed means by up to 2x (docs/adr/0011), so each
// school's median comes with a bootstrap interval. Usage:
//   npm run -s bench:moves -- [--budget N] [--seeds N] [--first-seed N] [--tuning JSON]
//     [SCHOOL ...]
// SCHOOL names a file in ../shared/instances without .school.json, or a generated school as the
// benchmark names it (gen-elementary-600); default: the shared schools listed below.
import { solveWithStats } from "../solve.ts";
import { validateSchedule } from "../validate/index.ts";
import { loadModel, takeFlag } from "./count-cli.ts";
import { median, medianInterval } from "./stats.ts";

const DEFAULT_SCHOOLS = [
  "elementary-s-1",
  "elementary-m-1",
  "elementary-l-1",
  "middle-m-1",
  "middle-l-1",
  "high-l-1",
];

const args = process.argv.slice(2);
const budget = Number(takeFlag(args, "--budget", "250000"));
const seeds = Number(takeFlag(args, "--seeds", "4"));
// A second sample of the same size, for a difference the first could not settle.
const firstSeed = Number(takeFlag(args, "--first-seed", "1"));
const lastSeed = firstSeed + seeds - 1;
const tuning = JSON.parse(takeFlag(args, "--tuning", "{}")) as Record<string, unknown>;
const schools = args.length > 0 ? args : DEFAULT_SCHOOLS;

console.log(
  `moves to solve, seeds ${firstSeed}-${lastSeed}, budget ${budget} moves, tuning ${JSON.stringify(tuning)}`,
);
for (const name of schools) {
  const model = loadModel(name);
  const moves: string[] = [];
  // Unsolved seeds count at the budget: at least that many moves.
  const counts: number[] = [];
  let solved = 0;
  for (let seed = firstSeed; seed <= lastSeed; seed++) {
    const { schedule, stats } = solveWithStats(model, {
      seed,
      timeLimitMs: Number.MAX_SAFE_INTEGER,
      tuning: { ...tuning, moveBudget: budget },
    });
    // The validator's verdict, never the solver's word.
    const valid = schedule.status === "solved" && validateSchedule(model, schedule).length === 0;
    if (valid) solved++;
    moves.push(valid ? `${Math.round(stats.iterations / 1000)}k` : "-");
    counts.push(valid ? stats.iterations : budget);
  }
  const k = (n: number) => `${(n / 1000).toFixed(1)}k`;
  const [low, high] = medianInterval(counts);
  console.log(
    `${name.padEnd(16)} solved ${solved}/${seeds}  median ${k(median(counts))} ` +
      `(90%: ${k(low)}-${k(high)})  moves ${moves.join(" ")}`,
  );
}
