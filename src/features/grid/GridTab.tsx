// The Grid tab: the current version of the current school in the grid. Moves are saved at once as
// steps of the version's history, pins as steps of the school's; Undo and Redo (and Ctrl+Z,
// Ctrl+Shift+Z while the tab is shown) walk both in the order the grid made them. Re-solve asks
// the solver (in its worker) for a new schedule around the pins and saves it as an edit of the
// current version, so that it too can be undone. The grid's code loads soon after start-up.
import { useCallback, useEffect, useState } from "react";
import type { School } from "../../../solver/index.ts";
import {
  asVersionId,
  undo as undoStep,
  redo as redoStep,
  useHistory,
  useSchoolHistory,
  useSetting,
  useVersion,
  versionLog,
} from "../../data/index.ts";
import { useCurrentSchool } from "../school/current-school.tsx";
import type * as GridViewModule from "./GridView.tsx";
import { useCurrentVersion } from "../school/current-version.ts";
import { isTextField, undoKeyOf } from "../school/undo-keys.ts";
import { downloadSchedule } from "../storage/downloads.ts";
import { nextRedo, nextUndo, type GridStep } from "./history.ts";
import { pinCount } from "./pins.ts";
import { ResolveControls, resolveMessage } from "./ResolveControls.tsx";
import { useResolve } from "./use-resolve.ts";
import { useScheduleEdits } from "./use-schedule-edits.ts";

type GridModule = typeof GridViewModule;
let gridModule: GridModule | null = null;
let loading: Promise<GridModule> | null = null;

/**
 * The grid's code, loaded once. Not React.lazy: a lazy component suspends on its first render
 * even when its code is already here, and React then holds the fallback for a moment.
 */
function loadGrid(): Promise<GridModule> {
  loading ??= import("./GridView.tsx").then((m) => (gridModule = m));
  return loading;
}

function useGridModule(wanted: boolean): GridModule | null {
  const [module, setModule] = useState(gridModule);
  useEffect(() => {
    if (wanted && module === null) void loadGrid().then(setModule);
  }, [wanted, module]);
  return module;
}

/** The grid's code, fetched when the browser is idle after start-up, so the tab opens at once. */
const prefetch = () => void loadGrid();

export function GridTab({ active }: { active: boolean }) {
  const [visited, setVisited] = useState(active);
  useEffect(() => {
    const timer = setTimeout(prefetch, 1500);
    return () => clearTimeout(timer);
  }, []);
  if (active && !visited) {
    // Where the first-render figure starts: the tab is opened (see the grid's browser test).
    performance.mark("grid:open");
    setVisited(true);
  }
  // The container reads the version from the start, so that opening the tab only renders.
  return <GridContainer active={active} visited={visited} />;
}

