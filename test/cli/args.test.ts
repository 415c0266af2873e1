import { describe, expect, it } from "vitest";
import { MAX_SEED, parseCheckArgs, parseSolveArgs } from "../../solver/cli/args.ts";

describe("check arguments", () => {
  it("takes the school and the schedule", () => {
    expect(parseCheckArgs(["a.json", "b.json"])).toEqual({
      kind: "run",
      options: { schoolFile: "a.json", scheduleFile: "b.json" },
    });
  });

  it.each([
    [[], "needs two files", "got 0 arguments"],
    [["a.json"], "needs two files", "got 1 argument)"],
    [["a", "b", "c"], "needs two files", "got 3"],
    [["a", "b", "--fast"], "unknown option --fast"],
  ])("rejects %j", (argv, ...fragments) => {
    const result = parseCheckArgs(argv);
    expect(result.kind).toBe("error");
    for (const f of fragments) expect(result.kind === "error" && result.message).toContain(f);
  });

  it("answers help", () => {
    expect(parseCheckArgs(["--help"])).toEqual({ kind: "help" });
  });
});

describe("solve arguments", () => {
  const run = (argv: string[]) => {
    const result = parseSolveArgs(argv);
    if (result.kind !== "run") throw new Error(JSON.stringify(result));
    return result.options;
  };

  it("has defaults for every option", () => {
    expect(run(["s.json"])).toEqual({
      schoolFile: "s.json",
      out: null,
      seed: undefined,
      timeLimitMs: undefined,
      partial: false,
    });
  });

  it("reads every option, in either spelling and any order", () => {
    const expected = {
      schoolFile: "s.json",
      out: "o.json",
      seed: 7,
      timeLimitMs: 2500,
      partial: true,
    };
    expect(
      run(["--seed", "7", "s.json", "--partial", "--out", "o.json", "--time-limit", "2.5"]),
    ).toEqual(expected);
    expect(run(["--seed=7", "--out=o.json", "--time-limit=2.5", "--partial", "s.json"])).toEqual(
      expected,
    );
    expect(run(["s.json", "--seed", String(MAX_SEED)]).seed).toBe(MAX_SEED);
  });

  it.each([
    [["--seed", "1"], "exactly one school file", "got none"],
    [["a.json", "b.json"], "exactly one school file", "a.json, b.json"],
    [["s.json", "--seed"], "--seed needs a value", "--seed 7"],
    [["s.json", "--out", "--partial"], "--out needs a value"],
    [["s.json", "--seed", "-1"], "--seed must be a whole number", '"-1"'],
    [["s.json", "--seed", "1.5"], "--seed must be a whole number from 0 to 4294967295", '"1.5"'],
    [["s.json", "--seed", String(MAX_SEED + 1)], "--seed must be a whole number"],
    [["s.json", "--seed", "1", "--seed", "2"], "--seed is given twice"],
    [["s.json", "--time-limit", "0"], "--time-limit must be a number of seconds above 0"],
    [["s.json", "--time-limit", "ten"], "--time-limit must be", '"ten"', "--time-limit 30"],
    [["s.json", "--time-limit", "100000"], "at most 86400"],
    [["s.json", "--partial=yes"], "--partial takes no value"],
    [["s.json", "--timelimit", "3"], "unknown option --timelimit", "--time-limit"],
    [["s.json", "-o", "x"], "unknown option -o"],
  ])("rejects %j", (argv, ...fragments) => {
    const result = parseSolveArgs(argv);
    expect(result.kind).toBe("error");
    for (const f of fragments) expect(result.kind === "error" && result.message).toContain(f);
  });
});
