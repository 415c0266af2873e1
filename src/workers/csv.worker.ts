// The CSV worker's entry: everything it does is in csv-server.ts.
import type { FromCsvWorker, ToCsvWorker } from "./csv-protocol.ts";
import { createCsvServer } from "./csv-server.ts";

// The app's TypeScript project sees the DOM's `self`; in this file it is a worker's global.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const server = createCsvServer((message: FromCsvWorker) => scope.postMessage(message));
scope.onmessage = (event: MessageEvent<ToCsvWorker>) => server.receive(event.data);
