// The school parser's verdict on the school an import builds, put on the rows that caused it: a
// path such as `sections[7].room` names an item, the workbench knows which row made that item and
// which column holds the field.
import { checkSchool, type School } from "../../../solver/index.ts";
import type { ImportKind } from "./fields.ts";
import type { FilePlan, RowPlan } from "./plan.ts";
import type { ImportProblem } from "./problems.ts";
import type { Workbench } from "./workbench.ts";

const ITEM_PREFIX = /^(?:teachers|rooms|groups|sections|teams)\[\d+\](?: "(?:[^"\\]|\\.)*")?: /;
const PATH = /^(teachers|rooms|groups|sections|teams)\[(\d+)\](?:\.([A-Za-z]+)(?:\.([A-Za-z]+))?)?/;

/** The import's field for a field of the school file (a team's planning fields have own names). */
const IMPORT_FIELD: Record<string, string> = {
  "planning.periods": "planningPeriods",
  "planning.samePeriod": "planningSamePeriod",
  "planning.perCycle": "perCycle",
  "planning.maxPerDay": "maxPerDay",
};

/**
 * Runs the school parser on the result and puts each error on the row that made or changed the
 * item (unless that row already has a problem of its own); the rest are the school's.
 */
export function placeSchoolErrors(
  school: School,
  bench: Workbench,
  plans: FilePlan[],
): ImportProblem[] {
  const checked = checkSchool(school);
  if (checked.ok) return [];
  const rows = new Map<string, RowPlan>();
  for (const plan of plans)
    for (const row of plan.rows) rows.set(`${plan.fileName}:${row.row}`, row);
  const ids = new Map<ImportKind, string[]>();
  const idsOf = (kind: ImportKind) => {
    let list = ids.get(kind);
    if (!list) {
      const items = (school[kind] ?? []) as { id: string }[];
      list = items.map((x) => x.id);
      ids.set(kind, list);
    }
    return list;
  };
  const left: ImportProblem[] = [];
  const fix = "Correct the value in the file or in the preview, or skip the row.";
  for (const error of checked.errors) {
    const m = PATH.exec(error.path);
    const kind = m?.[1] as ImportKind | undefined;
    const id = kind ? idsOf(kind)[Number(m![2])] : undefined;
    const origin = kind && id !== undefined ? bench.originOf(kind, id) : undefined;
    const row = origin ? rows.get(`${origin.file}:${origin.row}`) : undefined;
    if (!origin || !row) {
      left.push({
        file: "",
        row: null,
        column: null,
        message: `the school would have an error: ${error.message}`,
        fix: "Correct the rows it names, or the school in Setup.",
      });
      continue;
    }
    if (row.problems.length > 0 && row.action === "error") continue;
    const field = m![4] ? (IMPORT_FIELD[`${m![3]}.${m![4]}`] ?? m![3]!) : (m![3] ?? null);
    row.problems.push({
      file: origin.file,
      row: origin.row,
      column: field !== null ? (origin.columns[field] ?? null) : null,
      // The place is said by file, row and column; the parser's own `sections[7] "id": ` is noise.
      message: error.message.replace(ITEM_PREFIX, ""),
      fix,
    });
    row.action = "error";
  }
  return left;
}
