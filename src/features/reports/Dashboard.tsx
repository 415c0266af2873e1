import type { Model } from "../../../solver/index.ts";
import { Figures } from "./Figures.tsx";
import type { PlanningReport } from "./planning-report.ts";
import { routeHref } from "./planning-route.ts";
import { percent } from "./report-text.ts";
import { TeacherTable } from "./TeacherTable.tsx";
import { RECOMMENDED_SESSIONS_PER_WEEK } from "./team-report.ts";
import { TeamTable } from "./TeamTable.tsx";

type Props = { model: Model; report: PlanningReport; onExportCsv: () => void };

/** The principal's dashboard: every team's common planning and every teacher's balance. */
export function Dashboard({ model, report, onExportCsv }: Props) {
  const { share, teams, teachers } = report;
  const asked = teams.filter((t) => t.required > 0);
  const few = asked.filter((t) => t.fewSessions === true).length;
  const flagged = teachers.filter((t) => t.flags.length > 0).length;
  return (
    <>
      <section aria-labelledby="planning-summary" className="report-section">
        <div className="report-heading">
          <h2 id="planning-summary" tabIndex={-1}>
            Common planning at a glance
          </h2>
          <div className="report-actions" role="group" aria-label="Dashboard actions">
            <button type="button" className="button" onClick={() => window.print()}>
              Print dashboard
            </button>
            <a className="button" href={routeHref({ page: "all-teams" })}>
              Team pages for printing
            </a>
            <button type="button" className="button" onClick={onExportCsv}>
              Export master schedule (.csv)
            </button>
          </div>
        </div>
        <Figures
          items={[
            {
              label: "Teams with all their common planning",
              value: `${share.complete} of ${share.of}`,
              note: percent(share.complete, share.of),
            },
            {
              label: `Teams under ${RECOMMENDED_SESSIONS_PER_WEEK} sessions of 30+ minutes a week`,
              value: `${few} of ${asked.length}`,
            },
            { label: "Teachers flagged", value: `${flagged} of ${teachers.length}` },
          ]}
        />
      </section>
      <section aria-labelledby="planning-teams" className="report-section">
        <h2 id="planning-teams">Teams</h2>
        <TeamTable model={model} teams={teams} />
      </section>
      <section
        aria-labelledby="planning-teachers"
        className="report-section report-teachers-section"
      >
        <h2 id="planning-teachers">Teachers</h2>
        <p className="muted">
          Each day reads <strong>teaching · planning meetings · free periods</strong>, with lunch
          below. Free periods are a teacher&rsquo;s own preparation time. Flags name each limit the
          school set that a day or the cycle breaks, and team meetings that outnumber a
          teacher&rsquo;s free periods over the cycle.
        </p>
        <TeacherTable model={model} teachers={teachers} />
      </section>
    </>
  );
}
