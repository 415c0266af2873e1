// A backup that holds nothing: restoring it is "delete all data", in one transaction.
import { BACKUP_FORMAT, type Backup } from "../../data/index.ts";

export const EMPTY_BACKUP: Backup = {
  format: BACKUP_FORMAT,
  exportedAt: new Date(0).toISOString(),
  schools: [],
  versions: [],
  history: [],
  settings: [],
};
