import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import type { Schedule } from "../../solver/model/format.ts";
import type { CommonsDb } from "../../src/data/db.ts";
import type { VersionId } from "../../src/data/ids.ts";
import { versionLog } from "../../src/data/records.ts";
import {
  HISTORY_LIMIT,
  canRedo,
  canUndo,
  getHistory,
  listHistory,
  redo,
  undo,
} from "../../src/data/repositories/history.ts";
import { createSchool } from "../../src/data/repositories/schools.ts";
import { createVersion, getVersion, updateSchedule } from "../../src/data/repositories/versions.ts";
import { closeAll, freshDb, moved, must, reopen, tinySchedule, tinySchool } from "./fixtures.ts";

afterEach(closeAll);

async function setup() {
  const db = freshDb();
  const school = must(await createSchool(tinySchool(), db));
  const version = must(
    await createVersion(school.id, tinySchedule(), { name: "Draft", origin: "manual" }, db),
  );
  return { db, version, log: versionLog(version.id) };
}

const PERIODS = ["1", "2", "3"];
const DAYS = ["Mon", "Tue"];

/** Edit n moves placement n % 4 to a slot that differs from where it is. */
function nthEdit(schedule: Schedule, n: number): { next: Schedule; label: string } {
  const index = n % 4;
  const day = DAYS[n % 2]!;
  const current = schedule.placements[index]!;
  const period = PERIODS.find((p) => p !== current.period && (n + Number(p)) % 3 !== 0) ?? "3";
  const next = moved(schedule, index, day, period === current.period ? "1" : period);
  return { next, label: `Move ${current.section} to ${day} period ${period} (#${n})` };
}

/** Makes `count` edits through the repository; answers the schedule after each edit. */
async function edit(db: CommonsDb, id: VersionId, count: number): Promise<Schedule[]> {
  const states: Schedule[] = [];
  let record = must(await getVersion(id, db));
  states.push(record.schedule);
  for (let n = 0; n < count; n++) {
    const { next, label } = nthEdit(record.schedule, n);
    record = must(await updateSchedule(id, next, { expectedRevision: record.revision, label }, db));
    states.push(record.schedule);
  }
  return states;
}

describe("history", () => {
  it("undoes and redoes step by step, answering each step", async () => {
    const { db, version, log } = await setup();
    const states = await edit(db, version.id, 3);
    expect(must(await canRedo(log, db))).toBe(false);
    for (let i = 3; i > 0; i--) {
      const step = must(await undo(log, {}, db));
      expect(step?.label).toContain(`(#${i - 1})`);
      expect(must(await getVersion(version.id, db)).schedule).toEqual(states[i - 1]);
    }
    expect(must(await canUndo(log, db))).toBe(false);
    expect(must(await undo(log, {}, db))).toBeNull();
    must(await redo(log, {}, db));
    must(await redo(log, {}, db));
    expect(must(await getVersion(version.id, db)).schedule).toEqual(states[2]);
    const state = must(await getHistory(log, db));
    expect(state.undo?.label).toContain("(#1)");
    expect(state.redo?.label).toContain("(#2)");
  });

  it("clears the redo stack when a new edit is made", async () => {
    const { db, version, log } = await setup();
    await edit(db, version.id, 3);
    must(await undo(log, {}, db));
    must(await undo(log, {}, db));
    expect(must(await listHistory(log, db)).filter((e) => e.undone === 1)).toHaveLength(2);
    const record = must(await getVersion(version.id, db));
    const next = moved(record.schedule, 3, "Mon", "3");
    must(
      await updateSchedule(
        version.id,
        next,
        { expectedRevision: record.revision, label: "New" },
        db,
      ),
    );
    const state = must(await getHistory(log, db));
    expect(state.entries.map((e) => e.undone)).toEqual([0, 0]);
    expect(state.canRedo).toBe(false);
    expect(must(await redo(log, {}, db))).toBeNull();
  });

  it("undoes and redoes after a reload (a new connection to the same database)", async () => {
    const { db, version, log } = await setup();
    const states = await edit(db, version.id, 2);
    must(await undo(log, {}, db));
    db.close();
    const reloaded = reopen(db);
    expect(must(await getHistory(log, reloaded)).undo?.label).toContain("(#0)");
    must(await undo(log, {}, reloaded));
    expect(must(await getVersion(version.id, reloaded)).schedule).toEqual(states[0]);
    must(await redo(log, {}, reloaded));
    must(await redo(log, {}, reloaded));
    expect(must(await getVersion(version.id, reloaded)).schedule).toEqual(states[2]);
  });

  it("keeps every step of 150 edits: undo walks back to the first schedule", async () => {
    const { db, version, log } = await setup();
    const states = await edit(db, version.id, 150);
    expect(must(await listHistory(log, db))).toHaveLength(150);
    for (let i = 150; i > 0; i--) must(await undo(log, {}, db));
    expect(must(await getVersion(version.id, db)).schedule).toEqual(states[0]);
    expect(must(await canUndo(log, db))).toBe(false);
  });

  it("keeps the latest HISTORY_LIMIT steps (at least 100) once a log grows past it", async () => {
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
    const { db, version, log } = await setup();
    const extra = 5;
    const states = await edit(db, version.id, HISTORY_LIMIT + extra);
    const entries = must(await listHistory(log, db));
    expect(entries).toHaveLength(HISTORY_LIMIT);
    expect(entries[0]?.label).toContain(`(#${extra})`);
    for (let i = 0; i < HISTORY_LIMIT; i++) must(await undo(log, {}, db));
    expect(must(await getVersion(version.id, db)).schedule).toEqual(states[extra]);
  });

  it("refuses to undo when another tab changed the log since the button was drawn", async () => {
    const { db, version, log } = await setup();
    await edit(db, version.id, 2);
    const shown = must(await getHistory(log, db)).undo!;
    must(await undo(log, {}, reopen(db)));
    const before = must(await getVersion(version.id, db));
    const result = await undo(log, { expectedEntryId: shown.id }, db);
    expect(result).toMatchObject({ ok: false, error: { kind: "history" } });
    expect(must(await getVersion(version.id, db))).toEqual(before);
  });

  it("refuses a step that no longer fits the stored schedule, changing nothing", async () => {
    const { db, version, log } = await setup();
    await edit(db, version.id, 1);
    // A write that bypassed the repositories (it cannot happen through them).
    const record = must(await getVersion(version.id, db));
    const tampered = moved(record.schedule, 0, "Tue", "3");
    await db.versions.put({ ...record, schedule: tampered });
    const result = await undo(log, {}, db);
    expect(result).toMatchObject({ ok: false, error: { kind: "history" } });
    expect(must(await getVersion(version.id, db)).schedule).toEqual(tampered);
    expect(must(await getHistory(log, db)).canUndo).toBe(true);
  });
});
