import { useId, useLayoutEffect, useMemo, useRef, useState, type FormEvent } from "react";
import type { School } from "../../../solver/index.ts";
import type { SolverClient } from "../../workers/client.ts";
import { readSettings, DEFAULT_SETTINGS, type SettingsForm } from "./settings.ts";
import { schoolKey } from "./solve-state.ts";
import { progressText } from "./solve-text.ts";
import { SolveResultView } from "./SolveResultView.tsx";
import { useSolver, type SaveVersion } from "./use-solver.ts";
import "./solve.css";

type Props = {
  school: School;
  /** Stores a finished schedule as a version; without it the result lives in this tab only. */
  saveVersion?: SaveVersion;
  createClient?: () => SolverClient;
};

/** The Schedule tab's "Generate schedule" panel: settings, progress, cancel and the result. */
export function SolvePanel({ school, saveVersion, createClient }: Props) {
  const ids = useId();
  const [form, setForm] = useState<SettingsForm>(DEFAULT_SETTINGS);
  const { run, generate, cancel } = useSolver({ saveVersion, createClient });
  const settings = readSettings(form);
  const running = run.phase === "running";
  const problemOf = (field: keyof SettingsForm) =>
    settings.ok ? undefined : settings.problems.find((p) => p.field === field)?.message;
  // A result answers the school it was generated for; after an edit it would mislead.
  const key = useMemo(() => schoolKey(school), [school]);
  const current = run.phase === "done" && run.schoolKey === key ? run : null;
  const stale = run.phase === "done" && run.schoolKey !== key;

  // Cancel disappears when the run stops; focus goes where the person will act next. A layout
  // effect moves it in the same commit that removes Cancel, so focus never falls to the body
  // in between (a passive effect could run after a screen reader, or a test, saw the page).
  const generateButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (run.phase === "cancelled") generateButton.current?.focus();
  }, [run.phase]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (settings.ok && !running) generate(school, settings.value);
  };

  return (
    <>
      <section className="solve-panel" aria-labelledby={`${ids}-heading`}>
        <h2 id={`${ids}-heading`}>Generate schedule</h2>
        <p className="muted">
          The solver looks for a master schedule that gives every team its common planning time. It
          works in the background: you can switch tabs while it searches.
        </p>
        <form className="solve-form" onSubmit={onSubmit} noValidate>
          <NumberField
            id={`${ids}-seed`}
            label="Seed"
            problem={problemOf("seed")}
            inputMode="numeric"
            min={0}
            value={form.seed}
            disabled={running}
            onChange={(seed) => setForm({ ...form, seed })}
          />
          <NumberField
            id={`${ids}-limit`}
            label="Time limit (seconds)"
            problem={problemOf("timeLimitSeconds")}
            inputMode="decimal"
            min={1}
            value={form.timeLimitSeconds}
            disabled={running}
            onChange={(timeLimitSeconds) => setForm({ ...form, timeLimitSeconds })}
          />
          <div className="solve-field solve-check">
            <input
              id={`${ids}-partial`}
              type="checkbox"
              checked={form.partial}
              disabled={running}
              onChange={(e) => setForm({ ...form, partial: e.target.checked })}
            />
            <label htmlFor={`${ids}-partial`}>Allow a partial schedule</label>
          </div>
          <div className="solve-actions">
            <button
              ref={generateButton}
              type="submit"
              className="button button-primary"
              disabled={running || !settings.ok}
            >
              Generate
            </button>
            {running && (
              <button type="button" className="button button-quiet" onClick={cancel}>
                Cancel
              </button>
            )}
          </div>
        </form>
        {running && (
          <div className="solve-progress">
            <progress
              aria-label="Search progress"
              max={1}
              value={run.progress === null ? undefined : run.progress.fraction}
            />
            <span>{progressText(run.progress)}</span>
          </div>
        )}
        <div role="status" className="solve-announce">
          {run.phase === "running" && (
            <span className="visually-hidden">Generating a schedule.</span>
          )}
          {run.phase === "cancelled" && (
            <p className="solve-status solve-status-neutral">
              <span className="solve-status-icon" aria-hidden="true">
                ■
              </span>
              <strong>Cancelled</strong>
              <span className="muted"> The search was stopped; nothing was kept.</span>
            </p>
          )}
          {current && (
            <span className="visually-hidden">{announce(current.result.schedule.status)}</span>
          )}
          {stale && (
            <p className="muted">The school changed since the last schedule was generated.</p>
          )}
        </div>
        {run.phase === "failed" && (
          <div className="problems" role="alert">
            <h3>
              {run.error.kind === "invalid-school"
                ? run.error.message
                : "The solver stopped with an error"}
            </h3>
            <ul>
              {run.error.kind === "invalid-school" ? (
                run.error.problems.map((p, i) => <li key={i}>{p.message}</li>)
              ) : (
                <li>{run.error.message}</li>
              )}
            </ul>
          </div>
        )}
      </section>
      {current && (
        <SolveResultView
          school={current.school}
          result={current.result}
          seed={current.settings.seed}
          save={current.save}
        />
      )}
    </>
  );
}

const announce = (status: string): string =>
  status === "solved"
    ? "Schedule found."
    : status === "partial"
      ? "Partial schedule found."
      : "No schedule found.";

/** A number input with its label and, when the value is refused, the reason, linked to it. */
function NumberField({
  id,
  label,
  problem,
  inputMode,
  min,
  value,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  problem: string | undefined;
  inputMode: "numeric" | "decimal";
  min: number;
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <div className="solve-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode={inputMode}
        min={min}
        step={1}
        value={value}
        disabled={disabled}
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {problem && (
        <p id={`${id}-problem`} className="solve-field-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
