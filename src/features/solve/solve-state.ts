// One run of the solver as the panel sees it, behind a reducer: each run has an id, so an answer
// or a progress report from an earlier run (cancelled, or for another school) is ignored.
import type { School } from "../../../solver/index.ts";
import type {
  CallOutcome,
  JobError,
  SolveProgressEvent,
  SolveResult,
} from "../../workers/protocol.ts";
import type { SolveSettings } from "./settings.ts";

export type SaveState =
  | { status: "not-stored"; reason: string }
  | { status: "saving" }
  | { status: "saved"; versionName: string }
  | { status: "failed"; message: string };

export type SolveRun =
  | { phase: "idle" }
  | {
      phase: "running";
      run: number;
      school: School;
      schoolKey: string;
      settings: SolveSettings;
      progress: SolveProgressEvent | null;
    }
  | {
      phase: "done";
      run: number;
      school: School;
      schoolKey: string;
      settings: SolveSettings;
      result: SolveResult;
      save: SaveState | null;
    }
  | { phase: "cancelled"; run: number }
  | { phase: "failed"; run: number; error: JobError };

export type SolveAction =
  | { type: "started"; run: number; school: School; schoolKey: string; settings: SolveSettings }
  | { type: "progressed"; run: number; progress: SolveProgressEvent }
  | { type: "finished"; run: number; outcome: CallOutcome<SolveResult> }
  | { type: "saved"; run: number; save: SaveState };

/**
 * The school's content as one string: a result belongs to the school it was generated for, and
 * storage hands back equal schools as new objects, so identity cannot tell an edit apart.
 */
export const schoolKey = (school: School): string => JSON.stringify(school);

export const initialRun: SolveRun = { phase: "idle" };

export function solveReducer(state: SolveRun, action: SolveAction): SolveRun {
  if (action.type === "started") {
    const { run, school, schoolKey, settings } = action;
    return { phase: "running", run, school, schoolKey, settings, progress: null };
  }
  if (state.phase === "idle" || state.run !== action.run) return state;
  switch (action.type) {
    case "progressed":
      return state.phase === "running" ? { ...state, progress: action.progress } : state;
    case "finished": {
      if (state.phase !== "running") return state;
      const { outcome } = action;
      if (outcome.ok) {
        const { run, school, schoolKey, settings } = state;
        return {
          phase: "done",
          run,
          school,
          schoolKey,
          settings,
          result: outcome.value,
          save: null,
        };
      }
      return outcome.error.kind === "cancelled"
        ? { phase: "cancelled", run: state.run }
        : { phase: "failed", run: state.run, error: outcome.error };
    }
    case "saved":
      return state.phase === "done" ? { ...state, save: action.save } : state;
  }
}
