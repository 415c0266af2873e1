// The import dialog's work: files read in the CSV worker with progress, the preview asked again
// whenever a choice changes (only the newest answer is shown), and the confirmed school stored in
// one write, with the column choices remembered for next time.
import { useCallback, useEffect, useMemo, useReducer, useState } from "react";
import type { School } from "../../../solver/index.ts";
import { createCsvClient } from "../../workers/csv-client.ts";
import type { PlanFileArgs, PlanView } from "../../workers/csv-protocol.ts";
import { useCurrentSchool } from "../school/current-school.tsx";
import {
  guessKind,
  guessMapping,
  KINDS,
  type ImportKind,
  type RememberedMapping,
} from "./fields.ts";
import {
  importReducer,
  initialImport,
  type ImportAction,
  type ImportState,
} from "./import-state.ts";
import { doneMessage } from "./import-text.ts";
import type { ImportProblem } from "./problems.ts";
import {
  loadMapping,
  newSchoolBase,
  saveMappings,
  storeImport,
  type ImportTarget,
} from "./store-import.ts";

export type PreviewState =
  | { status: "idle" }
  | { status: "working"; last: PlanView | null }
  | { status: "ready"; plan: PlanView }
  | { status: "failed"; message: string };

export type StoreState =
  | { status: "idle" }
  | { status: "storing" }
  | { status: "failed"; message: string; problems: ImportProblem[] };

export type ImportSession = {
  state: ImportState;
  dispatch: (action: ImportAction) => void;
  addFiles: (files: readonly File[]) => void;
  setKind: (tableId: number, kind: ImportKind) => void;
  preview: PreviewState;
  store: StoreState;
  /** False when the browser keeps nothing: the import can only change the open school. */
  canCreate: boolean;
  confirm: () => Promise<void>;
};

type Remembered = Partial<Record<ImportKind, RememberedMapping>>;

let nextReadKey = 1;

export function useImport(onDone: (message: string) => void): ImportSession {
  const { school, schoolId, record, update } = useCurrentSchool();
  const [state, dispatch] = useReducer(importReducer, school.name, (name) =>
    initialImport(`${name} (imported)`),
  );
  const [client] = useState(() => createCsvClient());
  useEffect(() => () => client.dispose(), [client]);
  const [remembered] = useState(() =>
    Promise.all(KINDS.map(async (kind) => [kind, await loadMapping(kind)] as const)).then(
      (pairs): Remembered => Object.fromEntries(pairs),
    ),
  );

  const addFiles = useCallback(
    (files: readonly File[]) => {
      for (const file of files) {
        const key = nextReadKey++;
        dispatch({ type: "reading", key, name: file.name });
        void (async () => {
          const read = await client.read(file, (fraction) =>
            dispatch({ type: "progress", key, fraction }),
          );
          if (!read.ok) {
            dispatch({ type: "read-failed", key, message: read.message });
            return;
          }
          const { tableId, table } = read.value;
          const kind = guessKind(table.fileName, table.header);
          const mapping = guessMapping(kind, table.header, (await remembered)[kind]);
          dispatch({
            type: "read",
            key,
            file: { tableId, table, kind, mapping, edits: {}, skipped: [] },
          });
        })();
      }
    },
    [client, remembered],
  );

  const setKind = useCallback(
    (tableId: number, kind: ImportKind) => {
      void remembered.then((r) =>
        dispatch({ type: "kind", tableId, kind, remembered: r[kind] ?? {} }),
      );
    },
    [remembered],
  );

  // The name of a new school is set when it is stored: typing it does not ask for a new preview.
  const base: School = useMemo(
    () => (state.target === "new" ? newSchoolBase(school, school.name) : school),
    [state.target, school],
  );
  const args: PlanFileArgs[] | null = useMemo(
    () =>
      state.step === "preview"
        ? state.files.map(({ tableId, kind, mapping, edits, skipped }) => ({
            tableId,
            kind,
            mapping,
            edits,
            skipped,
          }))
        : null,
    [state.step, state.files],
  );
  const [answer, setAnswer] = useState<{
    for: PlanFileArgs[];
    base: School;
    outcome: PreviewState;
  } | null>(null);
  useEffect(() => {
    if (args === null) return;
    let live = true;
    void client.plan(base, args).then((outcome) => {
      if (!live || (!outcome.ok && outcome.superseded)) return;
      setAnswer({
        for: args,
        base,
        outcome: outcome.ok
          ? { status: "ready", plan: outcome.value }
          : { status: "failed", message: outcome.message },
      });
    });
    return () => {
      live = false;
    };
  }, [client, base, args]);
  const lastPlan = answer?.outcome.status === "ready" ? answer.outcome.plan : null;
  const preview: PreviewState =
    args === null
      ? { status: "idle" }
      : answer !== null && answer.for === args && answer.base === base
        ? answer.outcome
        : { status: "working", last: lastPlan };

  const [store, setStore] = useState<StoreState>({ status: "idle" });
  const confirm = useCallback(async () => {
    if (args === null) return;
    setStore({ status: "storing" });
    const failed = (message: string, problems: ImportProblem[] = []) =>
      setStore({ status: "failed", message, problems });
    const built = await client.plan(base, args, true);
    if (!built.ok) return failed(built.message);
    const plan = built.value;
    if (!plan.ready || plan.school === null)
      return failed("The import still has problems; nothing was stored.");
    const label = `Import ${state.files.map((f) => f.table.fileName).join(", ")}`;
    let name = school.name;
    if (schoolId === null || record === null) {
      if (update(plan.school, label) === "draft")
        return failed("The imported school has errors; nothing was changed.");
    } else {
      const target: ImportTarget =
        state.target === "new"
          ? { kind: "new", name: state.newName }
          : { kind: "merge", schoolId, expectedRevision: record.revision };
      const stored = await storeImport(plan.school, target, label);
      if (!stored.ok) {
        const errors = stored.error.kind === "invalid" ? stored.error.errors : [];
        return failed(
          `${stored.error.message} Nothing was stored.`,
          errors.map((e) => ({ file: "", row: null, column: null, message: e.message, fix: "" })),
        );
      }
      name = stored.value.name;
    }
    await saveMappings(
      state.files.map((f) => ({ kind: f.kind, header: f.table.header, mapping: f.mapping })),
    );
    setStore({ status: "idle" });
    onDone(doneMessage(plan.files, name));
  }, [
    args,
    base,
    client,
    onDone,
    record,
    school.name,
    schoolId,
    state.files,
    state.newName,
    state.target,
    update,
  ]);

  return {
    state,
    dispatch,
    addFiles,
    setKind,
    preview,
    store,
    canCreate: schoolId !== null,
    confirm,
  };
}
