// The only door between the UI and the solver's worker. Each job is named in one map with its
// argument, its progress events and its answer, so `client.call("schedule/solve", args)` is typed
// end to end and the worker adapter cannot answer with the wrong shape.
import type { FormatError, Schedule, School, SolveStats } from "../../solver/index.ts";

export type SolveRequest = {
  /** The school as JSON (the file's document), checked again in the worker. */
  school: School;
  seed: number;
  timeLimitMs: number;
  partial: boolean;
};

export type SolveProgressEvent = {
  phase: string;
  /** 0..1, a rough share of the work done. */
  fraction: number;
  /** Broken rules left. */
  conflicts: number;
  elapsedMs: number;
};

export type SolveResult = { schedule: Schedule; stats: SolveStats; elapsedMs: number };

/** Every job the worker does: its argument, the progress it reports and its answer. */
export type Jobs = {
  "schedule/solve": { args: SolveRequest; progress: SolveProgressEvent; result: SolveResult };
};

export type JobName = keyof Jobs;
export type ArgsOf<K extends JobName> = Jobs[K]["args"];
export type ProgressOf<K extends JobName> = Jobs[K]["progress"];
export type ResultOf<K extends JobName> = Jobs[K]["result"];

/**
 * Why a job gave no answer. A school the parser rejects is an expected outcome; anything thrown
 * inside the worker (a bug) becomes the one `internal` kind, with its message.
 */
export type JobError =
  | { kind: "invalid-school"; message: string; problems: FormatError[] }
  | { kind: "internal"; message: string };

/** What the client itself can add: the person stopped the job. */
export type CallError = JobError | { kind: "cancelled"; message: string };

export type JobOutcome<T> = { ok: true; value: T } | { ok: false; error: JobError };
export type CallOutcome<T> = { ok: true; value: T } | { ok: false; error: CallError };

export type JobContext<K extends JobName> = {
  /** Aborted when the client asks for a graceful stop. */
  signal: AbortSignal;
  progress: (event: ProgressOf<K>) => void;
};

/** The worker's implementation of every job; the main-thread fallback runs the same map. */
export type HandlerMap = {
  [K in JobName]: (args: ArgsOf<K>, context: JobContext<K>) => JobOutcome<ResultOf<K>>;
};

export type RunMessage<K extends JobName = JobName> = {
  [P in K]: { type: "run"; id: number; name: P; args: ArgsOf<P> };
}[K];
export type ProgressMessage<K extends JobName = JobName> = {
  [P in K]: { type: "progress"; id: number; name: P; progress: ProgressOf<P> };
}[K];
export type ResultMessage<K extends JobName = JobName> = {
  [P in K]: { type: "result"; id: number; name: P; result: ResultOf<P> };
}[K];

/** UI to worker: start a job, or ask it to stop gracefully (the client also terminates it). */
export type ToWorker = RunMessage | { type: "abort"; id: number };

/** Worker to UI: progress while a job runs, then exactly one result or error. */
export type FromWorker =
  ProgressMessage | ResultMessage | { type: "error"; id: number; error: JobError };

export const internalError = (message: string): JobError => ({ kind: "internal", message });
