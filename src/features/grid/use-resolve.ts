// "Re-solve": the solver places everything that is not pinned around the pins, in the Web
// Worker, with progress and Cancel. The solver keeps pinned meetings exactly (the school file's
// `pinned`), so the grid only has to hand it the school as it is now.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Schedule, School } from "../../../solver/index.ts";
import { createSolverClient, type Job, type SolverClient } from "../../workers/client.ts";
import type { SolveProgressEvent, SolveResult } from "../../workers/protocol.ts";

export type ResolveState =
  | { phase: "idle" }
  | { phase: "running"; progress: SolveProgressEvent | null }
  | { phase: "done"; message: string }
  | { phase: "failed"; message: string; explanation: string[] };

export type Resolver = {
  state: ResolveState;
  run: (school: School, save: (schedule: Schedule) => Promise<string>) => void;
  cancel: () => void;
};

const TIME_LIMIT_MS = 60_000;

export function useResolve(createClient: () => SolverClient = createSolverClient): Resolver {
  const [state, setState] = useState<ResolveState>({ phase: "idle" });
  const client = useRef<SolverClient | null>(null);
  const job = useRef<Job<SolveResult> | null>(null);
  const seed = useRef(1);

  useEffect(
    () => () => {
      client.current?.dispose();
      client.current = null;
    },
    [],
  );

  const run = useCallback(
    (school: School, save: (schedule: Schedule) => Promise<string>) => {
      job.current?.cancel();
      client.current ??= createClient();
      setState({ phase: "running", progress: null });
      // A new seed each time, so that asking again can find a different arrangement.
      const started = client.current.solve(
        { school, seed: seed.current++, timeLimitMs: TIME_LIMIT_MS, partial: false },
        (progress) => setState({ phase: "running", progress }),
      );
      job.current = started;
      void started.promise.then(async (outcome) => {
        if (job.current !== started) return;
        job.current = null;
        if (!outcome.ok) {
          const cancelled = outcome.error.kind === "cancelled";
          setState(
            cancelled
              ? { phase: "done", message: "Re-solve cancelled; nothing changed." }
              : { phase: "failed", message: outcome.error.message, explanation: [] },
          );
          return;
        }
        const { schedule } = outcome.value;
        if (schedule.status !== "solved") {
          setState({
            phase: "failed",
            message: "The solver found no schedule around the pins; nothing changed.",
            explanation: schedule.explanation,
          });
          return;
        }
        setState({ phase: "done", message: await save(schedule) });
      });
    },
    [createClient],
  );

  const cancel = useCallback(() => job.current?.cancel(), []);
  return { state, run, cancel };
}
