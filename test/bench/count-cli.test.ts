// The counting tools (bench:moves, bench:template) load schools by the names the benchmark prints.
import { describe, expect, it } from "vitest";
import { loadModel, takeFlag, takeSwitch } from "../../solver/bench/count-cli.ts";
import { generateSchool } from "../../solver/generate/index.ts";

describe("the counting tools' school names", () => {
  it("load a generated school by the name the benchmark prints, with the benchmark's seed", () => {
    const model = loadModel("gen-middle-90");
    const { school } = generateSchool({ kind: "middle", sections: 90, seed: 1 });
    expect(model.sections.map((s) => s.id)).toEqual(school.sections.map((s) => s.id));
  });

  it("load a shared school by its file name", () => {
    expect(loadModel("middle-s-1").sections.length).toBeGreaterThan(0);
  });

  it("name the kinds when a generated name has none of them", () => {
    expect(() => loadModel("gen-college-90")).toThrow(
      "gen-college-90: no such kind; use one of elementary, middle, high",
    );
  });
});

describe("the counting tools' flags", () => {
  it("take a flag's value and a switch out of the arguments", () => {
    const args = ["--seeds", "3", "--strict", "middle-m-1"];
    expect(takeFlag(args, "--seeds", "10")).toBe("3");
    expect(takeSwitch(args, "--strict")).toBe(true);
    expect(args).toEqual(["middle-m-1"]);
    expect(takeFlag(args, "--steps", "40000")).toBe("40000");
  });
});
