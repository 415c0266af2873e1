import type { Model } from "../../../solver/index.ts";
import { routeHref } from "./planning-route.ts";
import { dayName, dayWords } from "./report-text.ts";
import type { TeacherReport } from "./teacher-report.ts";

export function TeacherFlags({ teacher }: { teacher: TeacherReport }) {
  if (teacher.flags.length === 0) {
    return (
      <span className="status status-complete">
        <span aria-hidden="true">✓ </span>Within every limit
      </span>
    );
  }
  return (
    <ul className="flag-list">
      {teacher.flags.map((f, i) => (
        <li key={i} className="flag">
          <span aria-hidden="true">⚠ </span>
          {f.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * Each teacher's days in figures: teaching, planning meetings and free periods, with lunch
 * below. A day a limit breaks on is marked with a sign as well as its words in the last column.
 */
export function TeacherTable({
  model,
  teachers,
}: {
  model: Model;
  teachers: readonly TeacherReport[];
}) {
  if (teachers.length === 0) return <p>This schedule places no teachers.</p>;
  return (
    <div className="table-scroll">
      <table className="report-teachers">
        <caption className="visually-hidden">
          Each teacher&rsquo;s teaching, planning meetings, free periods and lunch per day
        </caption>
        <thead>
          <tr>
            <th scope="col">Teacher</th>
            {model.school.calendar.days.map((d, i) => (
              <th key={d.id} scope="col">
                {dayName(model, i)}
              </th>
            ))}
            <th scope="col">Cycle</th>
            <th scope="col">Flags</th>
          </tr>
        </thead>
        <tbody>
          {teachers.map((t) => (
            <tr key={t.id} className={t.flags.length > 0 ? "flagged" : undefined}>
              <th scope="row">
                <a href={routeHref({ page: "teacher", id: t.id })}>{t.name}</a>
              </th>
              {t.days.map((day, d) => {
                const flagged = t.flags.some((f) => f.day === d);
                return (
                  <td key={d} className="day-figures">
                    <span aria-hidden="true">
                      {flagged && "⚠ "}
                      {day.teaching} · {day.planning} · {day.free}
                      <span className="day-lunch">
                        {day.lunch.length > 0
                          ? `lunch ${day.lunch.map((p) => model.periodIds[p]).join(", ")}`
                          : day.works
                            ? "no lunch"
                            : "off"}
                      </span>
                    </span>
                    <span className="visually-hidden">
                      {flagged && "Flagged: "}
                      {dayWords(model, day)}
                    </span>
                  </td>
                );
              })}
              <td className="day-figures">
                {t.teaching} · {t.planning} · {t.free}
              </td>
              <td>
                <TeacherFlags teacher={t} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
