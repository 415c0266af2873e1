// The CSV worker's side, apart from the worker global so that tests and the main-thread fallback
// run exactly the code the worker runs.
import { planImport, type ImportFile } from "../features/import/plan.ts";
import { readCsvBytes, type CsvTable } from "../features/import/read-csv.ts";
import { describeError } from "../lib/errors.ts";
import type { FromCsvWorker, ToCsvWorker } from "./csv-protocol.ts";

export type CsvServer = { receive: (message: ToCsvWorker) => void };

export function createCsvServer(post: (message: FromCsvWorker) => void): CsvServer {
  const tables = new Map<number, CsvTable>();
  let nextTableId = 1;
  let latestPlan = 0;

  const plan = (message: ToCsvWorker & { type: "plan" }) => {
    const files: ImportFile[] = [];
    for (const file of message.files) {
      const table = tables.get(file.tableId);
      if (!table) {
        post({
          type: "error",
          id: message.id,
          message: "A file is no longer open; choose it again.",
        });
        return;
      }
      files.push({ ...file, table });
    }
    const { school, ...rest } = planImport(message.base, files);
    post({
      type: "plan",
      id: message.id,
      plan: { ...rest, school: message.withSchool ? school : null },
    });
  };

  return {
    receive(message) {
      if (message.type === "forget") {
        for (const id of message.tableIds) tables.delete(id);
        return;
      }
      const { id } = message;
      try {
        if (message.type === "read") {
          const table = readCsvBytes(new Uint8Array(message.bytes), message.fileName, {
            onProgress: (fraction) => post({ type: "progress", id, fraction }),
          });
          const tableId = nextTableId++;
          tables.set(tableId, table);
          post({ type: "table", id, tableId, table });
          return;
        }
        // Requests that arrived while the worker was busy are all received before this timer
        // fires, so only the newest preview is worked out.
        latestPlan = id;
        setTimeout(() => {
          if (id !== latestPlan && !message.withSchool) post({ type: "superseded", id });
          else {
            try {
              plan(message);
            } catch (error) {
              post({ type: "error", id, message: describeError(error) });
            }
          }
        }, 0);
      } catch (error) {
        post({ type: "error", id, message: describeError(error) });
      }
    },
  };
}
