// `npm run --silent solve -- SCHOOL.json [--out FILE] [--seed N] [--time-limit S] [--partial]`:
// writes a schedule to FILE or stdout, a summary and the explanation to stderr. Exit 0 solved,
// 3 partial, 4 infeasible, 2 bad input.
import { parseSchool } from "../format/parse-school.ts";
import { serializeSchedule } from "../format/serialize.ts";
import { resolveSchool } from "../model/resolve.ts";
import { solve } from "../solve.ts";
import { parseSolveArgs, SOLVE_USAGE } from "./args.ts";
import { readText, writeText } from "./io.ts";
import { EXIT, exitCodeForStatus, parseErrorLines, solveSummary } from "./report.ts";

function main(argv: readonly string[]): number {
  const args = parseSolveArgs(argv);
  if (args.kind === "help") {
    console.log(SOLVE_USAGE);
    return EXIT.ok;
  }
  if (args.kind === "error") {
    console.error(`solve: ${args.message}\n${SOLVE_USAGE}`);
    return EXIT.badInput;
  }
  const { schoolFile, out, seed, timeLimitMs, partial } = args.options;

  const text = readText(schoolFile);
  if (!text.ok) {
    console.error(text.message);
    return EXIT.badInput;
  }
  const school = parseSchool(text.text);
  if (!school.ok) {
    console.error(parseErrorLines(schoolFile, school.errors).join("\n"));
    return EXIT.badInput;
  }

  const model = resolveSchool(school.value);
  const started = performance.now();
  const schedule = solve(model, { seed, timeLimitMs, partial });
  const elapsed = performance.now() - started;

  const json = serializeSchedule(schedule);
  if (out === null) {
    process.stdout.write(json);
  } else {
    const failure = writeText(out, json);
    if (failure !== null) {
      console.error(failure);
      return EXIT.badInput;
    }
  }
  console.error(solveSummary(model, schedule, elapsed, seed));
  for (const sentence of schedule.explanation) console.error(sentence);
  return exitCodeForStatus(schedule.status);
}

process.exitCode = main(process.argv.slice(2));
