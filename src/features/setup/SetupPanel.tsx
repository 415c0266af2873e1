import "./setup.css";
import { DataPanel } from "../storage/DataPanel.tsx";
import { panelId, tabId, Tabs, type TabItem } from "../../ui/Tabs.tsx";
import { CalendarEditor } from "./CalendarEditor.tsx";
import { DraftBanner } from "./DraftBanner.tsx";
import type { ListName } from "./error-paths.ts";
import { GroupsTable } from "./GroupsTable.tsx";
import { RoomsTable } from "./RoomsTable.tsx";
import { SectionsTable } from "./SectionsTable.tsx";
import { TeachersTable } from "./TeachersTable.tsx";
import { TeamsEditor } from "./TeamsEditor.tsx";
import { useSetup } from "./use-setup.ts";
import { VersionsPanel } from "./VersionsPanel.tsx";

export type SetupPart =
  | "setup-calendar"
  | "setup-teachers"
  | "setup-rooms"
  | "setup-groups"
  | "setup-sections"
  | "setup-teams"
  | "setup-versions"
  | "setup-files";

const PARTS: { id: SetupPart; label: string; lists: ListName[] }[] = [
  {
    id: "setup-calendar",
    label: "School & bells",
    lists: ["school", "days", "periods", "term", "lunch"],
  },
  { id: "setup-teachers", label: "Teachers", lists: ["teachers"] },
  { id: "setup-rooms", label: "Rooms", lists: ["rooms"] },
  { id: "setup-groups", label: "Groups", lists: ["groups"] },
  { id: "setup-sections", label: "Sections", lists: ["sections"] },
  { id: "setup-teams", label: "Teams", lists: ["teams"] },
  { id: "setup-versions", label: "Versions", lists: [] },
  { id: "setup-files", label: "Files & backup", lists: [] },
];

/** Where a list's problems are shown, for the draft banner's "go there" buttons. */
export const partOf = (list: ListName): SetupPart =>
  PARTS.find((p) => p.lists.includes(list))?.id ?? "setup-calendar";

/**
 * Building the school in the app: every list of the school file, as tables to edit. The open part
 * is the caller's, kept above the school session, so that it stays open when the school changes
 * (a switch, or the open school moved to the trash).
 */
export function SetupPanel({
  part,
  setPart,
}: {
  part: SetupPart;
  setPart: (part: SetupPart) => void;
}) {
  const { errors } = useSetup();
  const tabs: TabItem<SetupPart>[] = PARTS.map((p) => {
    const n = p.lists.reduce((sum, list) => sum + errors.countIn(list), 0);
    return { id: p.id, label: n > 0 ? `${p.label} (${n} to fix)` : p.label };
  });
  const panels: Record<SetupPart, React.ReactNode> = {
    "setup-calendar": <CalendarEditor />,
    "setup-teachers": <TeachersTable />,
    "setup-rooms": <RoomsTable />,
    "setup-groups": <GroupsTable />,
    "setup-sections": <SectionsTable />,
    "setup-teams": <TeamsEditor />,
    "setup-versions": <VersionsPanel />,
    "setup-files": <DataPanel />,
  };
  return (
    <div className="setup">
      <DraftBanner onGo={(list) => setPart(partOf(list))} />
      <nav className="setup-nav" aria-label="Parts of the school">
        <Tabs label="Parts of the school" tabs={tabs} selected={part} onSelect={setPart} />
      </nav>
      {/* Only the open part is rendered: a school of 150 sections has thousands of fields. */}
      <div id={panelId(part)} role="tabpanel" aria-labelledby={tabId(part)} className="setup-part">
        {panels[part]}
      </div>
    </div>
  );
}
