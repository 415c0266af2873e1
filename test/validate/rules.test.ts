import { describe, expect, it } from "vitest";
import { CONSTRAINTS } from "../../solver/validate/index.ts";
import { rulesBroken, validate } from "./builder.ts";
import { RULE_CASES } from "./rule-cases.ts";

describe("each rule on the smallest school that breaks it", () => {
  it("has a case for every rule the validator knows, and no other", () => {
    const cased = RULE_CASES.map((c) => c.rule).sort();
    expect(cased).toEqual(CONSTRAINTS.map((c) => c.rule).sort());
  });

  for (const c of RULE_CASES) {
    describe(c.rule, () => {
      it("accepts a schedule that keeps it", () => {
        expect(validate(c.school, c.pass)).toEqual([]);
      });

      it("rejects a schedule that breaks it, and only it", () => {
        const violations = validate(c.failSchool ?? c.school, c.fail);
        expect(rulesBroken(c.failSchool ?? c.school, c.fail)).toEqual([c.rule]);
        for (const v of violations) expect(v.message.length).toBeGreaterThan(10);
      });
    });
  }
});
