import { useEffect, useMemo, useState, type ReactNode } from "react";
import { tabOfHash, useHash } from "./features/grid/grid-route.ts";
import { GridTab } from "./features/grid/GridTab.tsx";
import { PlanningTab } from "./features/reports/PlanningTab.tsx";
import { CurrentSchoolProvider, useCurrentSchool } from "./features/school/current-school.tsx";
import { SaveStatus } from "./features/school/SaveStatus.tsx";
import { SchoolFileActions } from "./features/school/SchoolFileActions.tsx";
import { SchoolOverview } from "./features/school/SchoolOverview.tsx";
import { SchoolSwitcher } from "./features/school/SchoolSwitcher.tsx";
import { StartScreen } from "./features/school/StartScreen.tsx";
import { summarizeSchool } from "./features/school/summary.ts";
import { UndoRedo } from "./features/school/UndoRedo.tsx";
import { ImportCsvButton } from "./features/import/ImportCsvButton.tsx";
import { SolveTab } from "./features/solve/SolveTab.tsx";
import { SetupPanel, type SetupPart } from "./features/setup/SetupPanel.tsx";
import { downloadSchool } from "./features/storage/downloads.ts";
import {
  FileImportProvider,
  ImportMessages,
  useFileImport,
} from "./features/storage/file-import.tsx";
import { StorageBanner } from "./features/storage/StorageBanner.tsx";
import { loadSampleSchool } from "./sample/index.ts";
import { panelId, tabId, Tabs, type TabItem } from "./ui/Tabs.tsx";

type TabName = "school" | "schedule" | "grid" | "teams" | "setup";

const TABS: readonly TabItem<TabName>[] = [
  { id: "school", label: "School" },
  { id: "schedule", label: "Schedule" },
  { id: "grid", label: "Grid" },
  { id: "teams", label: "Planning" },
  { id: "setup", label: "Setup" },
];

const hashTab = (hash: string): TabName | null => {
  const routed = tabOfHash(hash);
  return routed === "planning" ? "teams" : routed;
};

export function App() {
  // Above the providers, so that switching schools keeps the tab the person is on.
  const [tab, setTab] = useState<TabName>(() => hashTab(window.location.hash) ?? "school");
  const [setupPart, setSetupPart] = useState<SetupPart>("setup-calendar");
  // A followed link (#/grid/…, #/planning/…) opens its tab; choosing another tab by hand leaves
  // that address, so that following the same link again is a change the app sees.
  const hash = useHash();
  const [followed, setFollowed] = useState(hash);
  if (hash !== followed) {
    setFollowed(hash);
    const routed = hashTab(hash);
    if (routed) setTab(routed);
  }
  const select = (next: TabName) => {
    const routed = hashTab(window.location.hash);
    if (routed && routed !== next) history.pushState(null, "", location.pathname + location.search);
    setTab(next);
  };
  return (
    <CurrentSchoolProvider
      loadSample={loadSampleSchool}
      fallback={(start) => <StartScreen start={start} />}
    >
      <FileImportProvider>
        <AppBody tab={tab} setTab={select} setupPart={setupPart} setSetupPart={setSetupPart} />
      </FileImportProvider>
    </CurrentSchoolProvider>
  );
}

type BodyProps = {
  tab: TabName;
  setTab: (tab: TabName) => void;
  setupPart: SetupPart;
  setSetupPart: (part: SetupPart) => void;
};

function AppBody({ tab, setTab, setupPart, setSetupPart }: BodyProps) {
  const { school } = useCurrentSchool();
  const { openFile, announce } = useFileImport();
  const summary = useMemo(() => summarizeSchool(school), [school]);
  useEffect(() => {
    document.title = `${summary.name} · Commons`;
  }, [summary.name]);

  const panels: Record<TabName, ReactNode> = {
    school: <SchoolOverview summary={summary} />,
    schedule: <SolveTab />,
    grid: <GridTab active={tab === "grid"} />,
    teams: <PlanningTab />,
    setup: <SetupPanel part={setupPart} setPart={setSetupPart} />,
  };

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand" aria-hidden="true">
          Commons
        </div>
        <div className="school-heading">
          <h1>{summary.name}</h1>
          <SaveStatus />
        </div>
        <SchoolFileActions
          onOpen={(file) => void openFile(file)}
          onSave={() => announce(`Saved ${downloadSchool(school)}.`)}
        />
      </header>
      <div className="app-toolbar">
        <SchoolSwitcher />
        <UndoRedo />
        <ImportCsvButton />
      </div>
      <StorageBanner />
      <ImportMessages />
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
