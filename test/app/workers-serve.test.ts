import { describe, expect, it } from "vitest";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { validateSchedule } from "../../solver/validate/index.ts";
import type { FromWorker, HandlerMap, SolveRequest } from "../../src/workers/protocol.ts";
import { createJobServer } from "../../src/workers/serve.ts";
import { PROGRESS_INTERVAL_MS, solveJob } from "../../src/workers/solve-job.ts";
import { throttle } from "../../src/workers/throttle.ts";
import { tinySchedule, tinySchool, triangleSchool } from "./solve-fixtures.ts";

const request = (over: Partial<SolveRequest> = {}): SolveRequest => ({
  school: tinySchool(),
  seed: 1,
  timeLimitMs: 10_000,
  partial: false,
  ...over,
});

const collect = (handlers: HandlerMap) => {
  const posted: FromWorker[] = [];
  return { posted, server: createJobServer(handlers, (m) => posted.push(m)) };
};

describe("throttle", () => {
  it("passes the first call, then at most one per interval", () => {
    let time = 0;
    const sent: number[] = [];
    const send = throttle(
      (n: number) => sent.push(n),
      100,
      () => time,
    );
    for (let i = 0; i < 30; i++) {
      send(i);
      time += 25;
    }
    // Calls at t = 0, 100, 200, ... 700 pass: every fourth.
    expect(sent).toEqual([0, 4, 8, 12, 16, 20, 24, 28]);
  });
});

describe("solveJob", () => {
  it("solves a school and answers a schedule the validator accepts", () => {
    const school = tinySchool();
    const events: number[] = [];
    const outcome = solveJob(request({ school }), {
      signal: new AbortController().signal,
      progress: (p) => events.push(p.conflicts),
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.schedule.status).toBe("solved");
    expect(validateSchedule(resolveSchool(school), outcome.value.schedule)).toEqual([]);
    expect(outcome.value.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(events.length).toBeGreaterThan(0);
  });

  it("reports progress with the elapsed time, at most once per interval of its clock", () => {
    let time = 0;
    const clock = () => (time += 7);
    const reported: number[] = [];
    solveJob(
      request(),
      { signal: new AbortController().signal, progress: (p) => reported.push(p.elapsedMs) },
      clock,
    );
    expect(reported.length).toBeGreaterThan(0);
    for (let i = 1; i < reported.length; i++) {
      expect(reported[i]! - reported[i - 1]!).toBeGreaterThanOrEqual(PROGRESS_INTERVAL_MS);
    }
  });

  it("answers a broken school with the parser's problems, not an exception", () => {
    const school = tinySchool();
    school.sections[0]!.teachers = ["t-nobody"];
    const outcome = solveJob(request({ school }), {
      signal: new AbortController().signal,
      progress: () => undefined,
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.kind).toBe("invalid-school");
    if (outcome.error.kind !== "invalid-school") return;
    expect(outcome.error.problems.map((p) => p.message).join("\n")).toMatch(/t-nobody/);
  });

  it("gives the solver the abort signal: an impossible school stops at once, saying so", () => {
    const controller = new AbortController();
    controller.abort();
    // Without the signal this school would keep the search busy for the whole minute.
    const outcome = solveJob(request({ school: triangleSchool(), timeLimitMs: 60_000 }), {
      signal: controller.signal,
      progress: () => undefined,
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.schedule.status).toBe("infeasible");
    expect(outcome.value.schedule.explanation.join(" ")).toMatch(/cancelled/);
  });
});

describe("createJobServer", () => {
  it("forwards progress with the job's id, then posts exactly one result", () => {
    const { posted, server } = collect({
      "schedule/solve": (_args, { progress }) => {
        progress({ phase: "searching", fraction: 0.5, conflicts: 2, elapsedMs: 5 });
        return {
          ok: true,
          value: {
            schedule: tinySchedule(),
            stats: { iterations: 1, penalty: 0, parts: {} },
            elapsedMs: 5,
          },
        };
      },
    });
    server.receive({ type: "run", id: 7, name: "schedule/solve", args: request() });
    expect(posted.map((m) => [m.type, m.id])).toEqual([
      ["progress", 7],
      ["result", 7],
    ]);
  });

  it("turns anything a handler throws into the one internal error, with its message", () => {
    const { posted, server } = collect({
      "schedule/solve": () => {
        throw new RangeError("index out of range");
      },
    });
    server.receive({ type: "run", id: 3, name: "schedule/solve", args: request() });
    expect(posted).toEqual([
      { type: "error", id: 3, error: { kind: "internal", message: "index out of range" } },
    ]);
  });

  it("passes expected failures through as they are", () => {
    const error = { kind: "invalid-school" as const, message: "bad", problems: [] };
    const { posted, server } = collect({ "schedule/solve": () => ({ ok: false, error }) });
    server.receive({ type: "run", id: 1, name: "schedule/solve", args: request() });
    expect(posted).toEqual([{ type: "error", id: 1, error }]);
  });
});
