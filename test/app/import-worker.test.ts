// The CSV worker's door: files read with progress, previews worked out from the kept tables, only
// the newest of several quick previews worked out, and the main thread when no worker starts.
import { describe, expect, it } from "vitest";
import { guessMapping } from "../../src/features/import/fields.ts";
import { createCsvClient, type CsvWorkerFactory } from "../../src/workers/csv-client.ts";
import type { ToCsvWorker } from "../../src/workers/csv-protocol.ts";
import { createCsvServer } from "../../src/workers/csv-server.ts";
import { bigSectionsCsv, fixtureBytes, weekSchool } from "./import-fixtures.ts";

/** The real server behind an imitated thread boundary (a copy and a later turn). */
function inProcess(log: { started: number; posted: ToCsvWorker[] }): CsvWorkerFactory {
  return (onMessage) => {
    log.started++;
    let alive = true;
    const server = createCsvServer((m) => {
      const copy = structuredClone(m);
      setTimeout(() => alive && onMessage(copy), 0);
    });
    return {
      post: (m) => {
        log.posted.push(m);
        const copy = structuredClone(m);
        setTimeout(() => alive && server.receive(copy), 0);
      },
      terminate: () => {
        alive = false;
      },
    };
  };
}

const file = (name: string, bytes: Uint8Array | string) =>
  new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name);

describe("createCsvClient", () => {
  it("reads a file in the worker with progress, then previews from the kept table", async () => {
    const log = { started: 0, posted: [] as ToCsvWorker[] };
    const client = createCsvClient(inProcess(log));
    const progress: number[] = [];
    const read = await client.read(file("sections.csv", bigSectionsCsv(3_000, 10)), (f) =>
      progress.push(f),
    );
    expect(client.mode()).toBe("worker");
    if (!read.ok) throw new Error(read.message);
    expect(read.value.table.rows).toHaveLength(3_000);
    expect(progress.at(-1)).toBe(1);
    const base = {
      ...weekSchool(),
      teachers: Array.from({ length: 10 }, (_, i) => ({
        id: `t-${i}`,
        name: `First${i} Last${i}`,
      })),
    };
    const mapping = guessMapping("sections", read.value.table.header);
    const args = [
      { tableId: read.value.tableId, kind: "sections" as const, mapping, edits: {}, skipped: [] },
    ];
    const plan = await client.plan(base, args);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.value.files[0]!.counts.create).toBe(3_000);
    expect(plan.value.school).toBeNull();
    const withSchool = await client.plan(base, args, true);
    expect(withSchool.ok && withSchool.value.school?.sections).toHaveLength(3_000);
    // The rows crossed once; the previews sent only the choices.
    const posted = log.posted.filter((m) => m.type === "plan");
    expect(posted.every((m) => !JSON.stringify(m).includes("Course 1"))).toBe(true);
    expect(log.started).toBe(1);
    client.dispose();
  });

  it("works out only the newest of several previews asked at once", async () => {
    const client = createCsvClient(inProcess({ started: 0, posted: [] }));
    const read = await client.read(file("teachers.csv", fixtureBytes("teachers-utf8-bom.csv")));
    if (!read.ok) throw new Error(read.message);
    const args = (skipped: number[]) => [
      {
        tableId: read.value.tableId,
        kind: "teachers" as const,
        mapping: guessMapping("teachers", read.value.table.header),
        edits: {},
        skipped,
      },
    ];
    const [first, second, third] = await Promise.all([
      client.plan(weekSchool(), args([2])),
      client.plan(weekSchool(), args([2, 3])),
      client.plan(weekSchool(), args([])),
    ]);
    expect(first).toMatchObject({ ok: false, superseded: true });
    expect(second).toMatchObject({ ok: false, superseded: true });
    expect(third.ok && third.value.files[0]!.counts.create).toBe(5);
  });

  it("runs on the main thread when no worker can start, or when one fails before answering", async () => {
    const noWorker = createCsvClient(() => {
      throw new Error("no workers here");
    });
    const read = await noWorker.read(file("t.csv", fixtureBytes("teachers-cp1252-semicolon.csv")));
    expect(noWorker.mode()).toBe("main-thread");
    expect(read.ok && read.value.table.encoding).toBe("windows-1252");

    const failing = createCsvClient((_onMessage, onError) => {
      setTimeout(() => onError("script blocked"), 0);
      return { post: () => {}, terminate: () => {} };
    });
    const again = await failing.read(file("t.csv", "Name\nAna Lee\n"));
    expect(failing.mode()).toBe("main-thread");
    expect(again.ok && again.value.table.rows).toHaveLength(1);
  });

  it("answers a preview of a file it no longer keeps with a message, not a crash", async () => {
    const client = createCsvClient(inProcess({ started: 0, posted: [] }));
    const read = await client.read(file("t.csv", "Name\nAna Lee\n"));
    if (!read.ok) throw new Error(read.message);
    client.forget([read.value.tableId]);
    const plan = await client.plan(weekSchool(), [
      { tableId: read.value.tableId, kind: "teachers", mapping: ["name"], edits: {}, skipped: [] },
    ]);
    expect(plan).toEqual({
      ok: false,
      superseded: false,
      message: "A file is no longer open; choose it again.",
    });
  });
});
