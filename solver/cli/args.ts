// Command-line arguments to options, as values: a wrong flag is an expected outcome with a
// message that names the flag and the fix, never an exception.

export const CHECK_USAGE = "usage: npm run --silent check -- SCHOOL.json SCHEDULE.json";
export const SOLVE_USAGE =
  "usage: npm run --silent solve -- SCHOOL.json [--out FILE] [--seed N] [--time-limit SECONDS] [--partial]";

export type ArgsResult<T> =
  { kind: "run"; options: T } | { kind: "help" } | { kind: "error"; message: string };

export type CheckArgs = { schoolFile: string; scheduleFile: string };

export type SolveArgs = {
  schoolFile: string;
  out: string | null;
  seed: number | undefined;
  timeLimitMs: number | undefined;
  partial: boolean;
};

/** Seeds are 32-bit: the generator keeps 32 bits of state. */
export const MAX_SEED = 4_294_967_295;
/** A day: longer runs are surely a typo (minutes for seconds, say). */
export const MAX_TIME_LIMIT_S = 86_400;

const isHelp = (arg: string) => arg === "--help" || arg === "-h";

export function parseCheckArgs(argv: readonly string[]): ArgsResult<CheckArgs> {
  if (argv.some(isHelp)) return { kind: "help" };
  const flag = argv.find((a) => a.startsWith("-") && a !== "-");
  if (flag !== undefined)
    return { kind: "error", message: `unknown option ${flag}; check takes no options` };
  if (argv.length !== 2) {
    return {
      kind: "error",
      message: `check needs two files, the school and the schedule (got ${argv.length} argument${argv.length === 1 ? "" : "s"})`,
    };
  }
  return { kind: "run", options: { schoolFile: argv[0]!, scheduleFile: argv[1]! } };
}

export function parseSolveArgs(argv: readonly string[]): ArgsResult<SolveArgs> {
  if (argv.some(isHelp)) return { kind: "help" };
  const error = (message: string): ArgsResult<SolveArgs> => ({ kind: "error", message });
  const files: string[] = [];
  const values = new Map<string, string>();
  let partial = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) {
      if (arg.startsWith("-") && arg !== "-")
        return error(
          `unknown option ${arg}; the options are --out, --seed, --time-limit and --partial`,
        );
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (name === "--partial") {
      if (eq !== -1) return error("--partial takes no value; write just --partial");
      partial = true;
      continue;
    }
    if (name !== "--out" && name !== "--seed" && name !== "--time-limit") {
      return error(
        `unknown option ${name}; the options are --out, --seed, --time-limit and --partial`,
      );
    }
    if (values.has(name)) return error(`${name} is given twice; give it once`);
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === "" || (eq === -1 && value.startsWith("--"))) {
      return error(`${name} needs a value, for example ${EXAMPLES[name]}`);
    }
    values.set(name, value);
  }
  if (files.length !== 1) {
    return error(
      `solve needs exactly one school file (got ${files.length === 0 ? "none" : files.join(", ")})`,
    );
  }

  let seed: number | undefined;
  const seedText = values.get("--seed");
  if (seedText !== undefined) {
    seed = /^\d+$/.test(seedText) ? Number(seedText) : NaN;
    if (!Number.isSafeInteger(seed) || seed > MAX_SEED) {
      return error(
        `--seed must be a whole number from 0 to ${MAX_SEED} (got ${JSON.stringify(seedText)})`,
      );
    }
  }
  let timeLimitMs: number | undefined;
  const limitText = values.get("--time-limit");
  if (limitText !== undefined) {
    const seconds = /^\d+(\.\d+)?$/.test(limitText) ? Number(limitText) : NaN;
    if (!(seconds > 0 && seconds <= MAX_TIME_LIMIT_S)) {
      return error(
        `--time-limit must be a number of seconds above 0 and at most ${MAX_TIME_LIMIT_S} (got ${JSON.stringify(limitText)}), for example --time-limit 30`,
      );
    }
    timeLimitMs = Math.round(seconds * 1000);
  }
  return {
    kind: "run",
    options: {
      schoolFile: files[0]!,
      out: values.get("--out") ?? null,
      seed,
      timeLimitMs,
      partial,
    },
  };
}

const EXAMPLES: Record<string, string> = {
  "--out": "--out schedule.json",
  "--seed": "--seed 7",
  "--time-limit": "--time-limit 30",
};
