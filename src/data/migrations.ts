// The database schema, one step per version, append-only. A released step is never edited:
// test/data/migrations.test.ts pins version 1 and opens a version-1 database with today's code.
//
// To change the schema, append a step:
//   {
//     version: 2,
//     why: "List versions by most recent edit without reading every schedule.",
//     stores: { versions: "id, schoolId, updatedAt" },   // only the tables that change
//     upgrade: async (tx) => {                            // optional: rewrite existing records
//       await tx.table("versions").toCollection().modify((v) => { v.updatedAt ??= v.createdAt; });
//     },
//   },
// then extend records.ts additively (new fields optional, or filled by the upgrade), add a test
// that writes records with the previous schema and reads them back, and, if the shape of a
// record changed, bump the backup format in repositories/backup.ts.
import type Dexie from "dexie";
import type { Transaction } from "dexie";

export type SchemaStep = {
  version: number;
  /** Why the step exists, for the next person who reads this file. */
  why: string;
  /** Dexie store definitions: primary key first, then indexes; null deletes a table. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};

export const SCHEMA_STEPS: readonly SchemaStep[] = [
  {
    version: 1,
    why: "Schools, their schedule versions, edit history per school and per version, settings.",
    stores: {
      schools: "id",
      versions: "id, schoolId",
      // ++id orders the entries; `log` reads one undo stack, `schoolId` cleans up a school.
      history: "++id, log, schoolId",
      settings: "key",
    },
  },
  {
    version: 2,
    why:
      "Find the next undo or redo step of a log without reading the whole log: undo is the last " +
      "entry of [log, undone=0], redo the first of [log, undone=1], and a new edit deletes " +
      "[log, undone=1]. IndexedDB builds the new index from the existing entries; no record " +
      "changes shape, so there is no upgrade function.",
    stores: { history: "++id, log, schoolId, [log+undone]" },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_STEPS[SCHEMA_STEPS.length - 1]?.version ?? 0;

export function declareSchema(db: Dexie, steps: readonly SchemaStep[] = SCHEMA_STEPS): void {
  for (const step of steps) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}
