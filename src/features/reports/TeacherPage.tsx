import { useMemo } from "react";
import type { Model, Occupancy } from "../../../solver/index.ts";
import { teacherWeek, undatedReason } from "../../lib/calendar.ts";
import { gridHref } from "../grid/grid-route.ts";
import { routeHref } from "./planning-route.ts";
import { dayName, dayWords } from "./report-text.ts";
import type { TeacherReport } from "./teacher-report.ts";
import { TeacherFlags } from "./TeacherTable.tsx";
import { GridLink } from "./TeamPage.tsx";
import { WeekGrid } from "./WeekGrid.tsx";

type Props = { model: Model; occ: Occupancy; teacher: TeacherReport; onDownload: () => void };

/** One teacher's week: classes, team meetings, lunch and their own free periods. */
export function TeacherPage({ model, occ, teacher, onDownload }: Props) {
  const week = useMemo(() => teacherWeek(occ, teacher.index), [occ, teacher.index]);
  const teams = model.teams.filter((t) => t.members.includes(teacher.index));
  const unavailable = model.teachers[teacher.index]!.unavailable;
  const reason = useMemo(() => undatedReason(model), [model]);
  return (
    <section className="report-section teacher-page" aria-labelledby="teacher-heading">
      <h2 id="teacher-heading" tabIndex={-1}>
        {teacher.name}
      </h2>
      {teams.length > 0 && (
        <p>
          Teams:{" "}
          {teams.map((t, i) => (
            <span key={t.id}>
              {i > 0 && ", "}
              <a href={routeHref({ page: "team", id: t.id })}>
                {model.school.teams?.[t.index]?.name ?? t.id}
              </a>
            </span>
          ))}
        </p>
      )}
      <GridLink href={gridHref({ kind: "teacher", id: teacher.id })} />
      <TeacherFlags teacher={teacher} />
      <WeekGrid
        model={model}
        caption={`${teacher.name}: the week`}
        cell={(day, period) => {
          const here = week.filter((e) => e.day === day && e.first <= period && period <= e.last);
          if (here.length === 0) {
            const slot = day * model.periodCount + period;
            return unavailable[slot] ? (
              <span className="muted">Unavailable</span>
            ) : (
              <span className="cell-free">Free</span>
            );
          }
          return (
            <ul className="cell-events">
              {here.map((e, i) => (
                <li key={i} className={`cell-${e.kind}`}>
                  {e.kind === "planning" ? (
                    <a href={routeHref({ page: "team", id: e.owner })}>{e.title}</a>
                  ) : (
                    e.title
                  )}
                  {e.location && <span className="cell-room">{e.location}</span>}
                </li>
              ))}
            </ul>
          );
        }}
      />
      <h3>Day by day</h3>
      <ul>
        {teacher.days.map((day, d) => (
          <li key={d}>
            <strong>{dayName(model, d)}:</strong>{" "}
            {day.works ? dayWords(model, day) : "does not work"}
          </li>
        ))}
      </ul>
      {reason === null ? (
        <button type="button" className="button report-download" onClick={onDownload}>
          Download calendar (.ics)
        </button>
      ) : (
        <p className="muted">{reason} No calendar file can be made.</p>
      )}
    </section>
  );
}
