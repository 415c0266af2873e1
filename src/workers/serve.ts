// The worker's side of the protocol, kept apart from the worker global so that tests and the
// main-thread fallback run exactly the code a real worker runs.
import { describeError } from "../lib/errors.ts";
import {
  internalError,
  type FromWorker,
  type HandlerMap,
  type JobName,
  type JobOutcome,
  type ProgressOf,
  type ResultOf,
  type RunMessage,
  type ToWorker,
} from "./protocol.ts";

export type JobServer = { receive: (message: ToWorker) => void };

function runJob<K extends JobName>(
  handlers: HandlerMap,
  message: RunMessage<K>,
  signal: AbortSignal,
  post: (message: FromWorker) => void,
): JobOutcome<ResultOf<K>> {
  const handler: HandlerMap[K] = handlers[message.name];
  const progress = (event: ProgressOf<K>) =>
    post({ type: "progress", id: message.id, name: message.name, progress: event });
  return handler(message.args, { signal, progress });
}

export function createJobServer(
  handlers: HandlerMap,
  post: (message: FromWorker) => void,
): JobServer {
  const running = new Map<number, AbortController>();
  return {
    receive(message) {
      if (message.type === "abort") {
        // Reaches a job only when it yields; a job that never yields is stopped by terminate().
        running.get(message.id)?.abort();
        return;
      }
      const { id, name } = message;
      const controller = new AbortController();
      running.set(id, controller);
      try {
        const outcome = runJob(handlers, message, controller.signal, post);
        post(
          outcome.ok
            ? { type: "result", id, name, result: outcome.value }
            : { type: "error", id, error: outcome.error },
        );
      } catch (error) {
        post({ type: "error", id, error: internalError(describeError(error)) });
      } finally {
        running.delete(id);
      }
    },
  };
}
