import { useCurrentSchool } from "../school/current-school.tsx";
import { blockedMessage, count, fileSummary } from "./import-text.ts";
import { PreviewTable } from "./PreviewTable.tsx";
import { describeProblem } from "./problems.ts";
import type { ImportSession } from "./use-import.ts";

/** Problems listed above the tables; the rest are found with the tables' filters. */
const LISTED = 20;

export function PreviewStep({ session }: { session: ImportSession }) {
  const { state, dispatch, preview, store, canCreate } = session;
  const { school } = useCurrentSchool();
  const plan =
    preview.status === "ready" ? preview.plan : preview.status === "working" ? preview.last : null;
  // Whole-file problems first, then rows' problems in file order: each names file, row, column.
  const problems = plan
    ? [
        ...plan.files.flatMap((f) => f.problems),
        ...plan.problems,
        ...plan.files.flatMap((f) => f.rows.flatMap((r) => r.problems)),
      ]
    : [];
  return (
    <>
      <fieldset className="import-target">
        <legend>Where the rows go</legend>
        <label>
          <input
            type="radio"
            name="import-target"
            checked={state.target === "merge"}
            onChange={() => dispatch({ type: "target", target: "merge" })}
          />{" "}
          Into {school.name}: new rows are added, rows that match an item by ID or name update it
        </label>
        <label>
          <input
            type="radio"
            name="import-target"
            checked={state.target === "new"}
            disabled={!canCreate}
            onChange={() => dispatch({ type: "target", target: "new" })}
          />{" "}
          Into a new school named{" "}
          <input
            type="text"
            aria-label="Name of the new school"
            value={state.newName}
            disabled={state.target !== "new"}
            onChange={(e) => dispatch({ type: "name", name: e.target.value })}
          />
        </label>
        <p className="muted">A new school takes the days and periods of {school.name}.</p>
      </fieldset>

      <p role="status" className="import-status">
        {preview.status === "working"
          ? "Working out the preview…"
          : preview.status === "failed"
            ? preview.message
            : plan === null
              ? ""
              : plan.errorCount > 0
                ? blockedMessage(plan.errorCount)
                : "Ready to import. Nothing is stored until you press Import."}
      </p>

      {plan && (
        <div className={preview.status === "working" ? "import-stale" : undefined}>
          <ul className="import-summary" aria-label="What the import does">
            {plan.files.map((f) => (
              <li key={f.fileName}>
                <strong>{f.fileName}</strong>: {fileSummary(f)}
                {f.notes.map((note) => (
                  <div key={note} className="muted">
                    {note}
                  </div>
                ))}
              </li>
            ))}
          </ul>
          {problems.length > 0 && (
            <ul className="import-problems" aria-label="Problems">
              {problems.slice(0, LISTED).map((p, i) => (
                <li key={i}>{describeProblem(p)}</li>
              ))}
              {problems.length > LISTED && (
                <li>
                  … and {count(problems.length - LISTED)} more: tick &ldquo;Only rows with
                  problems&rdquo; below a file to see its rows.
                </li>
              )}
            </ul>
          )}
          {state.files.map((file) => {
            const filePlan = plan.files.find((f) => f.fileName === file.table.fileName);
            return filePlan && filePlan.rows.length > 0 ? (
              <PreviewTable key={file.tableId} file={file} plan={filePlan} dispatch={dispatch} />
            ) : null;
          })}
        </div>
      )}

      {store.status === "failed" && (
        <div className="problems" role="alert">
          <p>{store.message}</p>
          <ul>
            {store.problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
