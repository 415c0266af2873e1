import { describe, expect, it } from "vitest";
import {
  FET_FIGURES,
  describeFet,
  fetRatio,
  infeasibleTarget,
  solveTarget,
  targetRows,
} from "../../solver/bench/compare.ts";
import { failed, generatedCase, run, sharedCase, summary, timedOut } from "./fakes.ts";

const fet = (school: string) => FET_FIGURES.find((f) => f.school === school)!.figure;

describe("the FET comparison", () => {
  it("holds the five published figures of issue 3", () => {
    expect(FET_FIGURES.map((f) => [f.school, describeFet(f.figure)])).toEqual([
      ["middle-m-1", "75 s - 156 s"],
      ["elementary-m-1", "not finished in 300 s"],
      ["elementary-l-1", "91 s - 247 s"],
      ["high-m-1", "0.13 s"],
      ["high-l-1", "0.2 s"],
    ]);
  });

  it("divides FET's time by our median, a range by a range", () => {
    const ours = summary(sharedCase("middle-m-1"), 180, [run(100), run(100), run(100)]);
    expect(fetRatio(fet("middle-m-1"), ours)).toBe("750x - 1,560x");
    expect(fetRatio(fet("elementary-m-1"), ours)).toBe("> 3,000x");
    const high = summary(sharedCase("high-m-1"), 488, [run(260)]);
    expect(fetRatio(fet("high-m-1"), high)).toBe("0.50x");
  });

  it("gives no ratio when our median is not a validated solution", () => {
    const ours = summary(sharedCase("middle-m-1"), 180, [run(90), timedOut(), timedOut()]);
    expect(fetRatio(fet("middle-m-1"), ours)).toBe("n/a (ours solved 1/3)");
    expect(fetRatio(fet("middle-m-1"), failed(sharedCase("middle-m-1")))).toBe("n/a (error)");
  });
});

describe("the targets", () => {
  it("meets a time target only with a median under it and every run a validated solution", () => {
    const fast = summary(sharedCase("middle-m-1"), 180, [run(60), run(99), run(250)]);
    expect(solveTarget("t", "middle-m-1", 100, fast).verdict).toBe("met");
    const slow = summary(sharedCase("middle-m-1"), 180, [run(60), run(101), run(250)]);
    expect(solveTarget("t", "middle-m-1", 100, slow)).toMatchObject({
      verdict: "not met",
      note: "1 ms over, first solve 60 ms",
    });
    // The median is of the timed runs; the first solve is shown, and a wrong one fails the target.
    const warmed = summary(sharedCase("middle-m-1"), 180, [run(60), run(99)], [run(300)]);
    expect(solveTarget("t", "middle-m-1", 100, warmed)).toMatchObject({
      verdict: "met",
      note: "first solve 300 ms",
    });
    const badWarmUp = summary(
      sharedCase("middle-m-1"),
      180,
      [run(60)],
      [run(70, { violations: 1 })],
    );
    expect(solveTarget("t", "middle-m-1", 100, badWarmUp)).toMatchObject({
      verdict: "not met",
      note: "warm-up invalid 1/1, first solve 70 ms",
    });
    const wrong = summary(sharedCase("middle-m-1"), 180, [
      run(60),
      run(70, { violations: 1 }),
      run(80),
    ]);
    expect(solveTarget("t", "middle-m-1", 100, wrong)).toMatchObject({
      verdict: "not met",
      note: "solved 2/3, first solve 60 ms",
    });
    expect(solveTarget("t", "middle-m-1", 100, undefined).verdict).toBe("not measured");
  });

  it("meets the infeasible target only when every answer says infeasible within the limit", () => {
    const quick = [run(300, { status: "infeasible" }), run(900, { status: "infeasible" })];
    const c = sharedCase("high-infeasible-team", "infeasible");
    expect(infeasibleTarget("t", c.name, 1000, summary(c, 221, quick)).verdict).toBe("met");
    const oneSlow = [...quick, run(1000, { status: "infeasible" })];
    expect(infeasibleTarget("t", c.name, 1000, summary(c, 221, oneSlow)).verdict).toBe("not met");
    const claimed = [...quick, run(200)];
    expect(infeasibleTarget("t", c.name, 1000, summary(c, 221, claimed))).toMatchObject({
      verdict: "not met",
      note: "claimed a schedule",
    });
    expect(infeasibleTarget("t", c.name, 1000, summary(c, 221, [timedOut()])).note).toBe(
      "timed out 1/1",
    );
    // A scheduler's first answer comes from a fresh process: a slow first solve fails it too.
    const coldSlow = summary(c, 221, quick, [run(1200, { status: "infeasible" })]);
    expect(infeasibleTarget("t", c.name, 1000, coldSlow)).toMatchObject({
      measured: "worst 1.20 s",
      verdict: "not met",
    });
  });

  it("judges the largest generated school of each kind and every infeasible school", () => {
    const rows = targetRows([
      summary(generatedCase("high", 200), 202, [run(40)]),
      summary(generatedCase("high", 1300), 1298, [run(450)]),
      summary(generatedCase("middle", 720), 720, [timedOut()]),
      failed(generatedCase("elementary", 600)),
      summary(sharedCase("middle-infeasible-team", "infeasible"), 93, [timedOut()]),
    ]);
    const row = (target: string) => rows.find((r) => r.target === target)!;
    expect(row("largest generated high < 500 ms")).toMatchObject({
      school: "gen-high-1300",
      verdict: "met",
    });
    expect(row("largest generated middle < 500 ms")).toMatchObject({
      school: "gen-middle-720",
      verdict: "not met",
    });
    expect(row("largest generated elementary < 500 ms")).toMatchObject({
      school: "gen-elementary-600",
      verdict: "not measured",
    });
    expect(row("middle-m < 100 ms").verdict).toBe("not measured");
    expect(row("infeasible answered < 1 s")).toMatchObject({
      school: "middle-infeasible-team",
      verdict: "not met",
    });
  });
});
