// Saving the grid's edits of the current version, in order. Each edit names the revision the
// previous save produced (the live record may lag behind this tab's own writes), and the grid
// shows an edit at once, before it is stored, so a drop never flickers back.
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import type { Schedule } from "../../../solver/index.ts";
import { updateSchedule, type VersionRecord } from "../../data/index.ts";

export type EditState = {
  saving: boolean;
  error: string | null;
  /** The label of the last edit stored, so the page can say it is safe. */
  saved: string | null;
};

export type ScheduleEdits = {
  /** What to show: the latest edit until the stored record has caught up with it. */
  schedule: Schedule | null;
  edit: (next: Schedule, label: string) => Promise<boolean>;
  state: EditState;
  dismissError: () => void;
};

type Pending = { schedule: Schedule; versionId: string; storedAs: number };

export function useScheduleEdits(record: VersionRecord | null): ScheduleEdits {
  const [pending, setPending] = useState<Pending | null>(null);
  const [inFlight, setInFlight] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const lastRevision = useRef<{ versionId: string; revision: number } | null>(null);
  const recordRef = useRef(record);
  useLayoutEffect(() => {
    recordRef.current = record;
  }, [record]);

  const edit = useCallback((next: Schedule, label: string): Promise<boolean> => {
    const start = recordRef.current;
    if (start === null) return Promise.resolve(false);
    setError(null);
    setPending({ schedule: next, versionId: start.id, storedAs: Infinity });
    setInFlight((n) => n + 1);
    const run = chain.current.then(async () => {
      const current = recordRef.current ?? start;
      const mine = lastRevision.current;
      const expectedRevision =
        mine && mine.versionId === current.id
          ? Math.max(mine.revision, current.revision)
          : current.revision;
      const stored = await updateSchedule(current.id, next, { expectedRevision, label });
      setInFlight((n) => n - 1);
      if (stored.ok) {
        lastRevision.current = { versionId: stored.value.id, revision: stored.value.revision };
        setPending((p) =>
          p && p.schedule === next ? { ...p, storedAs: stored.value.revision } : p,
        );
        setSaved(label);
        return true;
      }
      setPending(null);
      setSaved(null);
      setError(
        stored.error.kind === "conflict"
          ? "Another tab changed this version first; the grid now shows its version. Make the move again."
          : `The move was not saved: ${stored.error.message}`,
      );
      return false;
    });
    chain.current = run;
    return run;
  }, []);

  const showPending =
    pending !== null &&
    record !== null &&
    pending.versionId === record.id &&
    record.revision < pending.storedAs;
  return {
    schedule: showPending ? pending.schedule : (record?.schedule ?? null),
    edit,
    state: { saving: inFlight > 0, error, saved },
    dismissError: () => setError(null),
  };
}
