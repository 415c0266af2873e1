// The prechecks on whole schools: each shared infeasible school is caught with the reason its
// .reason.txt gives, and no feasible school (one with a planted schedule, or a generated one) is
// ever rejected, since every check must be a necessary condition.
import { describe, expect, it } from "vitest";
import { parseSchool } from "../../solver/format/index.ts";
import { generateSchool, type SchoolKind } from "../../solver/generate/index.ts";
import type { School } from "../../solver/model/format.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { precheck } from "../../solver/explain/index.ts";
import { instanceFiles, readInstance } from "../shared-path.ts";

function schoolFile(name: string): School {
  const parsed = parseSchool(readInstance(name));
  if (!parsed.ok) throw new Error(`${name} does not parse: ${parsed.errors[0]?.message ?? ""}`);
  return parsed.value;
}

/** The sentence after the "reason: team" line, and the team and teacher ids it names. */
function reasonOf(name: string): { sentence: string; team: string; teacher: string } {
  const [kind, sentence = ""] = readInstance(name).trim().split("\n");
  expect(kind).toBe("reason: team");
  const team = /^Team "[^"]*" \(([^)]+)\)/.exec(sentence)?.[1] ?? "";
  const teacher = /, but [^(]+ \(([^)]+)\)/.exec(sentence)?.[1] ?? "";
  return { sentence, team, teacher };
}

describe("the shared infeasible schools", () => {
  const reasons = instanceFiles(".reason.txt");

  it("are all here", () => {
    expect(reasons).toHaveLength(3);
  });

  for (const file of reasons) {
    const base = file.replace(".reason.txt", "");
    it(`${base} is caught naming the team and teacher of its reason`, () => {
      const reason = reasonOf(file);
      const found = precheck(resolveSchool(schoolFile(`${base}.school.json`)));
      const match = found.find(
        (f) => f.teams?.includes(reason.team) && f.teachers?.includes(reason.teacher),
      );
      expect(match?.check).toBe("team-member-busy");
      expect(match?.message).toBe(reason.sentence);
    });
  }
});

describe("feasible schools get no finding", () => {
  const planted = instanceFiles(".planted.json");

  it("has the nine shared schools with a planted schedule", () => {
    expect(planted).toHaveLength(9);
  });

  for (const file of planted) {
    const name = file.replace(".planted.json", ".school.json");
    it(name, () => {
      expect(precheck(resolveSchool(schoolFile(name)))).toEqual([]);
    });
  }

  const sizes: Record<SchoolKind, number[]> = {
    elementary: [60, 200],
    middle: [60, 200],
    high: [80, 300],
  };
  for (const kind of ["elementary", "middle", "high"] as const) {
    for (const sections of sizes[kind]) {
      for (const seed of [1, 2, 3]) {
        it(`generated ${kind}, ${sections} sections, seed ${seed}`, () => {
          const { school } = generateSchool({ kind, sections, seed });
          expect(precheck(resolveSchool(school))).toEqual([]);
        });
      }
    }
  }
});
