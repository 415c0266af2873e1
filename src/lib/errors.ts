// Expected failures (a file that cannot be read, a school file the parser rejects) are values the
// UI shows; only bugs throw. A problem names where it is and what is wrong, like the parser's.

export type Problem = { path: string; message: string };

export type Result<T> = { ok: true; value: T } | { ok: false; errors: Problem[] };

/** A readable sentence for something a browser API rejected with (any value can be thrown). */
export function describeError(error: unknown): string {
  if (error instanceof Error && error.message !== "") return error.message;
  if (typeof error === "string" && error !== "") return error;
  return "unknown error";
}
