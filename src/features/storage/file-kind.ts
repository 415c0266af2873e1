// Which of the app's three files a text is (school, schedule, backup), and the names of the files
// the app writes. A file that is not JSON, or names no known format, is read as a school file, so
// that the school parser explains what is wrong with it.
import { SCHEDULE_FORMAT } from "../../../solver/index.ts";
import { BACKUP_FORMAT } from "../../data/index.ts";
import { schoolFileName } from "../../lib/files.ts";
import { slug } from "../../lib/slug.ts";

export type FileKind = "school" | "schedule" | "backup";

export function fileKindOf(text: string): FileKind {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return "school";
  }
  const format =
    typeof value === "object" && value !== null && "format" in value ? value.format : undefined;
  if (format === SCHEDULE_FORMAT) return "schedule";
  if (format === BACKUP_FORMAT) return "backup";
  return "school";
}

/** A CSV or TSV file by its name, unless its text is JSON after all (then it is read as such). */
export function isSpreadsheet(fileName: string, text: string): boolean {
  if (!/\.(csv|tsv)$/i.test(fileName)) return false;
  const start = text.replace(/^\uFEFF/, "").trimStart();
  return !start.startsWith("{");
}

/** "lincoln-middle-school.draft-2.schedule.json" */
export function scheduleFileName(schoolName: string, versionName: string): string {
  const school = schoolFileName(schoolName).replace(/\.school\.json$/, "");
  const version = slug(versionName);
  return `${school}${version === "" ? "" : `.${version}`}.schedule.json`;
}

/** "commons-backup-2026-05-04-1530.json": sorts by time in a folder of backups. */
export function backupFileName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `commons-backup-${day}-${pad(at.getHours())}${pad(at.getMinutes())}.json`;
}
