import { describe, expect, it } from "vitest";
import { checkLive, nextRevision } from "../../src/data/repositories/revision.ts";

const record = { id: "a", revision: 3, updatedAt: 10, deletedAt: null as number | null };

describe("checkLive", () => {
  it("accepts a live record at the expected revision, or at any when none is named", () => {
    expect(checkLive(record, "School", "a", 3)).toEqual({ ok: true, value: record });
    expect(checkLive(record, "School", "a", undefined)).toEqual({ ok: true, value: record });
  });

  it("refuses a missing or deleted record as not found", () => {
    const missing = checkLive(undefined, "Version", "v", 1);
    const deleted = checkLive({ ...record, deletedAt: 5 }, "Version", "a", 3);
    for (const r of [missing, deleted]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.kind).toBe("not-found");
    }
  });

  it("refuses a record that moved on, naming both revisions", () => {
    const r = checkLive(record, "School", "a", 2);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatchObject({ kind: "conflict", expectedRevision: 2, actualRevision: 3 });
  });
});

describe("nextRevision", () => {
  it("applies the changes, bumps the revision and stamps the time, leaving the input alone", () => {
    const next = nextRevision(record, { deletedAt: 20 }, 20);
    expect(next).toEqual({ id: "a", revision: 4, updatedAt: 20, deletedAt: 20 });
    expect(record.revision).toBe(3);
  });
});
