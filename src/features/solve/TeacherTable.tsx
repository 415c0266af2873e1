import { cellText, type TableEntry, type TeacherTable as Table } from "./teacher-table.ts";

const kindOf = (entries: readonly TableEntry[]): string =>
  entries.length === 0 ? "free" : entries.length > 1 ? "clash" : entries[0]!.kind;

const describeEntry = (entry: TableEntry): string =>
  entry.kind === "teach"
    ? `${entry.course}${entry.room === null ? "" : `, room ${entry.room}`}`
    : cellText([entry]);

/** The teacher × period table: a real table, with headers a screen reader can announce. */
export function TeacherTable({ table }: { table: Table }) {
  const { days, periods, departments } = table;
  const columns = 1 + days.length * periods.length;
  return (
    <div className="table-scroll timetable-scroll">
      <table className="timetable">
        <caption>Teachers by department: what each teaches, plans and when they eat lunch</caption>
        <colgroup>
          <col className="timetable-names" />
        </colgroup>
        {days.map((day) => (
          <colgroup key={day.id} span={periods.length} className="timetable-day" />
        ))}
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Teacher
            </th>
            {days.map((day) => (
              <th key={day.id} scope="colgroup" colSpan={periods.length} className="day-start">
                {day.name}
              </th>
            ))}
          </tr>
          <tr>
            {days.map((day) =>
              periods.map((period, p) => (
                <th
                  key={`${day.id}:${period.id}`}
                  scope="col"
                  title={period.name}
                  className={p === 0 ? "day-start" : undefined}
                >
                  <span className="visually-hidden">{day.name} </span>
                  {period.id}
                </th>
              )),
            )}
          </tr>
        </thead>
        {departments.map((department) => (
          <tbody key={department.department}>
            <tr className="timetable-department">
              <th scope="rowgroup" colSpan={columns}>
                {department.department}
              </th>
            </tr>
            {department.rows.map((row) => (
              <tr key={row.teacherId}>
                <th scope="row">{row.name}</th>
                {row.cells.map((entries, slot) => (
                  <td
                    key={slot}
                    className={`cell-${kindOf(entries)}${slot % periods.length === 0 ? " day-start" : ""}`}
                    title={entries.map(describeEntry).join(" / ") || undefined}
                  >
                    {cellText(entries)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
