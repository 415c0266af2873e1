// Runs the prechecks on a school built in code, after the project's parser has accepted it: a
// finding on a malformed school would prove nothing.
import { expect } from "vitest";
import { checkSchool } from "../../solver/format/index.ts";
import type { School } from "../../solver/model/format.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { precheck, type Finding } from "../../solver/explain/index.ts";
import { validate } from "../validate/builder.ts";
import type { Schedule } from "../../solver/model/format.ts";

export function findings(s: School): Finding[] {
  const parsed = checkSchool(s);
  if (!parsed.ok) throw new Error(`test school is malformed: ${parsed.errors[0]?.message ?? ""}`);
  return precheck(resolveSchool(parsed.value));
}

/** The one finding of a check (and none of any other check, so each test isolates its check). */
export function onlyFinding(s: School, check: string): Finding {
  const all = findings(s);
  expect(all.map((f) => f.check)).toEqual([check]);
  return all[0]!;
}

/** A near miss passes every check, and a schedule proves it really is feasible. */
export function expectFeasible(s: School, proof: Schedule): void {
  expect(findings(s)).toEqual([]);
  expect(validate(s, proof)).toEqual([]);
}
