// The Web Worker's entry: everything it does is in serve.ts and handlers.ts.
import { handlers } from "./handlers.ts";
import type { FromWorker, ToWorker } from "./protocol.ts";
import { createJobServer } from "./serve.ts";

// The app's TypeScript project sees the DOM's `self`; in this file it is a worker's global.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const server = createJobServer(handlers, (message: FromWorker) => scope.postMessage(message));
scope.onmessage = (event: MessageEvent<ToWorker>) => server.receive(event.data);
