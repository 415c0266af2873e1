// Small schools and schedules for the storage tests, and a fresh database per test.
import type { Schedule, School } from "../../solver/model/format.ts";
import { CommonsDb } from "../../src/data/db.ts";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

let counter = 0;
const opened: CommonsDb[] = [];

/** A new, empty database with a unique name (fake-indexeddb must be loaded by the test file). */
export function freshDb(): CommonsDb {
  const db = new CommonsDb(`commons-test-${Date.now()}-${counter++}`);
  opened.push(db);
  return db;
}

/** A second connection to the same database: another tab, or the same tab after a reload. */
export function reopen(db: CommonsDb): CommonsDb {
  const other = new CommonsDb(db.name);
  opened.push(other);
  return other;
}

export function closeAll(): void {
  for (const db of opened.splice(0)) db.close();
}

export function tinySchool(name = "Tiny School"): School {
  return {
    format: "commons-school/1",
    name,
    calendar: {
      days: [
        { id: "Mon", name: "Monday" },
        { id: "Tue", name: "Tuesday" },
      ],
      periods: [
        { id: "1", name: "Period 1" },
        { id: "2", name: "Period 2" },
        { id: "3", name: "Period 3" },
      ],
    },
    teachers: [
      { id: "t-lee", name: "Ana Lee" },
      { id: "t-ortiz", name: "Ben Ortiz" },
    ],
    sections: [
      { id: "alg1-1", course: "Algebra 1", teachers: ["t-lee"], meetings: 2 },
      { id: "bio-1", course: "Biology", teachers: ["t-ortiz"], meetings: 2 },
    ],
    teams: [
      {
        id: "team-9",
        name: "Grade 9",
        members: ["t-lee", "t-ortiz"],
        planning: { perCycle: 1 },
      },
    ],
    // Unknown fields must survive storage untouched.
    "x-district": { code: 42, tags: ["pilot"] },
  };
}

export function tinySchedule(school: School = tinySchool()): Schedule {
  return {
    format: "commons-schedule/1",
    school: school.name,
    status: "solved",
    placements: [
      { section: "alg1-1", day: "Mon", period: "1" },
      { section: "alg1-1", day: "Tue", period: "1" },
      { section: "bio-1", day: "Mon", period: "2" },
      { section: "bio-1", day: "Tue", period: "2" },
    ],
    planning: [{ team: "team-9", day: "Mon", period: "3" }],
    lunch: [],
    unplaced: [],
    explanation: [],
  };
}

/** The schedule with the nth placement moved to another slot (a typical drag on the grid). */
export function moved(schedule: Schedule, index: number, day: string, period: string): Schedule {
  return {
    ...schedule,
    placements: schedule.placements.map((p, i) => (i === index ? { ...p, day, period } : p)),
  };
}

// /work/shared/instances, beside the repository. `.href` because under jsdom URL is jsdom's class,
// which fileURLToPath does not accept.
const INSTANCES = new URL("../../../shared/instances/", import.meta.url).href;

export const instanceText = (name: string): string =>
  readFileSync(fileURLToPath(new URL(name, INSTANCES).href), "utf8");

export const instance = <T>(name: string): T => JSON.parse(instanceText(name)) as T;

/** Unwraps an expected success, failing the test with the error otherwise. */
export function must<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Lets the clock move on, so that records made before and after have different times. */
export const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 2));

export type FailSwitch = {
  db: CommonsDb;
  /** From now on, writes of these kinds to this table throw a QuotaExceededError. */
  failWrites(table: string, types?: ("add" | "put" | "delete" | "deleteRange")[]): void;
  stop(): void;
};

/**
 * A database whose writes can be made to fail as a full disk does: the DOMException the
 * browser throws, raised at Dexie's lowest layer (DBCore), below all of our code.
 */
export function quotaDb(): FailSwitch {
  const db = freshDb();
  let failing: { table: string; types: string[] } | null = null;
  db.use({
    stack: "dbcore",
    name: "simulated-full-disk",
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) =>
            failing && failing.table === name && failing.types.includes(req.type)
              ? Promise.reject(
                  new DOMException("The quota has been exceeded.", "QuotaExceededError"),
                )
              : table.mutate(req),
        };
      },
    }),
  });
  return {
    db,
    failWrites: (table, types = ["add", "put", "delete", "deleteRange"]) => {
      failing = { table, types };
    },
    stop: () => {
      failing = null;
    },
  };
}
