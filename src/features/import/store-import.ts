// Confirming an import: the school the preview built is checked once more by the school parser
// (the storage layer's create and update run checkSchool and refuse anything it rejects) and
// stored in one write, or nothing is stored. The column choices are remembered per kind.
import type { School } from "../../../solver/index.ts";
import {
  createSchool,
  getDb,
  getSetting,
  setCurrentSchool,
  setSetting,
  updateSchool,
  type CommonsDb,
  type Result,
  type SchoolId,
  type SchoolRecord,
} from "../../data/index.ts";
import {
  rememberMapping,
  type ImportKind,
  type Mapping,
  type RememberedMapping,
} from "./fields.ts";

export type ImportTarget =
  { kind: "merge"; schoolId: SchoolId; expectedRevision: number } | { kind: "new"; name: string };

/**
 * The school a new import starts from: the current school's calendar and lunch window (a CSV file
 * has no bell schedule) and empty lists.
 */
export function newSchoolBase(current: School, name: string): School {
  const base: School = {
    format: current.format,
    name: name.trim(),
    calendar: current.calendar,
    teachers: [],
    rooms: [],
    groups: [],
    sections: [],
    teams: [],
  };
  if (current.lunch) base.lunch = current.lunch;
  return base;
}

/** Stores the school: an undoable edit of the target school, or a new school made current. */
export async function storeImport(
  school: School,
  target: ImportTarget,
  label: string,
  db: CommonsDb = getDb(),
): Promise<Result<SchoolRecord>> {
  if (target.kind === "merge") {
    return updateSchool(
      target.schoolId,
      school,
      { expectedRevision: target.expectedRevision, label },
      db,
    );
  }
  const created = await createSchool({ ...school, name: target.name.trim() }, db);
  if (!created.ok) return created;
  const opened = await setCurrentSchool(created.value.id, db);
  return opened.ok ? created : opened;
}

const settingKey = (kind: ImportKind) => `ui.import.mapping.${kind}` as const;

export async function loadMapping(
  kind: ImportKind,
  db: CommonsDb = getDb(),
): Promise<RememberedMapping> {
  const read = await getSetting(settingKey(kind), db);
  const value = read.ok ? read.value : null;
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  const out: Record<string, string | null> = {};
  for (const [header, field] of Object.entries(value)) {
    if (typeof field === "string" || field === null) out[header] = field;
  }
  return out;
}

/** Remembers the columns chosen for each file, added to what was remembered for its kind. */
export async function saveMappings(
  files: readonly { kind: ImportKind; header: readonly string[]; mapping: Mapping }[],
  db: CommonsDb = getDb(),
): Promise<void> {
  for (const file of files) {
    const before = await loadMapping(file.kind, db);
    // A failed write of a preference only costs the guess next time: it is not worth a message.
    await setSetting(settingKey(file.kind), rememberMapping(file.header, file.mapping, before), db);
  }
}
