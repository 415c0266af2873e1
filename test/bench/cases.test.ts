import { describe, expect, it } from "vitest";
import { GENERATED_SIZES, kindOf, planCases } from "../../solver/bench/cases.ts";

const SHARED = [
  "README.md",
  "elementary-infeasible-team.reason.txt",
  "elementary-infeasible-team.school.json",
  "elementary-l-1.planted.json",
  "elementary-l-1.school.json",
  "elementary-s-1.planted.json",
  "elementary-s-1.school.json",
  "high-m-1.planted.json",
  "high-m-1.school.json",
  "middle-m-1.planted.json",
  "middle-m-1.school.json",
  "mystery.school.json",
];

const plan = (
  mode: "quick" | "default" | "full",
  filter: string | null = null,
  seeds: number | null = null,
) => planCases({ mode, filter, seeds }, SHARED, "/x/shared/instances");

describe("planCases", () => {
  it("takes every school file, names it without its suffix and knows what it should answer", () => {
    const shared = plan("default").filter((c) => c.group === "shared");
    expect(shared.map((c) => [c.name, c.expected])).toEqual([
      ["elementary-s-1", "solved"],
      ["elementary-l-1", "solved"],
      ["elementary-infeasible-team", "infeasible"],
      ["middle-m-1", "solved"],
      ["high-m-1", "solved"],
      ["mystery", "unknown"],
    ]);
    expect(shared[0]!.source).toEqual({
      kind: "shared",
      file: "/x/shared/instances/elementary-s-1.school.json",
    });
    expect(shared[5]!.kind).toBe("other");
  });

  it("tries every school with 10 seeds by default and in full mode, 2 in quick mode", () => {
    const seedsOf = (mode: "quick" | "default" | "full", group: string) =>
      plan(mode)
        .filter((c) => c.group === group)
        .map((c) => c.seeds.length);
    expect(new Set(seedsOf("default", "shared"))).toEqual(new Set([10]));
    expect(new Set(seedsOf("default", "generated"))).toEqual(new Set([10]));
    expect(new Set(seedsOf("full", "generated"))).toEqual(new Set([10]));
    expect(new Set(seedsOf("full", "shared"))).toEqual(new Set([10]));
    expect(new Set(seedsOf("quick", "shared"))).toEqual(new Set([2]));
    expect(plan("full")[0]!.seeds).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(plan("quick", null, 7).map((c) => c.seeds.length))).toEqual(new Set([7]));
  });

  it("generates growing sizes of every kind, up to at least 1,300 sections", () => {
    for (const mode of ["quick", "default", "full"] as const) {
      for (const sizes of Object.values(GENERATED_SIZES[mode])) {
        expect(sizes.length).toBeGreaterThanOrEqual(2);
        expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
      }
      expect(Math.max(...Object.values(GENERATED_SIZES[mode]).flat())).toBeGreaterThanOrEqual(1300);
    }
    const generated = plan("default").filter((c) => c.group === "generated");
    expect(generated.map((c) => c.name)).toContain("gen-high-1300");
    expect(generated.every((c) => c.expected === "solved")).toBe(true);
    expect(generated.find((c) => c.name === "gen-middle-720")!.source).toEqual({
      kind: "generated",
      school: "middle",
      sections: 720,
      seed: 1,
    });
  });

  it("keeps only the names that contain the filter, ignoring case", () => {
    expect(plan("default", "HIGH").map((c) => c.name)).toEqual([
      "high-m-1",
      "gen-high-200",
      "gen-high-400",
      "gen-high-800",
      "gen-high-1300",
    ]);
    expect(plan("default", "-m-").map((c) => c.name)).toEqual(["middle-m-1", "high-m-1"]);
    expect(plan("default", "nothing-like-this")).toEqual([]);
  });

  it("tells a school's kind from its name", () => {
    expect(kindOf("middle-l-1")).toBe("middle");
    expect(kindOf("highschool")).toBe("other");
  });
});
