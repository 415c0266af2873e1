// The Schedule tab: the Generate panel wired to the current school, saving each schedule it
// finds as a version of that school (when the browser stores it).
import { useCallback, useEffect, useMemo, useRef } from "react";
import { useCurrentSchool } from "../school/current-school.tsx";
import { useCurrentVersion } from "../school/current-version.ts";
import { schoolKey } from "./solve-state.ts";
import { versionName } from "./solve-text.ts";
import { SolvePanel } from "./SolvePanel.tsx";
import type { SaveVersion } from "./use-solver.ts";

export function SolveTab() {
  const { school, schoolId } = useCurrentSchool();
  const { saveNew } = useCurrentVersion();
  // The save runs when the search ends; by then the person may have edited the school.
  const key = useMemo(() => schoolKey(school), [school]);
  const latestKey = useRef(key);
  useEffect(() => {
    latestKey.current = key;
  }, [key]);

  const save = useCallback<SaveVersion>(
    async (schedule, settings, solvedKey) => {
      if (solvedKey !== latestKey.current) {
        return { status: "not-stored", reason: "the school changed while the solver ran" };
      }
      const saved = await saveNew(schedule, {
        name: versionName(settings.seed, new Date()),
        origin: "solver",
      });
      return saved.ok
        ? { status: "saved", versionName: saved.value.name }
        : { status: "failed", message: saved.error.message };
    },
    [saveNew],
  );

  // In memory mode (no IndexedDB) there is nowhere to keep versions: the result stays on screen.
  return <SolvePanel school={school} saveVersion={schoolId === null ? undefined : save} />;
}
