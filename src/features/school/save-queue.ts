// The writes of the current school, one at a time and in order. Each edit names the revision the
// previous write produced (not the one the page loaded), so quick successive edits never conflict
// with each other, while an edit saved by another tab in between still does. A failed write stops
// the queue and keeps every edit after it in memory (shown, not stored) until a retry or a
// discard: nothing a person typed is dropped by a full disk.
import type { School } from "../../../solver/index.ts";
import {
  getDb,
  updateSchool,
  type CommonsDb,
  type DataError,
  type Result,
  type SchoolId,
  type SchoolRecord,
} from "../../data/index.ts";

/**
 * One write. `school` is the document the page shows as soon as the step is queued (an edit), or
 * null when the step's outcome is only known once it ran (undo, redo).
 */
export type SaveStep = {
  label: string;
  school: School | null;
  run: (base: SchoolRecord) => Promise<Result<SchoolRecord>>;
};

export type SaveSnapshot = {
  /** The stored record the next write builds on (null until the first one arrives). */
  record: SchoolRecord | null;
  /** What the page shows: the last queued edit, else the stored document. */
  school: School | null;
  /** Steps not stored yet (the one running included). */
  pending: number;
  saving: boolean;
  /** Why the queue stopped; the pending steps wait for retry() or discard(). */
  failure: DataError | null;
};

export class SaveQueue {
  private base: SchoolRecord | null = null;
  /** The latest record the live query delivered (another tab's writes arrive here). */
  private live: SchoolRecord | null = null;
  private steps: SaveStep[] = [];
  private running = false;
  private failure: DataError | null = null;
  private snap: SaveSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor() {
    this.snap = this.compute();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Stable between changes, for useSyncExternalStore. */
  snapshot = (): SaveSnapshot => this.snap;

  /** The record as stored now (from the live query). Adopted unless own writes are under way. */
  adopt(record: SchoolRecord): void {
    this.live = record;
    if (!this.running && this.steps.length === 0 && this.failure === null) {
      // A live query can lag behind this tab's own write: never step back to an older revision.
      const next = this.newest(record);
      if (next !== this.base) {
        this.base = next;
        this.changed();
      }
    }
  }

  push(step: SaveStep): void {
    this.steps.push(step);
    this.changed();
    void this.drain();
  }

  /** Tries the stopped steps again (after the person freed space, closed a tab, ...). */
  retry(): void {
    if (this.failure === null) return;
    this.failure = null;
    this.changed();
    void this.drain();
  }

  /** Drops the steps that were not stored and shows the stored record again. */
  discard(): void {
    if (this.running) return;
    this.steps = [];
    this.failure = null;
    if (this.live !== null) this.base = this.newest(this.live);
    this.changed();
  }

  /** Resolves when nothing is running (for tests and for steps that must follow edits). */
  async idle(): Promise<void> {
    while (this.running) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  private newest(record: SchoolRecord): SchoolRecord {
    return this.base !== null && this.base.revision > record.revision ? this.base : record;
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.changed();
    try {
      while (this.failure === null && this.steps.length > 0) {
        const step = this.steps[0]!;
        const base = this.base;
        if (base === null) break;
        const result = await step.run(base);
        if (!result.ok) {
          this.failure = result.error;
          break;
        }
        this.steps.shift();
        this.base = result.value;
        this.changed();
      }
    } finally {
      this.running = false;
      // Another tab may have written while this one was busy: the newer record wins the base,
      // so the next edit names its revision (and a stale edit is refused as a conflict).
      if (this.failure === null && this.steps.length === 0 && this.live !== null) {
        this.base = this.newest(this.live);
      }
      this.changed();
    }
  }

  private compute(): SaveSnapshot {
    const queued = [...this.steps].reverse().find((s) => s.school !== null)?.school ?? null;
    return {
      record: this.base,
      school: queued ?? this.base?.school ?? null,
      pending: this.steps.length,
      saving: this.running,
      failure: this.failure,
    };
  }

  private changed(): void {
    this.snap = this.compute();
    for (const listener of this.listeners) listener();
  }
}

/**
 * An edit of a stored school. `startedFrom` is the revision of the document the edit was made
 * on; leave it out for an edit queued behind others of this tab (it builds on their result).
 */
export function editStep(
  schoolId: SchoolId,
  school: School,
  label: string,
  startedFrom: number | undefined,
  db: CommonsDb = getDb(),
): SaveStep {
  return {
    label,
    school,
    run: (base) =>
      updateSchool(schoolId, school, { expectedRevision: startedFrom ?? base.revision, label }, db),
  };
}
