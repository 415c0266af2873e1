// Importing a school file or a schedule file: parse and check first; on any error answer the
// parser's errors as a value and store nothing.
import { parseSchedule, parseSchool } from "../../../solver/index.ts";
import { getDb, type CommonsDb } from "../db.ts";
import { attempt, fail, invalid, type Result } from "../errors.ts";
import type { SchoolId } from "../ids.ts";
import type { SchoolRecord, VersionRecord } from "../records.ts";
import { createSchool, liveSchool } from "./schools.ts";
import { createVersion } from "./versions.ts";

/** Adds the school in a school file's text (see shared/spec/school-format.md). */
export function importSchoolText(
  text: string,
  db: CommonsDb = getDb(),
): Promise<Result<SchoolRecord>> {
  const parsed = parseSchool(text);
  if (!parsed.ok) {
    return Promise.resolve(
      fail(invalid("The school file has errors, so it was not imported.", parsed.errors)),
    );
  }
  return createSchool(parsed.value, db);
}

export type ImportScheduleOptions = { /** Default: "Imported <date>". */ name?: string };

/**
 * Adds a schedule file's text as a new version of the school (origin "import"). The file must
 * belong to this school: its `school` is the school's name and every id it names exists.
 */
export async function importScheduleText(
  schoolId: SchoolId,
  text: string,
  options: ImportScheduleOptions = {},
  db: CommonsDb = getDb(),
): Promise<Result<VersionRecord>> {
  const school = await attempt(() => liveSchool(db, schoolId, undefined));
  if (!school.ok) return school;
  const parsed = parseSchedule(text, school.value.school);
  if (!parsed.ok) {
    return fail(invalid("The schedule file has errors, so it was not imported.", parsed.errors));
  }
  const name = options.name?.trim() || `Imported ${new Date().toLocaleString()}`;
  return createVersion(schoolId, parsed.value, { name, origin: "import" }, db);
}
