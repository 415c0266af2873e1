// The import's side of the CSV worker. Reading and previewing run in a Web Worker so that a
// 20,000-row file never freezes the page; when no worker can start they run on the main thread
// with the same code (csv-server.ts), only less smoothly.
import type { School } from "../../solver/index.ts";
import type { CsvTable } from "../features/import/read-csv.ts";
import { describeError } from "../lib/errors.ts";
import type { FromCsvWorker, PlanFileArgs, PlanView, ToCsvWorker } from "./csv-protocol.ts";
import { createCsvServer } from "./csv-server.ts";

export type CsvOutcome<T> =
  { ok: true; value: T } | { ok: false; superseded: boolean; message: string };

export type ReadTable = { tableId: number; table: CsvTable };

export type CsvClient = {
  read: (file: File, onProgress?: (fraction: number) => void) => Promise<CsvOutcome<ReadTable>>;
  /** A preview; with `withSchool` the school to store comes with it. */
  plan: (
    base: School,
    files: PlanFileArgs[],
    withSchool?: boolean,
  ) => Promise<CsvOutcome<PlanView>>;
  forget: (tableIds: number[]) => void;
  mode: () => CsvMode;
  dispose: () => void;
};

export type CsvMode = "not-started" | "worker" | "main-thread";

export type CsvWorkerPort = { post: (message: ToCsvWorker) => void; terminate: () => void };
/** Starts a worker, or throws when none can be started. */
export type CsvWorkerFactory = (
  onMessage: (message: FromCsvWorker) => void,
  onError: (text: string) => void,
) => CsvWorkerPort;

export const browserCsvWorker: CsvWorkerFactory = (onMessage, onError) => {
  if (typeof Worker === "undefined") throw new Error("this browser has no Web Workers");
  const worker = new Worker(new URL("./csv.worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (event: MessageEvent<FromCsvWorker>) => onMessage(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    onError(event.message || "the file reader stopped with an error");
  };
  return { post: (message) => worker.postMessage(message), terminate: () => worker.terminate() };
};

type Pending = {
  message: ToCsvWorker & { type: "read" | "plan" };
  onProgress?: (fraction: number) => void;
  resolve: (outcome: CsvOutcome<unknown>) => void;
};

export function createCsvClient(createWorker: CsvWorkerFactory = browserCsvWorker): CsvClient {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let mode: CsvMode = "not-started";
  let port: CsvWorkerPort | null = null;
  let answered = false;

  const settle = (id: number, outcome: CsvOutcome<unknown>) => {
    const job = pending.get(id);
    if (!job) return;
    pending.delete(id);
    job.resolve(outcome);
  };

  const receive = (message: FromCsvWorker) => {
    if (message.type === "progress") pending.get(message.id)?.onProgress?.(message.fraction);
    else if (message.type === "table") {
      settle(message.id, { ok: true, value: { tableId: message.tableId, table: message.table } });
    } else if (message.type === "plan") settle(message.id, { ok: true, value: message.plan });
    else if (message.type === "superseded") {
      settle(message.id, {
        ok: false,
        superseded: true,
        message: "A newer preview was asked for.",
      });
    } else settle(message.id, { ok: false, superseded: false, message: message.message });
  };

  const mainThread = (): CsvWorkerPort => {
    mode = "main-thread";
    // A later turn for each message, so the page can paint the progress bar first.
    const server = createCsvServer((message) => setTimeout(() => receive(message), 0));
    return { post: (message) => setTimeout(() => server.receive(message), 0), terminate: () => {} };
  };

  const start = (): CsvWorkerPort => {
    if (port) return port;
    try {
      const started: CsvWorkerPort = createWorker(
        (message) => {
          if (port !== started) return;
          answered = true;
          receive(message);
        },
        (text) => {
          if (port !== started) return;
          started.terminate();
          // A worker that never answered could not start: its reads move to the main thread.
          // One that did held the open files, which are gone with it.
          if (!answered) {
            port = mainThread();
            for (const job of pending.values()) port.post(job.message);
          } else {
            port = null;
            for (const id of [...pending.keys()]) {
              settle(id, {
                ok: false,
                superseded: false,
                message: `The file reader stopped: ${text}`,
              });
            }
          }
        },
      );
      port = started;
      mode = "worker";
    } catch {
      port = mainThread();
    }
    return port;
  };

  const send = <T>(
    message: ToCsvWorker & { type: "read" | "plan" },
    onProgress?: (fraction: number) => void,
  ): Promise<CsvOutcome<T>> =>
    new Promise((resolve) => {
      pending.set(message.id, {
        message,
        onProgress,
        resolve: resolve as (outcome: CsvOutcome<unknown>) => void,
      });
      start().post(message);
    });

  return {
    async read(file, onProgress) {
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch (error) {
        return {
          ok: false,
          superseded: false,
          message: `${file.name} could not be read: ${describeError(error)}`,
        };
      }
      return send({ type: "read", id: nextId++, fileName: file.name, bytes }, onProgress);
    },
    plan: (base, files, withSchool = false) =>
      send({ type: "plan", id: nextId++, base, files, withSchool }),
    forget: (tableIds) => port?.post({ type: "forget", tableIds }),
    mode: () => mode,
    dispose() {
      port?.terminate();
      port = null;
      for (const id of [...pending.keys()]) {
        settle(id, { ok: false, superseded: false, message: "The import was closed." });
      }
    },
  };
}
