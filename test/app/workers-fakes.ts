// Workers for the client's tests. `inProcessWorker` runs the real job server and handlers and
// only imitates the thread boundary (a structured clone and a later turn of the event loop);
// `stuckWorker` never answers, like a worker busy in a long loop.
import { createJobServer } from "../../src/workers/serve.ts";
import type { WorkerEvents, WorkerFactory } from "../../src/workers/client.ts";
import type { HandlerMap, ToWorker } from "../../src/workers/protocol.ts";

export type WorkerLog = { started: number; terminated: number; posted: ToWorker[] };

export function inProcessWorker(handlers: HandlerMap, log: WorkerLog): WorkerFactory {
  return (events) => {
    log.started++;
    let alive = true;
    const server = createJobServer(handlers, (message) => {
      const copy = structuredClone(message);
      setTimeout(() => alive && events.message(copy), 0);
    });
    return {
      post(message) {
        log.posted.push(message);
        const copy = structuredClone(message);
        setTimeout(() => alive && server.receive(copy), 0);
      },
      terminate() {
        alive = false;
        log.terminated++;
      },
    };
  };
}

/** A worker that never answers; its events are kept so a test can make it speak late. */
export function stuckWorker(log: WorkerLog, seen: WorkerEvents[]): WorkerFactory {
  return (events) => {
    log.started++;
    seen.push(events);
    return { post: (message) => log.posted.push(message), terminate: () => log.terminated++ };
  };
}

export const newLog = (): WorkerLog => ({ started: 0, terminated: 0, posted: [] });
