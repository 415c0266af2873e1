import { useId, useMemo, useState } from "react";
import {
  compareSchedules,
  deleteVersion,
  duplicateVersion,
  renameVersion,
  setCurrentVersion,
  type Result,
  type VersionId,
  type VersionRecord,
} from "../../data/index.ts";
import { FileOpenButton } from "../../ui/FileOpenButton.tsx";
import { useCurrentSchool } from "../school/current-school.tsx";
import { useCurrentVersion } from "../school/current-version.ts";
import { downloadSchedule } from "../storage/downloads.ts";
import { useFileImport } from "../storage/file-import.tsx";
import { TextCell } from "./cells.tsx";
import { describeComparison } from "./version-compare.ts";
import { ActionsHeader, RowButton } from "./RowActions.tsx";

const STATUS: Record<string, string> = {
  solved: "Solved",
  partial: "Partial",
  infeasible: "Infeasible",
};
const ORIGIN: Record<string, string> = {
  solver: "Solver",
  manual: "Hand edits",
  import: "Imported",
};
const when = (t: number) => new Date(t).toLocaleString();

/** The school's versions: open, rename, duplicate, export, delete (undoable), and compare two. */
export function VersionsPanel() {
  const { school } = useCurrentSchool();
  const { versions, versionId } = useCurrentVersion();
  const { openFile, announce } = useFileImport();
  const headingId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (action: Promise<Result<unknown>>, done: string) => {
    const result = await action;
    setProblem(result.ok ? null : result.error.message);
    if (result.ok) announce(done);
  };

  return (
    <section aria-labelledby={headingId} className="setup-section">
      <div className="setup-section-head">
        <h2 id={headingId}>Versions of the schedule</h2>
        <FileOpenButton
          label="Import schedule file…"
          accept=".json,application/json"
          onFile={(file) => void openFile(file, "schedule")}
        />
      </div>
      <p className="muted setup-hint">
        Each version is one schedule of this school, kept with its own undo history. Deleting a
        version can be undone with Undo at the top.
      </p>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {versions.length === 0 ? (
        <p className="empty">
          No versions yet. Generate a schedule in the Schedule tab, or import a schedule file.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="setup-table">
            <caption className="visually-hidden">Versions</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col">Made by</th>
                <th scope="col">Created</th>
                <th scope="col">Changed</th>
                <ActionsHeader />
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id} className={v.id === versionId ? "current-row" : undefined}>
                  <td>
                    <TextCell
                      label={`Name of version ${v.name}`}
                      value={v.name}
                      onCommit={(name) =>
                        void run(renameVersion(v.id, name, v.revision), `Renamed to ${name}.`)
                      }
                    />
                    {v.id === versionId && <span className="badge">open</span>}
                  </td>
                  <td>{STATUS[v.status] ?? v.status}</td>
                  <td>{ORIGIN[v.origin] ?? v.origin}</td>
                  <td>{when(v.createdAt)}</td>
                  <td>{when(v.updatedAt)}</td>
                  <td className="actions">
                    {v.id !== versionId && (
                      <RowButton
                        onClick={() => void run(setCurrentVersion(v.id), `Opened ${v.name}.`)}
                      >
                        Open
                      </RowButton>
                    )}
                    <RowButton
                      label={`Duplicate version ${v.name}`}
                      onClick={() => void run(duplicateVersion(v.id), `Duplicated ${v.name}.`)}
                    >
                      Duplicate
                    </RowButton>
                    <RowButton
                      label={`Export version ${v.name}`}
                      onClick={() => announce(`Saved ${downloadSchedule(school.name, v)}.`)}
                    >
                      Export
                    </RowButton>
                    <RowButton
                      label={`Delete version ${v.name}`}
                      onClick={() =>
                        void run(
                          deleteVersion(v.id, v.revision),
                          `Deleted ${v.name}; Undo brings it back.`,
                        )
                      }
                    >
                      Delete
                    </RowButton>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {versions.length >= 2 && <CompareVersions versions={versions} />}
    </section>
  );
}

function CompareVersions({ versions }: { versions: VersionRecord[] }) {
  const { school } = useCurrentSchool();
  const [a, setA] = useState<VersionId>(versions[1]!.id);
  const [b, setB] = useState<VersionId>(versions[0]!.id);
  const before = versions.find((v) => v.id === a) ?? versions[1]!;
  const after = versions.find((v) => v.id === b) ?? versions[0]!;
  const text = useMemo(
    () => describeComparison(school, compareSchedules(school, before.schedule, after.schedule)),
    [school, before, after],
  );
  const pick = (label: string, value: VersionId, set: (id: VersionId) => void) => (
    <label className="detail">
      <span className="detail-label">{label}</span>
      <select className="input" value={value} onChange={(e) => set(e.target.value as VersionId)}>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="compare">
      <h3>Compare two versions</h3>
      <div className="details">
        {pick("From", before.id, setA)}
        {pick("To", after.id, setB)}
      </div>
      <p className="compare-summary" aria-live="polite">
        {text.summary}
      </p>
      {text.planning.length > 0 && (
        <>
          <h4>Common planning</h4>
          <ul>
            {text.planning.map((p) => (
              <li key={p.team} className={p.short ? "field-error" : undefined}>
                {p.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {text.moves.length > 0 && (
        <>
          <h4>Meetings that moved</h4>
          <ul className="moves">
            {text.moves.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
