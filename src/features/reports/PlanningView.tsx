import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { resolveSchool, type Schedule, type School } from "../../../solver/index.ts";
import { todayIso } from "../../lib/dates.ts";
import { Dashboard } from "./Dashboard.tsx";
import { downloadCalendar, downloadMasterSchedule } from "./downloads.ts";
import { planningReport } from "./planning-report.ts";
import { routeHref, usePlanningRoute, type PlanningRoute } from "./planning-route.ts";
import { TeacherPage } from "./TeacherPage.tsx";
import { TeamPage } from "./TeamPage.tsx";
import "./reports.css";

type Props = {
  school: School;
  schedule: Schedule;
  /** Where the schedule came from, shown above the pages ("Version 3", "Opened from x.json"). */
  source?: ReactNode;
  /** "yyyy-MM-dd"; the team pages list planning dates from here on. */
  today?: string;
};

const routeKey = (route: PlanningRoute): string =>
  route.page === "team" || route.page === "teacher" ? `${route.page}:${route.id}` : route.page;

/** The planning dashboard, team pages and teacher pages for one school and one schedule. */
export function PlanningView({ school, schedule, source, today = todayIso() }: Props) {
  const model = useMemo(() => resolveSchool(school), [school]);
  const report = useMemo(() => planningReport(model, schedule), [model, schedule]);
  const route = usePlanningRoute();
  const [notice, setNotice] = useState("");
  const root = useRef<HTMLDivElement>(null);
  const shown = useRef(routeKey(route));

  // Following a link inside the view moves focus to the new page's heading, as a page load would;
  // in the same commit, so focus never rests on a heading that is gone.
  useLayoutEffect(() => {
    const key = routeKey(route);
    if (key === shown.current) return;
    shown.current = key;
    root.current?.querySelector<HTMLElement>("h2[tabindex='-1'], h3[tabindex='-1']")?.focus();
  }, [route]);

  let page: ReactNode;
  if (route.page === "team") {
    const team = report.teams.find((t) => t.id === route.id);
    page = team ? (
      <TeamPage
        model={model}
        team={team}
        today={today}
        onDownload={() =>
          setNotice(
            downloadCalendar(report.occ, { kind: "team", index: team.index, name: team.name }),
          )
        }
      />
    ) : (
      <NotFound what="team" id={route.id} />
    );
  } else if (route.page === "teacher") {
    const teacher = report.teachers.find((t) => t.id === route.id);
    page = teacher ? (
      <TeacherPage
        model={model}
        occ={report.occ}
        teacher={teacher}
        onDownload={() =>
          setNotice(
            downloadCalendar(report.occ, {
              kind: "teacher",
              index: teacher.index,
              name: teacher.name,
            }),
          )
        }
      />
    ) : (
      <NotFound what="teacher" id={route.id} />
    );
  } else if (route.page === "all-teams") {
    page = (
      <div className="all-teams">
        <div className="report-heading">
          <h2 tabIndex={-1}>Team pages</h2>
          <div className="report-actions">
            <button type="button" className="button" onClick={() => window.print()}>
              Print team pages
            </button>
          </div>
        </div>
        {report.teams.map((team) => (
          <TeamPage
            key={team.id}
            model={model}
            team={team}
            today={today}
            headingLevel={3}
            onDownload={() =>
              setNotice(
                downloadCalendar(report.occ, { kind: "team", index: team.index, name: team.name }),
              )
            }
          />
        ))}
      </div>
    );
  } else {
    page = (
      <Dashboard
        model={model}
        report={report}
        onExportCsv={() => setNotice(downloadMasterSchedule(report.occ))}
      />
    );
  }

  return (
    <div className="reports" ref={root}>
      <div className="reports-bar">
        {route.page !== "dashboard" && (
          <a href={routeHref({ page: "dashboard" })} className="reports-back">
            ← Planning dashboard
          </a>
        )}
        {source && <div className="reports-source">{source}</div>}
      </div>
      <ScheduleNote schedule={schedule} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {notice}
      </p>
      {notice && (
        <p className="reports-notice" aria-hidden="true">
          {notice}
        </p>
      )}
      {page}
    </div>
  );
}

function ScheduleNote({ schedule }: { schedule: Schedule }) {
  if (schedule.status === "solved") return null;
  return (
    <div className="reports-warning" role="note">
      <strong>
        <span aria-hidden="true">⚠ </span>
        {schedule.status === "infeasible"
          ? "This schedule is infeasible: it places nothing, so no team has its planning."
          : `This schedule is partial: ${schedule.unplaced.length} meetings are not placed.`}
      </strong>
      {schedule.explanation.length > 0 && (
        <ul>
          {schedule.explanation.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function NotFound({ what, id }: { what: string; id: string }) {
  return (
    <section className="report-section">
      <h2 tabIndex={-1}>No such {what}</h2>
      <p>
        This school has no {what} &ldquo;{id}&rdquo;.{" "}
        <a href={routeHref({ page: "dashboard" })}>Back to the dashboard</a>
      </p>
    </section>
  );
}
