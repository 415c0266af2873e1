import { describe, expect, it } from "vitest";
import {
  describeOutcomes,
  describeVerdict,
  medianIsSolved,
  outcomeOf,
  shortError,
} from "../../solver/bench/summary.ts";
import { LIMIT_MS, failed, run, sharedCase, summary, timedOut } from "./fakes.ts";

describe("outcomeOf", () => {
  it("calls an infeasible answer that used the whole budget a time-out, and a quick one infeasible", () => {
    expect(outcomeOf(run(LIMIT_MS, { status: "infeasible" }), LIMIT_MS)).toBe("timed out");
    expect(outcomeOf(run(12, { status: "infeasible" }), LIMIT_MS)).toBe("infeasible");
    expect(outcomeOf(run(LIMIT_MS + 50), LIMIT_MS)).toBe("solved");
  });
});

describe("summarize", () => {
  it("takes median and worst over every run, time-outs included", () => {
    const s = summary(sharedCase("middle-m-1"), 180, [
      run(40),
      run(90),
      timedOut(),
      run(60),
      run(50),
    ]);
    expect(s.medianMs).toBe(60);
    expect(s.worstMs).toBe(LIMIT_MS + 3);
    expect(s.outcomes).toEqual({ solved: 4, partial: 0, infeasible: 0, "timed out": 1 });
    expect(describeOutcomes(s)).toBe("solved 4/5, timed out 1/5");
    expect(s.firstExplanation).toMatch(/^No schedule was found/);
    expect(s.peakRssKb).toBe(120_000);
  });

  it("counts a run as solved only when the validator agrees", () => {
    const s = summary(sharedCase("high-l-1"), 830, [
      run(100),
      run(110, { violations: 3 }),
      run(120, { violations: 12 }),
    ]);
    expect(s.outcomes.solved).toBe(3);
    expect(s.solvedValid).toBe(1);
    expect(describeVerdict(s)).toBe("INVALID 2/3 (up to 12 violations)");
    expect(medianIsSolved(s)).toBe(false);
  });

  it("reads a fully valid school as valid n/n with a solving median", () => {
    const s = summary(sharedCase("high-m-1"), 488, [run(80), run(85), run(90)]);
    expect(describeVerdict(s)).toBe("valid 3/3");
    expect(medianIsSolved(s)).toBe(true);
    expect(s.firstExplanation).toBeNull();
  });

  it("reports the process's first solve apart, and checks the warm-up solves as well", () => {
    const timed = [run(80), run(85), run(90)];
    const warm = summary(sharedCase("high-m-1"), 488, timed, [run(400), run(120)]);
    expect(warm.medianMs).toBe(85);
    expect(warm.worstMs).toBe(90);
    expect(warm.firstMs).toBe(400);
    expect(describeVerdict(warm)).toBe("valid 3/3");
    // Without a warm-up, the first timed run was the process's first solve.
    expect(summary(sharedCase("high-m-1"), 488, timed).firstMs).toBe(80);
    const wrong = summary(sharedCase("high-m-1"), 488, timed, [run(400, { violations: 2 })]);
    expect(describeVerdict(wrong)).toBe("valid 3/3, warm-up INVALID 1/1");
  });

  it("carries a child's failure as the school's error, with no figures", () => {
    const s = failed(sharedCase("middle-l-1"));
    expect(s.error).toContain("SIGKILL");
    expect(s.runs).toBe(0);
    expect(s.medianMs).toBeNaN();
    expect(describeOutcomes(s)).toBe("error");
    expect(describeVerdict(s)).toBe("-");
    expect(medianIsSolved(s)).toBe(false);
  });
});

describe("shortError", () => {
  it("keeps a stack's message and innermost frame, and a plain message whole", () => {
    const stack =
      "ReferenceError: x is not defined\n    at solve (/r/solver/solve.ts:95:7)\n    at main (/r/b.ts:1:1)";
    expect(shortError(stack)).toBe(
      "ReferenceError: x is not defined (at solve (/r/solver/solve.ts:95:7))",
    );
    expect(shortError("killed after 99 s without an answer")).toBe(
      "killed after 99 s without an answer",
    );
  });
});
