// The drop check: the validator's own rules, asked before and after the move on the occupancy
// index, each only about what the move can change (its section's teachers, groups and rooms, its
// team, the days it leaves and reaches). The difference is what the drop would break or mend.
// The index is put back exactly as it was, so one index serves a whole drag.
import type { Model } from "../model/model.ts";
import { constraintFor } from "../constraints/index.ts";
import { moveMeeting, movePlanning, type Occupancy } from "../validate/occupancy.ts";
import { distinctSorted } from "../validate/describe.ts";
import type { CheckScope } from "../validate/scope.ts";
import type { RuleName, Violation } from "../validate/violation.ts";
import { repickLunches, undoLunches } from "./lunch.ts";
import { planDays, planMove, planTeachers, planUnchanged } from "./plan.ts";
import { reasonsFor } from "./reasons.ts";
import type { LunchEdit, Move, MovePlan, MoveVerdict } from "./types.ts";

/**
 * The rules a move can change. The document rules and the counts (meetings per section, planning
 * meetings per teacher, teams without a requirement) cannot change when entries only move.
 */
export const MOVE_RULES: readonly RuleName[] = [
  "meeting-past-day-end",
  "section-twice-a-day",
  "same-period",
  "day-not-allowed",
  "period-not-allowed",
  "pin-moved",
  "teacher-clash",
  "teacher-unavailable",
  "group-clash",
  "full-day-hole",
  "room-assignment",
  "room-clash",
  "room-too-small",
  "room-lacks-feature",
  "room-unavailable",
  "fixed-room-not-used",
  "max-teaching-per-day",
  "min-free-per-day",
  "min-free-per-cycle",
  "planning-count",
  "planning-max-per-day",
  "planning-period-not-allowed",
  "planning-same-period",
  "lunch-missing",
  "lunch-duplicate",
  "lunch-outside-window",
  "lunch-busy",
  "lunch-not-needed",
];

/** Everything the plan can change, and so everything the check must look at. */
export function moveScope(model: Model, plan: MovePlan): CheckScope {
  const groups =
    plan.section >= 0
      ? distinctSorted(
          model.sections[plan.section]!.groups.flatMap((g) => model.groupConflicts[g]!),
        )
      : [];
  const rooms = distinctSorted(
    plan.meetings.flatMap(({ from, to }) => [from.room, to.room]).filter((r) => r >= 0),
  );
  return {
    teachers: distinctSorted(planTeachers(model, plan)),
    groups,
    rooms,
    teams: plan.team >= 0 ? [plan.team] : [],
    sections: plan.section >= 0 ? [plan.section] : [],
    days: planDays(plan),
  };
}

export function checkRules(occ: Occupancy, scope?: CheckScope): Violation[] {
  if (occ.schedule.status === "infeasible") return [];
  const out: Violation[] = [];
  for (const rule of MOVE_RULES) out.push(...constraintFor(rule).check(occ, scope));
  return out;
}

/** Moves the plan's entries and re-picks the lunches it touches; answers the lunch edits. */
export function applyPlan(occ: Occupancy, plan: MovePlan, scope: CheckScope): LunchEdit[] {
  for (const { id, to } of plan.meetings) moveMeeting(occ, id, to);
  for (const { id, to } of plan.plannings) movePlanning(occ, id, to);
  return repickLunches(occ, scope.teachers ?? [], scope.groups ?? [], scope.days ?? []);
}

export function undoPlan(occ: Occupancy, plan: MovePlan, lunches: readonly LunchEdit[]): void {
  undoLunches(occ, lunches);
  for (const { id, from } of plan.plannings) movePlanning(occ, id, from);
  for (const { id, from } of plan.meetings) moveMeeting(occ, id, from);
}

const keyOf = (v: Violation): string => `${v.rule}\u0000${v.message}`;

/** The violations of `a` not matched one for one in `b`. */
export function subtract(a: readonly Violation[], b: readonly Violation[]): Violation[] {
  const left = new Map<string, number>();
  for (const v of b) left.set(keyOf(v), (left.get(keyOf(v)) ?? 0) + 1);
  return a.filter((v) => {
    const n = left.get(keyOf(v)) ?? 0;
    if (n === 0) return true;
    left.set(keyOf(v), n - 1);
    return false;
  });
}

/**
 * The violations before a move, per scope, kept for the checks of one drag: the targets of one
 * dragged meeting share a few scopes (the days it leaves and reaches, the rooms involved). Valid
 * only while the index is the one they were computed on.
 */
export type BeforeCache = Map<string, Violation[]>;

const scopeKey = (scope: CheckScope): string =>
  [scope.teachers, scope.groups, scope.rooms, scope.teams, scope.sections, scope.days]
    .map((list) => (list ?? []).join(","))
    .join("|");

/** What the move would break and mend. The index is left exactly as it was found. */
export function checkMove(occ: Occupancy, move: Move, cache?: BeforeCache): MoveVerdict {
  const plan = planMove(occ, move);
  const scope = moveScope(occ.model, plan);
  const key = cache ? scopeKey(scope) : "";
  let before = cache?.get(key);
  if (!before) {
    before = checkRules(occ, scope);
    cache?.set(key, before);
  }
  const lunches = applyPlan(occ, plan, scope);
  let after: Violation[];
  try {
    after = checkRules(occ, scope);
  } finally {
    undoPlan(occ, plan, lunches);
  }
  const added = subtract(after, before);
  return {
    allowed: added.length === 0,
    unchanged: planUnchanged(plan),
    reasons: reasonsFor(added, plan),
    added,
    mended: subtract(before, after),
    plan,
    lunches,
  };
}
