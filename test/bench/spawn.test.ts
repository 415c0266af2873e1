// The parent-child protocol: one JSON line back, and every way a child can fail to give one.
import { describe, expect, it } from "vitest";
import { readAnswer, runChild } from "../../solver/bench/spawn.ts";

describe("readAnswer", () => {
  it("takes the last line of stdout as the answer", () => {
    const line = JSON.stringify({ ok: false, error: "boom" });
    expect(readAnswer(`noise\n${line}\n`, "", 0, null)).toEqual({ ok: false, error: "boom" });
  });

  it("reports a child that printed no answer with how it ended and its last stderr lines", () => {
    const a = readAnswer("", "Error: x\n    at y\n", 1, null);
    expect(a).toEqual({
      ok: false,
      error: "the child ended (exit code 1) without an answer: Error: x | at y",
    });
    const b = readAnswer('{"half": ', "", null, "SIGSEGV");
    expect(b).toMatchObject({ ok: false, error: expect.stringContaining("signal SIGSEGV") });
    expect(readAnswer("[1, 2]", "", 0, null)).toMatchObject({ ok: false });
  });
});

describe("runChild", () => {
  it("measures a small generated school in a real child process", async () => {
    const answer = await runChild({
      name: "gen-high-200",
      source: { kind: "generated", school: "high", sections: 200, seed: 1 },
      seeds: [1],
      warmUpMs: 1,
      timeLimitMs: 5000,
    });
    if (!answer.ok) throw new Error(answer.error);
    const { measure } = answer;
    expect(measure.name).toBe("gen-high-200");
    expect(measure.sections).toBeGreaterThan(150);
    expect(measure.runs).toHaveLength(1);
    // A millisecond of warm-up is one solve, with a seed of its own.
    expect(measure.warmUp).toMatchObject({ solves: 1, first: { seed: 1001 }, invalid: 0 });
    expect(measure.runs[0]!.seed).toBe(1);
    expect(["solved", "partial", "infeasible"]).toContain(measure.runs[0]!.status);
    expect(measure.runs[0]!.violations).toBeGreaterThanOrEqual(0);
    expect(measure.peakRssKb).toBeGreaterThanOrEqual(measure.baselineRssKb);
    expect(measure.baselineRssKb).toBeGreaterThan(1024);
  }, 60_000);

  it("turns a school file that cannot be read into an error value", async () => {
    const answer = await runChild({
      name: "missing",
      source: { kind: "shared", file: "/nowhere/missing.school.json" },
      seeds: [1],
      warmUpMs: 0,
      timeLimitMs: 1000,
    });
    expect(answer).toMatchObject({ ok: false, error: expect.stringContaining("no such file") });
  }, 60_000);
});
