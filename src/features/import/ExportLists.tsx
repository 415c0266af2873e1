import { downloadCsv } from "../../lib/files.ts";
import { useCurrentSchool } from "../school/current-school.tsx";
import { exportCsv, exportFileName } from "./export-csv.ts";
import { KIND_NAMES, KINDS } from "./fields.ts";

/** The open school's lists, one CSV file each, in the shapes the import reads back. */
export function ExportLists() {
  const { school } = useCurrentSchool();
  return (
    <section className="import-export" aria-label="Export as CSV">
      <h3>Export this school&rsquo;s lists</h3>
      <p className="muted">
        The same columns the import reads, so an exported file can be edited in a spreadsheet and
        imported again.
      </p>
      <div className="import-export-buttons">
        {KINDS.map((kind) => {
          const count = (school[kind] ?? []).length;
          return (
            <button
              key={kind}
              type="button"
              className="button button-quiet"
              onClick={() =>
                downloadCsv(exportFileName(school.name, kind), exportCsv(school, kind))
              }
            >
              {KIND_NAMES[kind].title} ({count})
            </button>
          );
        })}
      </div>
    </section>
  );
}
