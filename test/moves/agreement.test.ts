// The grid and the validator never disagree: for random moves on the shared schools (valid
// schedules and broken ones), the scoped check's verdict is exactly the difference between two
// full validations, the schedule written after the move validates to exactly that, and the
// index is left as it was found.
import { describe, expect, it } from "vitest";
import { resolveSchool } from "../../solver/model/resolve.ts";
import {
  applyMoveToSchedule,
  checkMove,
  moveScope,
  planMove,
  subtract,
} from "../../solver/moves/index.ts";
import { applyPlan, undoPlan } from "../../solver/moves/check.ts";
import {
  buildOccupancy,
  checkOccupancy,
  validateSchedule,
  type Violation,
} from "../../solver/validate/index.ts";
import { INSTANCES, MUTATIONS, readSchedule, schoolOf } from "../validate/instances.ts";
import { randomMoves } from "../../solver/moves/random.ts";

const sorted = (vs: readonly Violation[]): string[] =>
  vs.map((v) => `${v.rule}: ${v.message}`).sort();

const CASES = [
  `${INSTANCES}middle-s-1.planted.json`,
  `${INSTANCES}high-s-1.planted.json`,
  `${INSTANCES}elementary-s-1.planted.json`,
  `${MUTATIONS}middle-m-1.mutation-04.schedule.json`,
  `${MUTATIONS}high-m-1.mutation-02.schedule.json`,
];

describe.each(CASES)("moves on %s", (path) => {
  const schedule = readSchedule(path);
  const model = resolveSchool(schoolOf(path.split("/").pop()!));

  it("the scoped verdict equals the difference of two full checks", () => {
    const occ = buildOccupancy(model, schedule);
    const before = checkOccupancy(occ);
    const lunchCount = occ.lunches.length;
    let refused = 0;
    for (const move of randomMoves(model, occ, 40, 7)) {
      const verdict = checkMove(occ, move);
      const plan = planMove(occ, move);
      const lunches = applyPlan(occ, plan, moveScope(model, plan));
      const after = checkOccupancy(occ);
      undoPlan(occ, plan, lunches);
      expect(sorted(verdict.added)).toEqual(sorted(subtract(after, before)));
      expect(sorted(verdict.mended)).toEqual(sorted(subtract(before, after)));
      expect(verdict.allowed).toBe(verdict.added.length === 0);
      if (!verdict.allowed) refused++;
    }
    // The moves are random: most break something, which is what makes the comparison telling.
    expect(refused).toBeGreaterThan(10);
    expect(sorted(checkOccupancy(occ))).toEqual(sorted(before));
    expect(occ.lunches.length).toBe(lunchCount);
  });

  it("gives the same verdicts when the checks of a drag share what holds before", () => {
    const occ = buildOccupancy(model, schedule);
    const cache = new Map();
    const meeting = occ.meetings.findIndex((m) => m !== null);
    for (let day = 0; day < model.dayCount; day++) {
      for (let period = 0; period < model.periodCount; period++) {
        const move = { kind: "meeting" as const, meeting, day, period, room: null };
        const alone = checkMove(occ, move);
        const shared = checkMove(occ, move, cache);
        expect(sorted(shared.added)).toEqual(sorted(alone.added));
        expect(sorted(shared.mended)).toEqual(sorted(alone.mended));
      }
    }
    expect(cache.size).toBeGreaterThan(0);
  });

  it("the schedule written after a move validates to what the check foretold", () => {
    const occ = buildOccupancy(model, schedule);
    const before = validateSchedule(model, schedule);
    for (const move of randomMoves(model, occ, 12, 11)) {
      const verdict = checkMove(occ, move);
      const next = applyMoveToSchedule(model, schedule, verdict.plan, verdict.lunches);
      const after = validateSchedule(model, next);
      expect(sorted(subtract(after, before))).toEqual(sorted(verdict.added));
      expect(sorted(subtract(before, after))).toEqual(sorted(verdict.mended));
    }
  });
});
