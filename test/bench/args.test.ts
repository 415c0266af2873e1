import { describe, expect, it } from "vitest";
import { parseBenchArgs, type BenchArgs } from "../../solver/bench/args.ts";

const options = (args: BenchArgs) => {
  if (args.kind !== "run") throw new Error(`expected options, got ${JSON.stringify(args)}`);
  return args.options;
};

const error = (args: BenchArgs): string => (args.kind === "error" ? args.message : "");

describe("parseBenchArgs", () => {
  it("defaults to 30 s per run, the mode's seeds, every school and no JSON", () => {
    expect(options(parseBenchArgs([]))).toEqual({
      mode: "default",
      filter: null,
      timeLimitMs: 30_000,
      jsonFile: null,
      seeds: null,
      warmUpMs: 2000,
    });
  });

  it("gives --quick a 5 s budget unless --time-limit says otherwise", () => {
    expect(options(parseBenchArgs(["--quick"]))).toMatchObject({
      mode: "quick",
      timeLimitMs: 5000,
    });
    expect(options(parseBenchArgs(["--quick", "--time-limit", "12"])).timeLimitMs).toBe(12_000);
    expect(options(parseBenchArgs(["--full"]))).toMatchObject({
      mode: "full",
      timeLimitMs: 30_000,
    });
  });

  it("reads every valued option, in any order, fractional seconds included", () => {
    expect(
      options(
        parseBenchArgs([
          "--json",
          "out.json",
          "--filter",
          "middle",
          "--time-limit",
          "0.5",
          "--seeds",
          "3",
          "--warm-up",
          "0.5",
        ]),
      ),
    ).toEqual({
      mode: "default",
      filter: "middle",
      timeLimitMs: 500,
      jsonFile: "out.json",
      seeds: 3,
      warmUpMs: 500,
    });
  });

  it("takes a warm-up of 0 to 60 seconds, and names the flag otherwise", () => {
    expect(options(parseBenchArgs(["--warm-up", "0"])).warmUpMs).toBe(0);
    expect(options(parseBenchArgs(["--warm-up", "60"])).warmUpMs).toBe(60_000);
    for (const bad of ["-1", "61", "many"]) {
      expect(error(parseBenchArgs(["--warm-up", bad]))).toBe(
        `--warm-up must be a number of seconds from 0 to 60 (got "${bad}")`,
      );
    }
  });

  it("answers help before anything else", () => {
    expect(parseBenchArgs(["--bogus", "--help"])).toEqual({ kind: "help" });
    expect(parseBenchArgs(["-h"])).toEqual({ kind: "help" });
  });

  it.each([
    [["--quick", "--full"], "cannot be combined"],
    [["--fast"], "unknown option --fast"],
    [["--filter"], "--filter needs a value"],
    [["--json", "--quick"], "--json needs a value"],
    [["--filter", ""], "non-empty"],
    [["--time-limit", "0"], "--time-limit must be"],
    [["--time-limit", "soon"], "--time-limit must be"],
    [["--time-limit", "4000"], "at most 3600"],
    [["--seeds", "2.5"], "--seeds must be a whole number"],
    [["--seeds", "0"], "--seeds must be a whole number"],
    [["--seeds", "2", "--seeds", "3"], "--seeds is given twice"],
  ])("refuses %j with a message naming the flag", (argv, message) => {
    expect(error(parseBenchArgs(argv))).toContain(message);
  });
});
