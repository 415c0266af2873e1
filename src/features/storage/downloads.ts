// The files the app writes: the school, one schedule, and a backup of everything stored.
import { serializeSchedule, serializeSchool, type School } from "../../../solver/index.ts";
import { exportBackup, type Result, type VersionRecord } from "../../data/index.ts";
import { downloadText, schoolFileName } from "../../lib/files.ts";
import { backupFileName, scheduleFileName } from "./file-kind.ts";

/** Downloads the school as a school file; answers the file's name. */
export function downloadSchool(school: School): string {
  const name = schoolFileName(school.name);
  downloadText(name, serializeSchool(school));
  return name;
}

export function downloadSchedule(schoolName: string, version: VersionRecord): string {
  const name = scheduleFileName(schoolName, version.name);
  downloadText(name, serializeSchedule(version.schedule));
  return name;
}

/** Reads every table and downloads them as one backup file; answers the file's name. */
export async function downloadBackup(): Promise<Result<string>> {
  const backup = await exportBackup();
  if (!backup.ok) return backup;
  const name = backupFileName(new Date(backup.value.exportedAt));
  downloadText(name, `${JSON.stringify(backup.value, null, 2)}\n`);
  return { ok: true, value: name };
}
