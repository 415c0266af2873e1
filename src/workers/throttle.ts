// The search reports progress every few hundred moves; the UI needs a handful of updates a
// second. Posting every report would flood the message queue and re-render for nothing.

/**
 * Passes the first call and then at most one call per `intervalMs` of `now()`; the calls in
 * between are dropped (progress is a snapshot, so the next one supersedes them). `send` gets the
 * time read, so a caller stamping the value does it only for the calls that pass.
 */
export function throttle<T>(
  send: (value: T, time: number) => void,
  intervalMs: number,
  now: () => number,
): (value: T) => void {
  let last = -Infinity;
  return (value) => {
    const time = now();
    if (time - last < intervalMs) return;
    last = time;
    send(value, time);
  };
}
