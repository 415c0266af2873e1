// The shape of one rule of the spec: a pure check over the occupancy index, with a one-line
// statement of what it protects (shown next to its violations, and read by whoever adds a rule).
import type { Occupancy } from "../validate/occupancy.ts";
import type { CheckScope } from "../validate/scope.ts";
import type { RuleName, Violation } from "../validate/violation.ts";

export type Constraint<R extends RuleName = RuleName> = {
  rule: R;
  /** What the rule protects, in one line. */
  protects: string;
  /**
   * "document" rules hold for every answer; "timetable" rules check what a solved or partial
   * answer places, and are not asked of an infeasible one (it claims no timetable).
   */
  scope: "document" | "timetable";
  /**
   * Every violation of the rule; with a scope, at least those about what the scope names (see
   * validate/scope.ts), which is how the grid checks one move without checking the whole school.
   */
  check: (occ: Occupancy, scope?: CheckScope) => Violation[];
};
