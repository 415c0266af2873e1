// The UI's side of the protocol. Jobs run in a Web Worker so the page never freezes; when no
// worker can start (an old browser, a blocked script) they run on the main thread instead, with
// the same handlers, so the app still works, only less smoothly.
import { describeError } from "../lib/errors.ts";
import {
  internalError,
  type ArgsOf,
  type CallError,
  type CallOutcome,
  type FromWorker,
  type HandlerMap,
  type JobName,
  type ProgressOf,
  type ResultOf,
  type SolveProgressEvent,
  type SolveRequest,
  type SolveResult,
  type ToWorker,
} from "./protocol.ts";
import { createJobServer, type JobServer } from "./serve.ts";

export type Job<T> = { promise: Promise<CallOutcome<T>>; cancel: () => void };

/** What the client needs of a worker; `WorkerEvents` are how the worker talks back. */
export type WorkerPort = { post: (message: ToWorker) => void; terminate: () => void };
export type WorkerEvents = {
  message: (message: FromWorker) => void;
  error: (text: string) => void;
};
/** Starts a worker, or throws when none can be started. */
export type WorkerFactory = (events: WorkerEvents) => WorkerPort;

export type ClientOptions = {
  createWorker?: WorkerFactory;
  /** The handlers for the main-thread fallback, loaded only when it is needed. */
  loadHandlers?: () => Promise<HandlerMap>;
};

export type RunMode = "not-started" | "worker" | "main-thread";

export type JobClient = {
  call: <K extends JobName>(
    name: K,
    args: ArgsOf<K>,
    onProgress?: (progress: ProgressOf<K>) => void,
  ) => Job<ResultOf<K>>;
  mode: () => RunMode;
  dispose: () => void;
};

export type SolverClient = {
  solve: (
    args: SolveRequest,
    onProgress?: (progress: SolveProgressEvent) => void,
  ) => Job<SolveResult>;
  mode: () => RunMode;
  dispose: () => void;
};

export const browserWorker: WorkerFactory = (events) => {
  if (typeof Worker === "undefined") throw new Error("this browser has no Web Workers");
  const worker = new Worker(new URL("./solver.worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (event: MessageEvent<FromWorker>) => events.message(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    events.error(event.message || "the solver's worker stopped with an error");
  };
  worker.onmessageerror = () =>
    events.error("a message from the solver's worker could not be read");
  return { post: (message) => worker.postMessage(message), terminate: () => worker.terminate() };
};

const loadDefaultHandlers = async (): Promise<HandlerMap> =>
  (await import("./handlers.ts")).handlers;

type Pending = {
  message: ToWorker & { type: "run" };
  onProgress: (progress: unknown) => void;
  resolve: (outcome: CallOutcome<unknown>) => void;
};

export function createJobClient(options: ClientOptions = {}): JobClient {
  const createWorker = options.createWorker ?? browserWorker;
  const loadHandlers = options.loadHandlers ?? loadDefaultHandlers;
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let mode: RunMode = "not-started";
  let worker: WorkerPort | null = null;
  // A worker that fails before it ever answers could not start: its jobs move to the main thread.
  let workerAnswered = false;
  let mainThread: Promise<JobServer> | null = null;

  const settle = (id: number, outcome: CallOutcome<unknown>) => {
    const job = pending.get(id);
    if (!job) return;
    pending.delete(id);
    job.resolve(outcome);
  };

  const receive = (message: FromWorker) => {
    if (message.type === "progress") pending.get(message.id)?.onProgress(message.progress);
    else if (message.type === "result") settle(message.id, { ok: true, value: message.result });
    else settle(message.id, { ok: false, error: message.error });
  };

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
    workerAnswered = false;
  };

  const failAll = (error: CallError) => {
    for (const id of [...pending.keys()]) settle(id, { ok: false, error });
  };

  const runOnMainThread = (message: ToWorker & { type: "run" }) => {
    mode = "main-thread";
    mainThread ??= loadHandlers().then((handlers) => createJobServer(handlers, receive));
    mainThread.then(
      // A macrotask first, so the page can paint "Searching…" before the main thread is busy.
      (server) =>
        setTimeout(() => {
          if (pending.has(message.id)) server.receive(message);
        }, 0),
      (error: unknown) =>
        settle(message.id, {
          ok: false,
          error: internalError(`The solver could not be loaded: ${describeError(error)}`),
        }),
    );
  };

  const startWorker = (): WorkerPort | null => {
    if (worker) return worker;
    if (mode === "main-thread") return null;
    try {
      const started = createWorker({
        message: (message) => {
          if (worker !== started) return; // a terminated worker's last words
          workerAnswered = true;
          receive(message);
        },
        error: (text) => {
          if (worker !== started) return;
          const answered = workerAnswered;
          stopWorker();
          if (answered) failAll(internalError(text));
          else for (const job of pending.values()) runOnMainThread(job.message);
        },
      });
      worker = started;
      mode = "worker";
      return started;
    } catch {
      return null;
    }
  };

  const cancel = (id: number) => {
    if (!pending.has(id)) return;
    const cancelled: CallError = { kind: "cancelled", message: "Cancelled." };
    if (mode === "main-thread") {
      settle(id, { ok: false, error: cancelled });
      return;
    }
    // A graceful stop for a job that yields, then the only stop a busy worker obeys: it cannot
    // read the abort while its loop runs. Jobs sharing that worker stop with it.
    worker?.post({ type: "abort", id });
    stopWorker();
    failAll(cancelled);
  };

  return {
    call(name, args, onProgress) {
      const id = nextId++;
      const message = { type: "run", id, name, args } as ToWorker & { type: "run" };
      const promise = new Promise<CallOutcome<unknown>>((resolve) => {
        pending.set(id, {
          message,
          onProgress: (progress) => onProgress?.(progress as ProgressOf<typeof name>),
          resolve,
        });
      });
      const port = startWorker();
      if (port) port.post(message);
      else runOnMainThread(message);
      return {
        promise: promise as Promise<CallOutcome<ResultOf<typeof name>>>,
        cancel: () => cancel(id),
      };
    },
    mode: () => mode,
    dispose() {
      stopWorker();
      failAll({ kind: "cancelled", message: "The solver was closed." });
    },
  };
}

export function createSolverClient(options: ClientOptions = {}): SolverClient {
  const client = createJobClient(options);
  return {
    solve: (args, onProgress) => client.call("schedule/solve", args, onProgress),
    mode: client.mode,
    dispose: client.dispose,
  };
}
