// The backup file's format tag: bump it when a record's shape changes (see migrations.ts).
export const BACKUP_FORMAT = "commons-backup/1";
