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
  /** Solves of each school, in its process, before the timed ones (their first is reported). */
  warmUp: number;
};

export type BenchArgs =
  { kind: "run"; options: BenchOptions } | { kind: "help" } | { kind: "error"; message: string };

const MAX_WARM_UP = 20;
/**
 * A school's first solves in a fresh process run while V8 is still compiling the solver: the
 * 1,300-section middle school, seeds 1-10 solved twice in one process, took a median of 415 ms
 * the first time and 286 ms the second (elementary: 373 and 225). With `--full --filter -1300`
 * one after the other, medians of 448 and 468 ms with no warm-up, 375 and 296 after one, 334
 * and 308, then 307 and 331, after three (docs/benchmarks.md).
 */
const DEFAULT_WARM_UP = 3;

export const BENCH_USAGE = [
  "usage: npm run bench -- [--quick | --full] [--filter TEXT] [--time-limit SECONDS]",
  "                        [--seeds N] [--warm-up N] [--json FILE]",
  "  --quick          smoke run: 2 seeds, two generated sizes per kind, 5 s per run",
  "  --full           10 seeds on the shared schools, generated sizes up to 2,000 sections",
  "  --filter TEXT    only the schools whose name contains TEXT (e.g. middle, gen-high, -m-)",
  "  --time-limit S   wall-clock budget of one solver run in seconds (default 30; 5 with --quick)",
  "  --seeds N        solver seeds per school, overriding the mode's count",
  `  --warm-up N      untimed solves of each school before its timed ones (default ${DEFAULT_WARM_UP};`,
  "                   the first solve of each school is reported on its own)",
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

  let warmUp = DEFAULT_WARM_UP;
  const warmUpText = values.get("--warm-up");
  if (warmUpText !== undefined) {
    const count = Number(warmUpText);
    if (!Number.isInteger(count) || count < 0 || count > MAX_WARM_UP) {
      return {
        kind: "error",
        message: `--warm-up must be a whole number from 0 to ${MAX_WARM_UP} (got "${warmUpText}")`,
      };
    }
    warmUp = count;
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
      warmUp,
    },
  };
}
