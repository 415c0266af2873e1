import type { ReactNode } from "react";
import type { Model } from "../../../solver/index.ts";
import { dayName, periodName, timeRange } from "./report-text.ts";

type Props = {
  model: Model;
  caption: string;
  /** What happens in one slot; null leaves the cell empty. */
  cell: (day: number, period: number) => ReactNode;
};

/** The cycle as a table: periods down (with their bell times), days across. */
export function WeekGrid({ model, caption, cell }: Props) {
  const { days, periods } = model.school.calendar;
  return (
    <div className="table-scroll">
      <table className="week-grid">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            {days.map((d, i) => (
              <th key={d.id} scope="col">
                {dayName(model, i)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {periods.map((p, pi) => (
            <tr key={p.id}>
              <th scope="row">
                {periodName(model, pi)}
                <span className="week-time">{timeRange(p.start ?? null, p.end ?? null)}</span>
              </th>
              {days.map((d, di) => (
                <td key={d.id}>{cell(di, pi)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
