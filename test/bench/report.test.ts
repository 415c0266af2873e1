import { describe, expect, it } from "vitest";
import {
  errorLines,
  fetTable,
  fitTable,
  generatedTable,
  infeasibleTable,
  kindFits,
  sharedTable,
} from "../../solver/bench/report.ts";
import { failed, generatedCase, run, sharedCase, summary, timedOut } from "./fakes.ts";

describe("kindFits", () => {
  it("fits each kind's solved medians and leaves time-outs out of the fit", () => {
    // Medians grow as 0.01 * n^1.5 for middle; the time-out at 720 would drag b down.
    const middle = [90, 180, 360].map((n) =>
      summary(generatedCase("middle", n), n, [run(0.01 * n ** 1.5)]),
    );
    const fits = kindFits([
      ...middle,
      summary(generatedCase("middle", 720), 720, [timedOut()]),
      summary(generatedCase("high", 200), 202, [run(40)]),
      summary(sharedCase("middle-m-1"), 180, [run(5)]),
    ]);
    const m = fits.find((f) => f.kind === "middle")!;
    expect(m.fit!.b).toBeCloseTo(1.5, 10);
    expect(m.used).toEqual(["90", "180", "360"]);
    expect(m.leftOut).toEqual(["gen-middle-720"]);
    expect(fits.find((f) => f.kind === "high")!.fit).toBeNull();
    expect(fits.map((f) => f.kind)).toEqual(["elementary", "middle", "high"]);
  });

  it("prints b in the fit table", () => {
    const lines = fitTable(
      [200, 400, 800].map((n) => summary(generatedCase("high", n), n, [run(n / 4)])),
    );
    const high = lines.find((l) => l.startsWith("high"))!;
    expect(high).toMatch(/^high\s+1\.00\s+0\.250\s+1\.000\s+200, 400, 800$/);
  });
});

describe("the tables", () => {
  const summaries = [
    summary(sharedCase("high-m-1"), 488, [run(80), run(90), run(100)]),
    summary(sharedCase("middle-infeasible-team", "infeasible"), 93, [
      run(400, { status: "infeasible", explanation: ["Team 7A cannot meet.", "More."] }),
    ]),
    failed(sharedCase("middle-l-1"), "killed after 99 s without an answer"),
    summary(generatedCase("middle", 720), 720, [timedOut()]),
  ];

  it("lists shared schools with sizes, status, the validator's verdict and figures with units", () => {
    const lines = sharedTable(summaries);
    const row = lines.find((l) => l.startsWith("high-m-1"))!;
    expect(row.split(/ {2,}/)).toEqual([
      "high-m-1",
      "solved",
      "488",
      "976",
      "5",
      "solved 3/3",
      "valid 3/3",
      "90 ms",
      "100 ms",
      "80 ms",
      "1,000",
      "117 MB",
    ]);
    expect(lines.some((l) => l.startsWith("middle-l-1") && l.includes("error"))).toBe(true);
    expect(lines.some((l) => l.startsWith("gen-"))).toBe(false);
  });

  it("gives each infeasible school its time to answer, first sentence and expected reason", () => {
    const lines = infeasibleTable(
      summaries,
      new Map([["middle-infeasible-team", "Team 7A needs 5."]]),
    );
    expect(lines.find((l) => l.startsWith("middle-infeasible-team "))).toMatch(
      /infeasible 1\/1\s+400 ms\s+400 ms\s+400 ms$/,
    );
    expect(lines).toContain("  said:     Team 7A cannot meet.");
    expect(lines).toContain("  expected: Team 7A needs 5.");
    expect(infeasibleTable(summaries.slice(0, 1), new Map())).toEqual([]);
  });

  it("shows generated schools with the size asked for and the size produced", () => {
    const row = generatedTable(summaries).find((l) => l.startsWith("gen-middle-720"))!;
    expect(row).toMatch(
      /^gen-middle-720\s+720\s+720\s+1,440\s+5\s+timed out 1\/1\s+valid 1\/1\s+30\.0 s/,
    );
  });

  it("marks FET rows not measured when their school was not run", () => {
    const lines = fetTable(summaries);
    expect(lines.find((l) => l.startsWith("high-m-1"))).toMatch(
      /0\.13 s\s+90 ms\s+100 ms\s+solved 3\/3\s+1\.44x$/,
    );
    expect(lines.find((l) => l.startsWith("middle-m-1"))).toContain("not measured");
  });

  it("lists the schools that produced no runs", () => {
    expect(errorLines(summaries).at(-1)).toBe("middle-l-1: killed after 99 s without an answer");
    expect(errorLines(summaries.slice(0, 1))).toEqual([]);
  });
});
