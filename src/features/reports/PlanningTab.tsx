import { lazy, Suspense, useState } from "react";
import { parseSchedule, type Schedule } from "../../../solver/index.ts";
import { readFileText } from "../../lib/files.ts";
import { FileOpenButton } from "../../ui/FileOpenButton.tsx";
import { useCurrentSchool } from "../school/current-school.tsx";
import { useCurrentVersion } from "../school/current-version.ts";

// The reports, the calendar writer and date-fns load only once there is a schedule to show.
const PlanningView = lazy(() =>
  import("./PlanningView.tsx").then((m) => ({ default: m.PlanningView })),
);

type Opened = { schoolId: string | null; fileName: string; schedule: Schedule };

/**
 * The Planning tab: the current version's schedule of the current school, or a schedule file the
 * person opens here to look at (it is not stored; generating or importing a version is the
 * Schedule tab's job).
 */
export function PlanningTab() {
  const { school, schoolId } = useCurrentSchool();
  const { record } = useCurrentVersion();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [problems, setProblems] = useState<{ fileName: string; messages: string[] } | null>(null);
  const file = opened && opened.schoolId === schoolId ? opened : null;

  const open = async (picked: File) => {
    const text = await readFileText(picked);
    const parsed = text.ok ? parseSchedule(text.value, school) : text;
    if (!parsed.ok) {
      setProblems({ fileName: picked.name, messages: parsed.errors.map((e) => e.message) });
      return;
    }
    setProblems(null);
    setOpened({ schoolId, fileName: picked.name, schedule: parsed.value });
  };

  const openButton = (
    <FileOpenButton
      label="Open schedule file…"
      accept=".json,application/json"
      onFile={(f) => void open(f)}
    />
  );
  const problemList = problems && (
    <div className="problems" role="alert">
      <h2>Could not open {problems.fileName}</h2>
      <ul>
        {problems.messages.slice(0, 10).map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ul>
    </div>
  );

  const schedule = file?.schedule ?? record?.schedule ?? null;
  if (schedule === null) {
    return (
      <>
        {problemList}
        <section className="report-section" aria-labelledby="planning-empty">
          <h2 id="planning-empty">Common planning</h2>
          <p>Generate a schedule to see common planning.</p>
          <p className="muted">Or look at a schedule file of this school:</p>
          {openButton}
        </section>
      </>
    );
  }
  const source = file ? (
    <>
      Showing <strong>{file.fileName}</strong> (opened, not stored).{" "}
      <button type="button" className="button button-quiet" onClick={() => setOpened(null)}>
        {record ? `Back to ${record.name}` : "Close file"}
      </button>{" "}
      {openButton}
    </>
  ) : (
    <>
      Showing version <strong>{record?.name}</strong>. {openButton}
    </>
  );
  return (
    <>
      {problemList}
      <Suspense fallback={<p className="muted">Loading the planning view…</p>}>
        <PlanningView school={school} schedule={schedule} source={source} />
      </Suspense>
    </>
  );
}
