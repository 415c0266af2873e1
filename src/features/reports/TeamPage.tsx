import { useMemo } from "react";
import type { Model } from "../../../solver/index.ts";
import { calendarDates } from "../../lib/calendar.ts";
import { datesFrom, formatLongDate } from "../../lib/dates.ts";
import { gridHref } from "../grid/grid-route.ts";
import { Figures } from "./Figures.tsx";
import { periodName, sessionsWords, timeRange } from "./report-text.ts";
import type { TeamReport } from "./team-report.ts";
import { Members, TeamStatus } from "./TeamTable.tsx";
import { WeekGrid } from "./WeekGrid.tsx";

const NEXT_DATES = 6;

type Props = {
  model: Model;
  team: TeamReport;
  today: string;
  onDownload: () => void;
  /** In the printable set of every team, each page names its team as a level-3 heading. */
  headingLevel?: 2 | 3;
};

/** One team's common planning: who, when in the cycle, and on which real dates. */
export function TeamPage({ model, team, today, onDownload, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const sessions = sessionsWords(team);
  const bySlot = new Map(team.blocks.map((b) => [`${b.day}-${b.period}`, b]));
  return (
    <section className="report-section team-page" aria-labelledby={`team-${team.id}`}>
      <Heading id={`team-${team.id}`} tabIndex={-1}>
        {team.name}
      </Heading>
      <Members team={team} />
      <GridLink href={gridHref({ kind: "team", id: team.id })} />
      <TeamStatus team={team} />
      {team.required > 0 && (
        <Figures
          items={[
            { label: "Planning slots per cycle", value: String(team.required) },
            {
              label: "Minutes of common planning per cycle",
              value: team.minutesPerCycle === null ? "?" : String(team.minutesPerCycle),
              ...(team.minutesPerCycle === null ? { note: "no bell times" } : {}),
            },
            {
              label: "Sessions of 30+ minutes a week",
              value:
                team.sessionsPerWeek === null
                  ? "?"
                  : String(Math.round(team.sessionsPerWeek * 100) / 100),
              ...(sessions.short ? { note: "⚠ fewer than recommended" } : {}),
            },
          ]}
        />
      )}
      <WeekGrid
        model={model}
        caption={`${team.name}: shared blocks in the cycle`}
        cell={(day, period) => {
          const block = bySlot.get(`${day}-${period}`);
          if (!block) return null;
          return (
            <span className={block.given ? "cell-planning" : "cell-problem"}>
              <span aria-hidden="true">{block.given ? "✓ " : "⚠ "}</span>
              {block.given ? "Common planning" : "Listed, but not shared"}
            </span>
          );
        }}
      />
      <TeamDates model={model} team={team} today={today} onDownload={onDownload} />
    </section>
  );
}

function TeamDates({ model, team, today, onDownload }: Omit<Props, "headingLevel">) {
  const mapping = useMemo(() => calendarDates(model), [model]);
  if (mapping.kind === "undated") {
    return <p className="muted">{mapping.reason} Only the week view is shown.</p>;
  }
  const days = new Set(team.blocks.map((b) => b.day));
  const next = datesFrom(
    mapping.dates.filter((d) => days.has(d.day)),
    today,
    NEXT_DATES,
  );
  return (
    <div className="team-dates">
      <h3>Next dates</h3>
      {next.length === 0 ? (
        <p className="muted">No planning dates remain in the term.</p>
      ) : (
        <ul>
          {next.map(({ date, day }) =>
            team.blocks
              .filter((b) => b.day === day)
              .map((b) => (
                <li key={`${date}-${b.period}`}>
                  <time dateTime={date}>{formatLongDate(date)}</time>: {periodName(model, b.period)}
                  {b.start && `, ${timeRange(b.start, b.end)}`}
                </li>
              )),
          )}
        </ul>
      )}
      <button type="button" className="button report-download" onClick={onDownload}>
        Download calendar (.ics)
      </button>
      <p className="muted">
        Every planning block of the term, for Google Calendar, Outlook or Apple Calendar.
      </p>
    </div>
  );
}

/** Opens the Grid tab at this team's or teacher's rows (not on paper). */
export function GridLink({ href }: { href: string }) {
  return (
    <p className="report-grid-link">
      <a href={href}>Show in the grid</a>
    </p>
  );
}
