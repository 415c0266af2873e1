import { describe, expect, it } from "vitest";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { validateSchedule } from "../../solver/validate/index.ts";
import { createSolverClient, type WorkerEvents } from "../../src/workers/client.ts";
import { handlers } from "../../src/workers/handlers.ts";
import type { HandlerMap, SolveProgressEvent, SolveRequest } from "../../src/workers/protocol.ts";
import { tinySchool } from "./solve-fixtures.ts";
import { inProcessWorker, newLog, stuckWorker } from "./workers-fakes.ts";

const request = (): SolveRequest => ({
  school: tinySchool(),
  seed: 1,
  timeLimitMs: 10_000,
  partial: false,
});

const noWorker = () => {
  throw new Error("Worker is not defined");
};

const expectValidSolution = (outcome: Awaited<ReturnType<typeof solveOnce>>) => {
  expect(outcome.ok).toBe(true);
  if (!outcome.ok) return;
  expect(outcome.value.schedule.status).toBe("solved");
  expect(validateSchedule(resolveSchool(tinySchool()), outcome.value.schedule)).toEqual([]);
};

const solveOnce = (
  client: ReturnType<typeof createSolverClient>,
  progress?: SolveProgressEvent[],
) => client.solve(request(), (p) => progress?.push(p)).promise;

describe("createSolverClient", () => {
  it("runs a job in the worker and answers its result and progress", async () => {
    const log = newLog();
    const client = createSolverClient({ createWorker: inProcessWorker(handlers, log) });
    const progress: SolveProgressEvent[] = [];
    expectValidSolution(await solveOnce(client, progress));
    expect(client.mode()).toBe("worker");
    expect(progress.length).toBeGreaterThan(0);
    expect(log.posted.map((m) => m.type)).toEqual(["run"]);
  });

  it("reuses one worker for jobs in turn", async () => {
    const log = newLog();
    const client = createSolverClient({ createWorker: inProcessWorker(handlers, log) });
    expectValidSolution(await solveOnce(client));
    expectValidSolution(await solveOnce(client));
    expect(log.started).toBe(1);
  });

  it("falls back to the main thread, with the same handlers, when no worker can start", async () => {
    const client = createSolverClient({ createWorker: noWorker });
    const progress: SolveProgressEvent[] = [];
    expectValidSolution(await solveOnce(client, progress));
    expect(client.mode()).toBe("main-thread");
    expect(progress.length).toBeGreaterThan(0);
    // The page gets a turn before the main thread is busy, so "Searching…" can be painted.
    let answered = false;
    const job = client.solve(request());
    void job.promise.then(() => (answered = true));
    await Promise.resolve();
    expect(answered).toBe(false);
    expectValidSolution(await job.promise);
  });

  it("moves the jobs of a worker that fails before it ever answers to the main thread", async () => {
    const log = newLog();
    const seen: WorkerEvents[] = [];
    const client = createSolverClient({ createWorker: stuckWorker(log, seen) });
    const job = client.solve(request());
    seen[0]!.error("Failed to load module script");
    expectValidSolution(await job.promise);
    expect(client.mode()).toBe("main-thread");
    expect(log.terminated).toBe(1);
  });

  it("answers an internal error when a worker that was working fails", async () => {
    const log = newLog();
    const seen: WorkerEvents[] = [];
    const client = createSolverClient({ createWorker: stuckWorker(log, seen) });
    const job = client.solve(request());
    const progress = { phase: "searching", fraction: 0, conflicts: 4, elapsedMs: 1 };
    seen[0]!.message({ type: "progress", id: 1, name: "schedule/solve", progress });
    seen[0]!.error("out of memory");
    expect(await job.promise).toEqual({
      ok: false,
      error: { kind: "internal", message: "out of memory" },
    });
  });

  it("cancels by asking the worker to stop, terminating it, and starting a fresh one next", async () => {
    const log = newLog();
    const seen: WorkerEvents[] = [];
    const stuck = stuckWorker(log, seen);
    const working = inProcessWorker(handlers, log);
    const client = createSolverClient({
      createWorker: (events) => (log.started === 0 ? stuck(events) : working(events)),
    });
    const job = client.solve(request());
    job.cancel();
    expect(await job.promise).toEqual({
      ok: false,
      error: { kind: "cancelled", message: "Cancelled." },
    });
    expect(log.posted.map((m) => m.type)).toEqual(["run", "abort"]);
    expect(log.terminated).toBe(1);

    const next = client.solve(request());
    // The cancelled worker's last words reach no one.
    seen[0]!.message({ type: "error", id: 2, error: { kind: "internal", message: "late" } });
    expectValidSolution(await next.promise);
    expect(log.started).toBe(2);
  });

  it("turns a handler's exception into an internal error, in a worker and on the main thread", async () => {
    const broken: HandlerMap = {
      "schedule/solve": () => {
        throw new Error("bug in the search");
      },
    };
    const expected = { ok: false, error: { kind: "internal", message: "bug in the search" } };
    const inWorker = createSolverClient({ createWorker: inProcessWorker(broken, newLog()) });
    expect(await inWorker.solve(request()).promise).toEqual(expected);
    const onMain = createSolverClient({
      createWorker: noWorker,
      loadHandlers: () => Promise.resolve(broken),
    });
    expect(await onMain.solve(request()).promise).toEqual(expected);
  });

  it("cancels a main-thread job that has not started yet, and never runs it", async () => {
    let runs = 0;
    const client = createSolverClient({
      createWorker: noWorker,
      loadHandlers: () =>
        Promise.resolve({
          "schedule/solve": (args, context) => {
            runs++;
            return handlers["schedule/solve"](args, context);
          },
        }),
    });
    const job = client.solve(request());
    job.cancel();
    expect((await job.promise).ok).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(runs).toBe(0);
  });
});
