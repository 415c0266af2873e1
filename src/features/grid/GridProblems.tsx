// Below the grid: the rules the schedule breaks (the validator's sentences) and the meetings a
// partial schedule leaves unplaced; or, when there are none, a line saying the schedule is valid.
import type { Schedule } from "../../../solver/index.ts";

export function GridProblems({
  violations,
  unplaced,
}: {
  violations: string[];
  unplaced: Schedule["unplaced"];
}) {
  if (violations.length === 0 && unplaced.length === 0) {
    return <p className="grid-valid">This schedule keeps every rule.</p>;
  }
  return (
    <div className="grid-problems">
      {violations.length > 0 && (
        <details open={violations.length <= 5}>
          <summary>
            This schedule breaks {violations.length} rule{violations.length === 1 ? "" : "s"}
          </summary>
          <ul>
            {violations.slice(0, 100).map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </details>
      )}
      {unplaced.length > 0 && (
        <details>
          <summary>{unplaced.length} meetings are not placed</summary>
          <ul>
            {unplaced.map((u, i) => (
              <li key={i}>
                {u.section}: {u.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
