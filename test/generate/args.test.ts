import { describe, expect, it } from "vitest";
import { fileBase, parseGenerateArgs } from "../../solver/generate/args.ts";

describe("parseGenerateArgs", () => {
  it("reads every option", () => {
    expect(
      parseGenerateArgs([
        "--kind",
        "middle",
        "--sections",
        "180",
        "--seed",
        "7",
        "--name",
        "X",
        "--out-dir",
        "out",
      ]),
    ).toEqual({
      kind: "school",
      school: "middle",
      sections: 180,
      seed: 7,
      name: "X",
      outDir: "out",
    });
  });

  it("defaults the seed to 1, the size to the kind's default and the folder to the current one", () => {
    expect(parseGenerateArgs(["--kind", "high"])).toEqual({
      kind: "school",
      school: "high",
      sections: undefined,
      seed: 1,
      name: undefined,
      outDir: ".",
    });
  });

  it("answers wrong input with a message naming the flag", () => {
    const message = (argv: string[]) => {
      const r = parseGenerateArgs(argv);
      return r.kind === "error" ? r.message : r.kind;
    };
    expect(message([])).toMatch(/--kind is required/);
    expect(message(["--kind", "college"])).toMatch(/--kind must be/);
    expect(message(["--kind", "middle", "--sections", "12.5"])).toMatch(
      /--sections must be a whole number/,
    );
    expect(message(["--kind", "middle", "--seed", "-1"])).toMatch(/--seed must be/);
    expect(message(["--kind", "middle", "--size", "3"])).toMatch(/unknown option --size/);
    expect(message(["--kind"])).toMatch(/--kind needs a value/);
    expect(message(["--sample", "--kind", "middle"])).toMatch(/--sample takes no other options/);
  });

  it("recognises --sample and --help", () => {
    expect(parseGenerateArgs(["--sample"])).toEqual({ kind: "sample" });
    expect(parseGenerateArgs(["--kind", "middle", "-h"])).toEqual({ kind: "help" });
  });

  it("names files after kind, size and seed", () => {
    expect(fileBase("middle", 180, 1)).toBe("middle-180-1");
  });
});
