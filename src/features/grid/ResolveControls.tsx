// The Re-solve button, its progress while the solver works in the background, Cancel, and what
// came of it.
import type { ResolveState } from "./use-resolve.ts";

type Props = {
  state: ResolveState;
  pins: number;
  onRun: () => void;
  onCancel: () => void;
};

export function ResolveControls({ state, pins, onRun, onCancel }: Props) {
  const running = state.phase === "running";
  return (
    <div className="grid-resolve">
      {running ? (
        <>
          <progress
            aria-label="Re-solve progress"
            max={1}
            value={state.progress === null ? undefined : state.progress.fraction}
          />
          <span className="grid-resolve-text">
            {state.progress === null
              ? "Starting…"
              : `${state.progress.phase}, ${state.progress.conflicts} conflicts left`}
          </span>
          <button type="button" className="button button-quiet" onClick={onCancel}>
            Cancel
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button"
          onClick={onRun}
          title="Place everything that is not pinned again, around the pinned meetings"
        >
          Re-solve around {pins} pin{pins === 1 ? "" : "s"}
        </button>
      )}
    </div>
  );
}

/** What the last Re-solve came to, for the grid's status line. */
export function resolveMessage(state: ResolveState): string {
  if (state.phase === "done") return state.message;
  if (state.phase !== "failed") return "";
  return state.explanation.length > 0 ? `${state.message} ${state.explanation[0]}` : state.message;
}
