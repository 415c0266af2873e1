// Runs the solver for the panel: one client (one worker) per mounted panel, one run at a time.
import { useCallback, useEffect, useReducer, useRef } from "react";
import type { Schedule, School } from "../../../solver/index.ts";
import { createSolverClient, type Job, type SolverClient } from "../../workers/client.ts";
import type { SolveResult } from "../../workers/protocol.ts";
import type { SolveSettings } from "./settings.ts";
import {
  initialRun,
  schoolKey,
  solveReducer,
  type SaveState,
  type SolveRun,
} from "./solve-state.ts";

/**
 * Stores a finished schedule as a version of the school and says how that went; `solvedKey` is
 * the schoolKey of the school it was generated for, which may have been edited since.
 */
export type SaveVersion = (
  schedule: Schedule,
  settings: SolveSettings,
  solvedKey: string,
) => Promise<SaveState>;

export type SolverController = {
  run: SolveRun;
  generate: (school: School, settings: SolveSettings) => void;
  cancel: () => void;
};

type Options = {
  saveVersion?: SaveVersion;
  createClient?: () => SolverClient;
};

export function useSolver({
  saveVersion,
  createClient = createSolverClient,
}: Options = {}): SolverController {
  const [run, dispatch] = useReducer(solveReducer, initialRun);
  const client = useRef<SolverClient | null>(null);
  const job = useRef<Job<SolveResult> | null>(null);
  const runs = useRef(0);

  useEffect(
    () => () => {
      client.current?.dispose();
      client.current = null;
    },
    [],
  );

  const generate = useCallback(
    (school: School, settings: SolveSettings) => {
      job.current?.cancel();
      const id = ++runs.current;
      client.current ??= createClient();
      const key = schoolKey(school);
      dispatch({ type: "started", run: id, school, schoolKey: key, settings });
      const started = client.current.solve({ school, ...settings }, (progress) =>
        dispatch({ type: "progressed", run: id, progress }),
      );
      job.current = started;
      void started.promise.then(async (outcome) => {
        if (job.current === started) job.current = null;
        dispatch({ type: "finished", run: id, outcome });
        // An infeasible answer holds no timetable: nothing worth keeping as a version.
        if (!outcome.ok || outcome.value.schedule.status === "infeasible") return;
        if (saveVersion === undefined) {
          dispatch({
            type: "saved",
            run: id,
            save: { status: "not-stored", reason: "this school is not stored in the browser" },
          });
          return;
        }
        dispatch({ type: "saved", run: id, save: { status: "saving" } });
        dispatch({
          type: "saved",
          run: id,
          save: await saveVersion(outcome.value.schedule, settings, key),
        });
      });
    },
    [createClient, saveVersion],
  );

  const cancel = useCallback(() => job.current?.cancel(), []);

  return { run, generate, cancel };
}
