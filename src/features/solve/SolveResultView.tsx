import { useMemo } from "react";
import {
  serializeSchedule,
  resolveSchool,
  validateSchedule,
  type School,
} from "../../../solver/index.ts";
import { downloadText } from "../../lib/files.ts";
import type { SolveResult } from "../../workers/protocol.ts";
import type { SaveState } from "./solve-state.ts";
import { elapsedText, scheduleFileName, statusView, verdictText } from "./solve-text.ts";
import { buildTeacherTable } from "./teacher-table.ts";
import { TeacherTable } from "./TeacherTable.tsx";

/** How many violations are listed before "and N more": enough to act on, short enough to read. */
const LISTED_VIOLATIONS = 20;

type Props = { school: School; result: SolveResult; seed: number; save: SaveState | null };

export function SolveResultView({ school, result, seed, save }: Props) {
  const { schedule } = result;
  const status = statusView(schedule);
  // The solver's "solved" is a claim; the validator, run here on the UI's side, is the verdict.
  const checked = useMemo(() => {
    const model = resolveSchool(school);
    return {
      violations: validateSchedule(model, schedule),
      table: buildTeacherTable(model, schedule),
    };
  }, [school, schedule]);
  const hasTimetable = schedule.status !== "infeasible";

  return (
    <section className="solve-result" aria-labelledby="solve-result-heading">
      <h2 id="solve-result-heading">Result</h2>
      <p className={`solve-status solve-status-${status.tone}`} data-testid="solve-status">
        <span className="solve-status-icon" aria-hidden="true">
          {status.icon}
        </span>
        <strong>{status.label}</strong>
        <span className="muted">
          {" "}
          in {elapsedText(result.elapsedMs)}, seed {seed}
        </span>
      </p>
      {status.detail !== "" && <p>{status.detail}</p>}
      {schedule.explanation.length > 0 && (
        <ul className="solve-explanation" aria-label="Why">
          {schedule.explanation.map((sentence, i) => (
            <li key={i}>{sentence}</li>
          ))}
        </ul>
      )}
      {schedule.unplaced.length > 0 && (
        <ul className="solve-explanation" aria-label="Meetings not placed">
          {schedule.unplaced.map((u, i) => (
            <li key={i}>
              <code>{u.section}</code>: {u.reason}
            </li>
          ))}
        </ul>
      )}
      {hasTimetable && (
        <div className="solve-verdict">
          <p data-testid="solve-verdict">
            <span aria-hidden="true">{checked.violations.length === 0 ? "✓ " : "⚠ "}</span>
            {verdictText(checked.violations.length)}
          </p>
          {checked.violations.length > 0 && (
            <ul aria-label="Rule violations">
              {checked.violations.slice(0, LISTED_VIOLATIONS).map((v, i) => (
                <li key={i}>{v.message}</li>
              ))}
              {checked.violations.length > LISTED_VIOLATIONS && (
                <li>… and {checked.violations.length - LISTED_VIOLATIONS} more</li>
              )}
            </ul>
          )}
        </div>
      )}
      <SaveLine save={save} />
      <p>
        <button
          type="button"
          className="button"
          onClick={() => downloadText(scheduleFileName(school.name), serializeSchedule(schedule))}
        >
          Download schedule file
        </button>
      </p>
      {hasTimetable && <TeacherTable table={checked.table} />}
    </section>
  );
}

function SaveLine({ save }: { save: SaveState | null }) {
  if (save === null) return null;
  switch (save.status) {
    case "saving":
      return <p className="muted">Saving as a version…</p>;
    case "saved":
      return <p>Saved as version &ldquo;{save.versionName}&rdquo;.</p>;
    case "not-stored":
      return (
        <p className="muted">
          Not saved as a version: {save.reason}. Download the file to keep it.
        </p>
      );
    case "failed":
      return (
        <p className="solve-save-failed">
          <span aria-hidden="true">⚠ </span>Could not save it as a version: {save.message} The
          schedule is still here; download the file to keep it.
        </p>
      );
  }
}