function GridContainer({ active, visited }: { active: boolean; visited: boolean }) {
  const current = useCurrentSchool();
  const { school, schoolId, draft } = current;
  const version = useCurrentVersion();
  const { record, versions } = version;
  const edits = useScheduleEdits(record);
  const versionLoading = useVersionLoading();
  const grid = useGridModule(visited);
  const resolver = useResolve();
  const versionLive = useHistory(record?.id);
  const schoolLive = useSchoolHistory(schoolId);
  const vTops = versionLive.status === "ready" ? versionLive.value : null;
  const sTops = schoolLive.status === "ready" ? schoolLive.value : null;
  const busy = edits.state.saving || resolver.state.phase === "running";
  const undoNext = busy ? null : nextUndo(vTops, sTops);
  const redoNext = busy ? null : nextRedo(vTops, sTops);
  const [stepProblem, setStepProblem] = useState<string | null>(null);

  const runStep = useCallback(
    (step: GridStep | null, direction: "undo" | "redo") => {
      if (!step) return;
      setStepProblem(null);
      if (step.log === "school") {
        if (direction === "undo") current.undo();
        else current.redo();
        return;
      }
      const id = asVersionId(String(record?.id));
      const run = direction === "undo" ? undoStep : redoStep;
      void run(versionLog(id), { expectedEntryId: step.entry.id }).then((done) => {
        if (!done.ok) setStepProblem(done.error.message);
      });
    },
    [current, record?.id],
  );

  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      const which = undoKeyOf(event, isTextField(event.target));
      if (which === null) return;
      // Ahead of the header's school-only undo: on this tab, undo means the grid's last edit.
      event.preventDefault();
      event.stopPropagation();
      runStep(which === "undo" ? undoNext : redoNext, which);
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [active, runStep, undoNext, redoNext]);

  const onSchoolChange = useCallback(
    (next: School, label: string): string | null => {
      if (schoolId === null) return "this browser stores nothing, so pins cannot be kept";
      if (draft !== null) return "the school has unsaved changes in Setup; finish them first";
      const saved = current.update(next, label);
      if (saved === "saved") return null;
      current.discardDraft();
      return "the pin does not fit the school's rules for this section";
    },
    [current, draft, schoolId],
  );

  if (!visited) return null;
  if (versionLoading) return <p className="muted">Loading the schedule…</p>;
  if (record === null || edits.schedule === null) {
    return (
      <section className="grid-panel grid-none">
        <h2>Master schedule grid</h2>
        <p>
          There is no schedule to show yet. Generate one in the Schedule tab, or open a schedule
          file with &ldquo;Open school file…&rdquo;.
        </p>
        {versions.length > 0 && (
          <p>
            Or choose a version:{" "}
            {versions.map((v) => (
              <button
                key={v.id}
                type="button"
                className="button button-quiet"
                onClick={() => void version.select(v.id)}
              >
                {v.name}
              </button>
            ))}
          </p>
        )}
      </section>
    );
  }

  const schedule = edits.schedule;
  const pins = pinCount(school);
  const actions = (
    <>
      {versions.length > 1 && (
        <label className="grid-field">
          Version
          <select
            value={record.id}
            onChange={(e) => void version.select(asVersionId(e.target.value))}
          >
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <button
        type="button"
        className="button button-quiet"
        disabled={undoNext === null}
        onClick={() => runStep(undoNext, "undo")}
        title={undoNext ? `Undo ${undoNext.entry.label} (Ctrl+Z)` : "Nothing to undo"}
      >
        Undo
      </button>
      <button
        type="button"
        className="button button-quiet"
        disabled={redoNext === null}
        onClick={() => runStep(redoNext, "redo")}
        title={redoNext ? `Redo ${redoNext.entry.label} (Ctrl+Shift+Z)` : "Nothing to redo"}
      >
        Redo
      </button>
      <ResolveControls
        state={resolver.state}
        pins={pins}
        onRun={() =>
          resolver.run(school, async (next) => {
            const label = `Re-solve around ${pins} pinned meeting${pins === 1 ? "" : "s"}`;
            return (await edits.edit(next, label))
              ? `${label}: done. Undo brings the previous schedule back.`
              : "The new schedule could not be saved.";
          })
        }
        onCancel={resolver.cancel}
      />
      <button
        type="button"
        className="button button-quiet"
        onClick={() => downloadSchedule(school.name, { ...record, schedule })}
      >
        Download schedule
      </button>
    </>
  );

  return (
    <>
      {grid ? (
        <grid.GridView
          school={school}
          schedule={schedule}
          onChange={(next, label) => void edits.edit(next, label)}
          onSchoolChange={onSchoolChange}
          actions={actions}
          status={
            edits.state.error ??
            stepProblem ??
            (edits.state.saving
              ? "Saving…"
              : [
                  resolveMessage(resolver.state),
                  edits.state.saved ? `Saved in this browser: ${edits.state.saved}.` : "",
                ]
                  .filter(Boolean)
                  .join(" "))
          }
        />
      ) : (
        <p className="muted">Loading the grid…</p>
      )}
    </>
  );
}

/** Whether the current version is still being read (so the tab does not say "no schedule"). */
function useVersionLoading(): boolean {
  const setting = useSetting("currentVersionId");
  const chosen = setting.status === "ready" ? setting.value : null;
  const live = useVersion(chosen);
  return setting.status === "loading" || (chosen !== null && live.status === "loading");
}
