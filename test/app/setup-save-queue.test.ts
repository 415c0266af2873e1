import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import type { School } from "../../solver/model/format.ts";
import {
  createSchool,
  getSchool,
  listHistory,
  schoolLog,
  updateSchool,
} from "../../src/data/index.ts";
import type { SchoolRecord } from "../../src/data/index.ts";
import { editStep, SaveQueue } from "../../src/features/school/save-queue.ts";
import { closeAll, freshDb, must, quotaDb, reopen, tinySchool } from "../data/fixtures.ts";

afterEach(closeAll);

const renamed = (school: School, name: string): School => ({ ...school, name });

async function started(db = freshDb()) {
  const record = must(await createSchool(tinySchool("Adams"), db));
  const queue = new SaveQueue();
  queue.adopt(record);
  return { db, record, queue };
}

describe("SaveQueue", () => {
  it("stores quick successive edits in order, each building on the one before", async () => {
    const { db, record, queue } = await started();
    const one = renamed(record.school, "One");
    const two = renamed(one, "Two");
    const three = renamed(two, "Three");
    queue.push(editStep(record.id, one, "Rename to One", record.revision, db));
    // Queued behind the first: no revision of their own, they build on its result.
    queue.push(editStep(record.id, two, "Rename to Two", undefined, db));
    queue.push(editStep(record.id, three, "Rename to Three", undefined, db));
    expect(queue.snapshot().school?.name).toBe("Three");
    await queue.idle();
    const stored = must(await getSchool(record.id, db));
    expect(stored.name).toBe("Three");
    expect(stored.revision).toBe(4);
    const labels = must(await listHistory(schoolLog(record.id), db)).map((e) => e.label);
    expect(labels).toEqual(["Rename to One", "Rename to Two", "Rename to Three"]);
    expect(queue.snapshot()).toMatchObject({ pending: 0, saving: false, failure: null });
  });

  it("keeps a failed edit (and those after it) in memory until a retry stores them", async () => {
    const full = quotaDb();
    const { record, queue } = await started(full.db);
    full.failWrites("schools");
    queue.push(
      editStep(record.id, renamed(record.school, "Kept"), "Rename", record.revision, full.db),
    );
    await queue.idle();
    queue.push(
      editStep(record.id, renamed(record.school, "Kept too"), "Rename again", undefined, full.db),
    );
    let snap = queue.snapshot();
    expect(snap.failure?.kind).toBe("quota");
    expect(snap.pending).toBe(2);
    expect(snap.school?.name).toBe("Kept too");
    expect(must(await getSchool(record.id, full.db)).name).toBe("Adams");

    full.stop();
    queue.retry();
    await queue.idle();
    snap = queue.snapshot();
    expect(snap).toMatchObject({ pending: 0, failure: null });
    expect(must(await getSchool(record.id, full.db)).name).toBe("Kept too");
  });

  it("refuses to overwrite a change another tab saved first, and can go back to it", async () => {
    const { db, record, queue } = await started();
    const otherTab = reopen(db);
    const theirs = must(
      await updateSchool(
        record.id,
        renamed(record.school, "Theirs"),
        { expectedRevision: 1, label: "x" },
        otherTab,
      ),
    );
    // This tab's edit was made on revision 1, before it heard of the other tab's save.
    queue.push(editStep(record.id, renamed(record.school, "Mine"), "Rename", record.revision, db));
    await queue.idle();
    expect(queue.snapshot().failure?.kind).toBe("conflict");
    expect(must(await getSchool(record.id, db)).name).toBe("Theirs");

    queue.adopt(theirs);
    queue.discard();
    expect(queue.snapshot()).toMatchObject({ pending: 0, failure: null });
    expect(queue.snapshot().school?.name).toBe("Theirs");
  });

  it("adopts a newer stored record when idle, never an older one", async () => {
    const { record, queue } = await started();
    const newer: SchoolRecord = {
      ...record,
      revision: 5,
      name: "Newer",
      school: renamed(record.school, "Newer"),
    };
    queue.adopt(newer);
    expect(queue.snapshot().record?.revision).toBe(5);
    queue.adopt(record);
    expect(queue.snapshot().record?.revision).toBe(5);
  });
});
