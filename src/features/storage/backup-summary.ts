// What a backup file holds, in words, for the question asked before it replaces everything.
// Pure, and lenient: the full check runs when the person confirms (restoreBackup).

export type BackupSummary = {
  exportedAt: Date | null;
  schools: string[];
  versions: number;
};

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function summarizeBackup(backup: unknown): BackupSummary {
  const obj =
    typeof backup === "object" && backup !== null ? (backup as Record<string, unknown>) : {};
  const at = typeof obj.exportedAt === "string" ? new Date(obj.exportedAt) : null;
  const live = (r: unknown) =>
    typeof r === "object" && r !== null && (r as { deletedAt?: unknown }).deletedAt == null;
  const schools = list(obj.schools)
    .filter(live)
    .map((s) => (s as { name?: unknown }).name)
    .filter((n): n is string => typeof n === "string");
  return {
    exportedAt: at && !Number.isNaN(at.getTime()) ? at : null,
    schools,
    versions: list(obj.versions).filter(live).length,
  };
}
