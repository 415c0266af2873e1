// The benchmark's command line as values: a wrong flag is an expected outcome with a message
// naming the flag, never an exception.

export type BenchMode = "quick" | "default" | "full";

export type BenchOptions = {
  mode: BenchMode;
  /** Only cases whose name contains this (case-insensitive); null for all. */
  filter: string | null;
  /** Wall-clock budget of one solver run. */
  timeLimitMs: number;
  /** Where to write the raw results as JSON; null for nowhere. */
  jsonFile: string | null;
  /** Overrides the mode's number of seeds for every case; null to keep the mode's. */
  seeds: number | null;
  /** Solving time of each school, in its process, before the timed runs (the first is reported). */
  warmUpMs: number;
};

export type BenchArgs =
  { kind: "run"; options: BenchOptions } | { kind: "help" } | { kind: "error"; message: string };

const MAX_WARM_UP_S = 60;
/**
 * A school's first solves in a fresh process run while V8 is still compiling the solver, and it
 * takes seconds of solving, not a number of solves, to finish: seeds 1-10 of middle-m-1 after
 * 0, 0.5, 1, 2 and 4 s of other seeds took medians of 85, 72, 47, 38 and 31 ms, and 29-37 ms
 * on a second and third pass (the 1,300-section middle school: 426 ms with none, 356 after 2 s,
 * 307 after 5 s; elementary 429, 282, 282; docs/benchmarks.md).
 */
const DEFAULT_WARM_UP_S = 2;

export const BENCH_USAGE = [
  "usage: npm run bench -- [--quick | --full] [--filter TEXT] [--time-limit SECONDS]",
  "                        [--seeds N] [--warm-up SECONDS] [--json FILE]",
  "  --quick          smoke run: 2 seeds, two generated sizes per kind, 5 s per run",
  "  --full           10 seeds on the shared schools, generated sizes up to 2,000 sections",
  "  --filter TEXT    only the schools whose name contains TEXT (e.g. middle, gen-high, -m-)",
  "  --time-limit S   wall-clock budget of one solver run in seconds (default 30; 5 with --quick)",
  "  --seeds N        solver seeds per school, overriding the mode's count",
  `  --warm-up S      seconds of untimed solves of each school before its timed runs (default`,
  `                   ${DEFAULT_WARM_UP_S}; 0 for none); each school's first solve is reported on its own`,
  "  --json FILE      also write the raw results (every run) to FILE",
].join("\n");

/** A run that takes longer than this is not a benchmark, it is a mistake in the flag. */
const MAX_TIME_LIMIT_S = 3600;
const MAX_SEEDS = 1000;

const DEFAULT_TIME_LIMIT_S: Record<BenchMode, number> = { quick: 5, default: 30, full: 30 };

const VALUED = new Set(["--filter", "--time-limit", "--json", "--seeds", "--warm-up"]);
const SWITCHES = new Set(["--quick", "--full"]);

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  if (argv.includes("--help") || argv.includes("-h")) return { kind: "help" };
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (SWITCHES.has(flag)) {
      switches.add(flag);
      continue;
    }
    if (!VALUED.has(flag)) return { kind: "error", message: `unknown option ${flag}` };
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) {
      return { kind: "error", message: `${flag} needs a value` };
    }
    if (values.has(flag)) return { kind: "error", message: `${flag} is given twice` };
    values.set(flag, value);
    i++;
  }
  if (switches.has("--quick") && switches.has("--full")) {
    return { kind: "error", message: "--quick and --full cannot be combined" };
  }
  const mode: BenchMode = switches.has("--quick")
    ? "quick"
    : switches.has("--full")
      ? "full"
      : "default";

  let timeLimitS = DEFAULT_TIME_LIMIT_S[mode];
  const limitText = values.get("--time-limit");
  if (limitText !== undefined) {
    const limit = Number(limitText);
    if (!Number.isFinite(limit) || limit <= 0 || limit > MAX_TIME_LIMIT_S) {
      return {
        kind: "error",
        message: `--time-limit must be a number of seconds above 0 and at most ${MAX_TIME_LIMIT_S} (got "${limitText}")`,
      };
    }
    timeLimitS = limit;
  }

  let seeds: number | null = null;
  const seedsText = values.get("--seeds");
  if (seedsText !== undefined) {
    const count = Number(seedsText);
    if (!Number.isInteger(count) || count < 1 || count > MAX_SEEDS) {
      return {
        kind: "error",
        message: `--seeds must be a whole number from 1 to ${MAX_SEEDS} (got "${seedsText}")`,
      };
    }
    seeds = count;
  }

  let warmUpS = DEFAULT_WARM_UP_S;
  const warmUpText = values.get("--warm-up");
  if (warmUpText !== undefined) {
    const seconds = Number(warmUpText);
    if (!Number.isFinite(seconds) || seconds < 0 || seconds > MAX_WARM_UP_S) {
      return {
        kind: "error",
        message: `--warm-up must be a number of seconds from 0 to ${MAX_WARM_UP_S} (got "${warmUpText}")`,
      };
    }
    warmUpS = seconds;
  }

  const filter = values.get("--filter") ?? null;
  if (filter === "") return { kind: "error", message: "--filter needs a non-empty value" };

  return {
    kind: "run",
    options: {
      mode,
      filter,
      timeLimitMs: Math.round(timeLimitS * 1000),
      jsonFile: values.get("--json") ?? null,
      seeds,
      warmUpMs: Math.round(warmUpS * 1000),
    },
  };
}
