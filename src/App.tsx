import { useEffect, useMemo, useState, type ReactNode } from "react";
import { SchoolFileActions } from "./features/school/SchoolFileActions.tsx";
import { SchoolOverview } from "./features/school/SchoolOverview.tsx";
import { summarizeSchool } from "./features/school/summary.ts";
import { useSchool } from "./features/school/use-school.ts";
import { loadSampleSchool } from "./sample/index.ts";
import { Placeholder } from "./ui/Placeholder.tsx";
import { ProblemList } from "./ui/ProblemList.tsx";
import { panelId, tabId, Tabs, type TabItem } from "./ui/Tabs.tsx";

type TabName = "school" | "schedule" | "grid" | "teams" | "setup";

const TABS: readonly TabItem<TabName>[] = [
  { id: "school", label: "School" },
  { id: "schedule", label: "Schedule" },
  { id: "grid", label: "Grid" },
  { id: "teams", label: "Teams" },
  { id: "setup", label: "Setup" },
];

export function App() {
  const { state, openFile, save, dismissProblems } = useSchool(loadSampleSchool);
  const [tab, setTab] = useState<TabName>("school");
  const summary = useMemo(() => summarizeSchool(state.school), [state.school]);
  useEffect(() => {
    document.title = `${summary.name} · Commons`;
  }, [summary.name]);

  const panels: Record<TabName, ReactNode> = {
    school: <SchoolOverview summary={summary} />,
    schedule: (
      <Placeholder title="Schedule">
        Generating a master schedule that gives every team its common planning time will live here.
      </Placeholder>
    ),
    grid: (
      <Placeholder title="Grid">
        The schedule grid, where meetings can be moved by hand, will live here.
      </Placeholder>
    ),
    teams: (
      <Placeholder title="Teams">
        Each team&rsquo;s view of its shared planning time will live here.
      </Placeholder>
    ),
    setup: (
      <Placeholder title="Setup">
        Editing the calendar, teachers, groups, sections and teams will live here.
      </Placeholder>
    ),
  };

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand" aria-hidden="true">
          Commons
        </div>
        <div className="school-heading">
          <h1>{summary.name}</h1>
          <p className="source">
            {state.source.kind === "sample"
              ? "Built-in sample school"
              : `Opened from ${state.source.fileName}`}
          </p>
        </div>
        <SchoolFileActions onOpen={(file) => void openFile(file)} onSave={save} />
      </header>
      <p className="visually-hidden" role="status" aria-live="polite">
        {state.notice}
      </p>
      {state.rejected && (
        <ProblemList
          title={`Could not open ${state.rejected.fileName}; the current school is unchanged`}
          problems={state.rejected.problems}
          onDismiss={dismissProblems}
        />
      )}
      <div className="app-nav">
        <Tabs label="Sections of the app" tabs={TABS} selected={tab} onSelect={setTab} />
      </div>
      <main className="app-main">
        {TABS.map(({ id }) => (
          <div
            key={id}
            id={panelId(id)}
            role="tabpanel"
            aria-labelledby={tabId(id)}
            hidden={id !== tab}
            tabIndex={0}
            className="panel"
          >
            {panels[id]}
          </div>
        ))}
      </main>
    </div>
  );
}
