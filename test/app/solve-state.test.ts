import { describe, expect, it } from "vitest";
import { readSettings, DEFAULT_SETTINGS } from "../../src/features/solve/settings.ts";
import {
  initialRun,
  schoolKey,
  solveReducer,
  type SolveRun,
} from "../../src/features/solve/solve-state.ts";
import type { SolveResult } from "../../src/workers/protocol.ts";
import { tinySchedule, tinySchool } from "./solve-fixtures.ts";

const school = tinySchool();
const settings = { seed: 1, timeLimitMs: 30_000, partial: false };
const result: SolveResult = {
  schedule: tinySchedule(),
  stats: { iterations: 10, penalty: 0, parts: {} },
  elapsedMs: 12,
};
const progress = { phase: "searching", fraction: 0.5, conflicts: 3, elapsedMs: 400 };

const started = (run: number): SolveRun =>
  solveReducer(initialRun, {
    type: "started",
    run,
    school,
    schoolKey: schoolKey(school),
    settings,
  });

describe("solveReducer", () => {
  it("goes from running, through progress, to a result", () => {
    let state = started(1);
    expect(state).toMatchObject({ phase: "running", progress: null });
    state = solveReducer(state, { type: "progressed", run: 1, progress });
    expect(state).toMatchObject({ phase: "running", progress });
    state = solveReducer(state, { type: "finished", run: 1, outcome: { ok: true, value: result } });
    expect(state).toEqual({
      phase: "done",
      run: 1,
      school,
      schoolKey: schoolKey(school),
      settings,
      result,
      save: null,
    });
    state = solveReducer(state, { type: "saved", run: 1, save: { status: "saving" } });
    expect(state).toMatchObject({ phase: "done", save: { status: "saving" } });
  });

  it("says cancelled for a cancelled run and failed for an error", () => {
    const cancelled = solveReducer(started(1), {
      type: "finished",
      run: 1,
      outcome: { ok: false, error: { kind: "cancelled", message: "Cancelled." } },
    });
    expect(cancelled).toEqual({ phase: "cancelled", run: 1 });
    const error = { kind: "internal" as const, message: "boom" };
    const failed = solveReducer(started(2), {
      type: "finished",
      run: 2,
      outcome: { ok: false, error },
    });
    expect(failed).toEqual({ phase: "failed", run: 2, error });
  });

  it("ignores progress and answers from an earlier run", () => {
    const state = started(2);
    expect(solveReducer(state, { type: "progressed", run: 1, progress })).toBe(state);
    expect(
      solveReducer(state, { type: "finished", run: 1, outcome: { ok: true, value: result } }),
    ).toBe(state);
  });

  it("ignores progress after the answer, and a save before one", () => {
    const done = solveReducer(started(1), {
      type: "finished",
      run: 1,
      outcome: { ok: true, value: result },
    });
    expect(solveReducer(done, { type: "progressed", run: 1, progress })).toBe(done);
    const running = started(3);
    expect(solveReducer(running, { type: "saved", run: 3, save: { status: "saving" } })).toBe(
      running,
    );
  });
});

describe("schoolKey", () => {
  it("is equal for equal schools in different objects and differs after an edit", () => {
    expect(schoolKey(tinySchool())).toBe(schoolKey(structuredClone(tinySchool())));
    const edited = tinySchool();
    edited.teachers[0]!.name = "Ada Lovelace";
    expect(schoolKey(edited)).not.toBe(schoolKey(tinySchool()));
  });
});

describe("readSettings", () => {
  it("reads the defaults as seed 1, 30 s, not partial", () => {
    expect(readSettings(DEFAULT_SETTINGS)).toEqual({
      ok: true,
      value: { seed: 1, timeLimitMs: 30_000, partial: false },
    });
  });

  it("accepts decimal seconds and surrounding spaces", () => {
    expect(readSettings({ seed: " 42 ", timeLimitSeconds: "2.5", partial: true })).toEqual({
      ok: true,
      value: { seed: 42, timeLimitMs: 2500, partial: true },
    });
  });

  it.each([
    ["", "30", ["seed"]],
    ["-1", "30", ["seed"]],
    ["1.5", "30", ["seed"]],
    ["4294967296", "30", ["seed"]],
    ["1", "0", ["timeLimitSeconds"]],
    ["1", "", ["timeLimitSeconds"]],
    ["1", "86401", ["timeLimitSeconds"]],
    ["x", "1e3", ["seed", "timeLimitSeconds"]],
  ])("refuses seed %j with limit %j, naming the fields", (seed, limit, fields) => {
    const read = readSettings({ seed, timeLimitSeconds: limit, partial: false });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map((p) => p.field)).toEqual(fields);
  });
});
