// The child's work on real schools: loading from a file or the generator, and the rule that the
// verdict is the validator's, shown with a solver that lies about its status.
import { describe, expect, it } from "vitest";
import {
  loadSchool,
  meetingCount,
  runSeeds,
  warmUp,
  WARM_UP_SEED,
  type SolveFn,
} from "../../solver/bench/measure.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { INSTANCES_DIR, readInstance } from "../shared-path.ts";
import { readText } from "../../solver/cli/io.ts";

const highS = () => {
  const loaded = loadSchool(
    { kind: "shared", file: `${INSTANCES_DIR}/high-s-1.school.json` },
    readText,
  );
  if (!loaded.ok) throw new Error(loaded.error);
  return resolveSchool(loaded.school);
};

describe("loadSchool", () => {
  it("reads and parses a shared school", () => {
    const model = highS();
    expect(model.sections).toHaveLength(220);
    expect(meetingCount(model)).toBe(220);
  });

  it("generates a school from its kind, size and seed, the same one each time", () => {
    const source = { kind: "generated" as const, school: "middle" as const, sections: 90, seed: 1 };
    const a = loadSchool(source, readText);
    const b = loadSchool(source, readText);
    if (!a.ok || !b.ok) throw new Error("generation failed");
    expect(a.school.sections.length).toBeGreaterThan(80);
    expect(JSON.stringify(a.school)).toBe(JSON.stringify(b.school));
  });

  it("answers an unreadable or malformed file with an error naming it", () => {
    const missing = loadSchool({ kind: "shared", file: "/nowhere/x.school.json" }, readText);
    expect(missing).toMatchObject({ ok: false });
    expect(!missing.ok && missing.error).toContain("/nowhere/x.school.json");
    const broken = loadSchool({ kind: "shared", file: "bad.school.json" }, () => ({
      ok: true,
      text: readInstance("high-s-1.school.json").replace('"format"', '"formt"'),
    }));
    expect(!broken.ok && broken.error).toMatch(/bad\.school\.json: not a valid school file/);
  });
});

describe("runSeeds", () => {
  it("records the validator's verdict, not the solver's word", () => {
    const model = highS();
    // Claims "solved" with nothing placed: every meeting is missing.
    const liar: SolveFn = () => ({
      schedule: {
        format: "commons-schedule/1",
        school: model.school.name,
        status: "solved",
        placements: [],
        planning: [],
        lunch: [],
        unplaced: [],
        explanation: [],
      },
      stats: { iterations: 7, penalty: Infinity, parts: {} },
    });
    let clock = 0;
    const runs = runSeeds(model, [1, 2], 1000, () => (clock += 10), liar);
    expect(runs).toHaveLength(2);
    expect(runs.map((r) => r.seed)).toEqual([1, 2]);
    expect(runs[0]!.status).toBe("solved");
    expect(runs[0]!.violations).toBeGreaterThan(0);
    expect(runs[0]!.rules["meeting-count"]).toBeGreaterThan(0);
    expect(Object.values(runs[0]!.rules).reduce((a, b) => a + b, 0)).toBe(runs[0]!.violations);
    // Each clock reading advances 10 ms: the solve is timed alone, then the validation.
    expect(runs[0]!.ms).toBe(10);
    expect(runs[0]!.validateMs).toBe(10);
    expect(runs[0]!.penalty).toBeNull();
    expect(runs[0]!.iterations).toBe(7);
  });

  it("passes each seed and the time limit to the solver", () => {
    const model = highS();
    const seen: unknown[] = [];
    const echo: SolveFn = (_m, options) => {
      seen.push(options);
      return {
        schedule: {
          format: "commons-schedule/1",
          school: model.school.name,
          status: "infeasible",
          placements: [],
          planning: [],
          lunch: [],
          unplaced: [],
          explanation: ["Nothing was tried."],
        },
        stats: { iterations: 0, penalty: 3, parts: {} },
      };
    };
    const runs = runSeeds(model, [4, 9], 250, () => 0, echo);
    expect(seen).toEqual([
      { seed: 4, timeLimitMs: 250 },
      { seed: 9, timeLimitMs: 250 },
    ]);
    expect(runs[1]).toMatchObject({
      status: "infeasible",
      violations: 0,
      explanation: ["Nothing was tried."],
    });
  });
});

describe("warmUp", () => {
  const model = highS();
  // Claims "solved" with nothing placed on even seeds, answers infeasible on odd ones.
  const sometimesWrong: SolveFn = (_m, options) => ({
    schedule: {
      format: "commons-schedule/1",
      school: model.school.name,
      status: (options?.seed ?? 0) % 2 === 0 ? "solved" : "infeasible",
      placements: [],
      planning: [],
      lunch: [],
      unplaced: [],
      explanation: (options?.seed ?? 0) % 2 === 0 ? [] : ["Nothing was tried."],
    },
    stats: { iterations: 1, penalty: 0, parts: {} },
  });

  it("solves other seeds until its time is spent, and validates every answer", () => {
    let clock = 0;
    // Each reading advances 15 ms: each solve takes 15 ms, and so does each validation (uncounted).
    const warm = warmUp(model, 60, 1000, () => (clock += 15), sometimesWrong);
    expect(warm.solves).toBe(4);
    expect(warm.ms).toBe(60);
    expect(warm.first).toMatchObject({ seed: WARM_UP_SEED, status: "infeasible", ms: 15 });
    // Seeds 1002 and 1004 claimed a schedule with nothing placed.
    expect(warm.invalid).toBe(2);
    expect(WARM_UP_SEED).toBeGreaterThan(1000);
  });

  it("solves nothing with no time to spend", () => {
    expect(warmUp(model, 0, 1000, () => 0, sometimesWrong)).toEqual({
      solves: 0,
      ms: 0,
      first: null,
      invalid: 0,
    });
  });
});
