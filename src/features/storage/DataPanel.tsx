import "./storage.css";
import { useId, useState } from "react";
import { useCurrentVersion } from "../school/current-version.ts";
import { useCurrentSchool } from "../school/current-school.tsx";
import { FileOpenButton } from "../../ui/FileOpenButton.tsx";
import { downloadBackup, downloadSchedule, downloadSchool } from "./downloads.ts";
import { useFileImport } from "./file-import.tsx";
import { TrashCard } from "./TrashCard.tsx";

/**
 * Files in and out: the school, the open schedule, a backup of everything stored in this browser,
 * restoring one; the trash; deleting everything (each step that loses data asks first).
 */
export function DataPanel() {
  const { school, save } = useCurrentSchool();
  const { record: version } = useCurrentVersion();
  const { openFile, askDeleteAll, announce } = useFileImport();
  const headingId = useId();
  const [problem, setProblem] = useState<string | null>(null);

  const backup = async () => {
    const done = await downloadBackup();
    setProblem(done.ok ? null : done.error.message);
    if (done.ok) announce(`Saved the backup ${done.value}.`);
  };

  return (
    <section aria-labelledby={headingId} className="setup-section">
      <h2 id={headingId}>Files and backup</h2>
      <p className="muted setup-hint">
        Everything is saved in this browser as you work
        {save.status === "memory" ? " (not in this one: it keeps nothing)" : ""}. Files are for
        sharing, for other computers, and for safekeeping.
      </p>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="data-grid">
        <div className="data-card">
          <h3>This school</h3>
          <p>A school file holds the calendar, people, groups, sections and teams.</p>
          <button
            type="button"
            className="button"
            onClick={() => announce(`Saved ${downloadSchool(school)}.`)}
          >
            Export school file
          </button>
        </div>
        <div className="data-card">
          <h3>The open schedule</h3>
          <p>
            {version
              ? `Version "${version.name}".`
              : "No version is open; open one under Versions."}
          </p>
          <button
            type="button"
            className="button"
            disabled={!version}
            onClick={() => version && announce(`Saved ${downloadSchedule(school.name, version)}.`)}
          >
            Export schedule file
          </button>
        </div>
        <div className="data-card">
          <h3>Open a file</h3>
          <p>A school, a schedule or a backup; you can also drop the file anywhere on the page.</p>
          <FileOpenButton
            label="Open a file…"
            accept=".json,application/json"
            onFile={(file) => void openFile(file)}
          />
        </div>
        <div className="data-card">
          <h3>Backup</h3>
          <p>Every school, version and undo step in this browser, in one file.</p>
          <div className="banner-actions">
            <button type="button" className="button" onClick={() => void backup()}>
              Export backup
            </button>
            <FileOpenButton
              label="Restore backup…"
              accept=".json,application/json"
              onFile={(file) => void openFile(file, "backup")}
            />
          </div>
        </div>
        <TrashCard />
        <div className="data-card data-card-danger">
          <h3>Delete all data</h3>
          <p>Removes every school, version and undo step from this browser. Asks first.</p>
          <button type="button" className="button button-danger" onClick={askDeleteAll}>
            Delete all data…
          </button>
        </div>
      </div>
    </section>
  );
}
