import { CountList } from "../../ui/CountList.tsx";
import type { SchoolSummary } from "./summary.ts";
import { TeamsTable } from "./TeamsTable.tsx";

export function SchoolOverview({ summary }: { summary: SchoolSummary }) {
  return (
    <>
      <section aria-labelledby="overview-counts">
        <h2 id="overview-counts">What this school holds</h2>
        <p className="muted">{summary.calendar}</p>
        <CountList items={summary.counts} />
      </section>
      <section aria-labelledby="overview-teams">
        <h2 id="overview-teams">Teams</h2>
        <TeamsTable teams={summary.teams} />
      </section>
    </>
  );
}
