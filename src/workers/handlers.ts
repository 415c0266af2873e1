// Every job's implementation, by name. The worker serves this map; the main-thread fallback
// imports it lazily, so the solver stays out of the app's first bundle.
import type { HandlerMap } from "./protocol.ts";
import { solveJob } from "./solve-job.ts";

export const handlers: HandlerMap = {
  "schedule/solve": (args, context) => solveJob(args, context),
};
