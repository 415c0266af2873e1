// `npm run --silent check -- SCHOOL.json SCHEDULE.json`: runs the validator over a schedule and
// prints every broken rule. Exit 0 valid and solved, 1 a rule broken or not solved, 2 bad input.
import { parseSchedule } from "../format/parse-schedule.ts";
import { parseSchool } from "../format/parse-school.ts";
import { resolveSchool } from "../model/resolve.ts";
import { validateSchedule } from "../validate/index.ts";
import { CHECK_USAGE, parseCheckArgs } from "./args.ts";
import { readText } from "./io.ts";
import { checkReport, EXIT, parseErrorLines } from "./report.ts";

function main(argv: readonly string[]): number {
  const args = parseCheckArgs(argv);
  if (args.kind === "help") {
    console.log(CHECK_USAGE);
    return EXIT.ok;
  }
  if (args.kind === "error") {
    console.error(`check: ${args.message}\n${CHECK_USAGE}`);
    return EXIT.badInput;
  }
  const { schoolFile, scheduleFile } = args.options;

  const schoolText = readText(schoolFile);
  const scheduleText = readText(scheduleFile);
  const unreadable = [schoolText, scheduleText].flatMap((r) => (r.ok ? [] : [r.message]));
  if (!schoolText.ok || !scheduleText.ok) {
    console.error(unreadable.join("\n"));
    return EXIT.badInput;
  }
  const school = parseSchool(schoolText.text);
  if (!school.ok) {
    console.error(parseErrorLines(schoolFile, school.errors).join("\n"));
    return EXIT.badInput;
  }
  const schedule = parseSchedule(scheduleText.text, school.value);
  if (!schedule.ok) {
    console.error(parseErrorLines(scheduleFile, schedule.errors).join("\n"));
    return EXIT.badInput;
  }

  const violations = validateSchedule(resolveSchool(school.value), schedule.value);
  const { lines, exitCode } = checkReport(schedule.value, violations);
  console.log(lines.join("\n"));
  return exitCode;
}

process.exitCode = main(process.argv.slice(2));
