import { summarizeBackup } from "./backup-summary.ts";
import { ConfirmDialog } from "./ConfirmDialog.tsx";

export type PendingRestore = { fileName: string; backup: unknown };

type Props = { pending: PendingRestore; onRestore: () => void; onCancel: () => void };

/** Restoring replaces everything stored: say what comes in and what goes, then ask. */
export function RestoreQuestion({ pending, onRestore, onCancel }: Props) {
  const summary = summarizeBackup(pending.backup);
  const when = summary.exportedAt?.toLocaleString() ?? "an unknown time";
  return (
    <ConfirmDialog
      title={`Restore ${pending.fileName}?`}
      actions={[
        { label: "Replace everything with this backup", tone: "danger", onClick: onRestore },
      ]}
      onCancel={onCancel}
    >
      <p>
        This backup was made at {when}. It holds {summary.schools.length}{" "}
        {summary.schools.length === 1 ? "school" : "schools"}
        {summary.schools.length > 0 && ` (${summary.schools.join(", ")})`} and {summary.versions}{" "}
        {summary.versions === 1 ? "version" : "versions"}.
      </p>
      <p>
        Everything stored in this browser now, with its undo history, is replaced. Export a backup
        first if you may want today&rsquo;s data back.
      </p>
    </ConfirmDialog>
  );
}
