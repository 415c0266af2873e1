// Figures with their units, short enough for a table cell.

/** Milliseconds as "0.42 ms", "82 ms", "1.25 s" or "30.0 s"; "-" when there is no figure. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "-";
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 10_000) return `${(ms / 1000).toFixed(2)} s`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Kilobytes (what resourceUsage().maxRSS gives) as mebibytes, e.g. "143 MB". */
export function formatKb(kb: number): string {
  return Number.isFinite(kb) ? `${Math.round(kb / 1024)} MB` : "-";
}

/** A ratio such as FET's time over ours: "1,530x", "12x", "0.65x". */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return "-";
  if (ratio >= 100) return `${Math.round(ratio).toLocaleString("en-US")}x`;
  if (ratio >= 10) return `${ratio.toFixed(0)}x`;
  return `${ratio.toFixed(2)}x`;
}

/** Seconds as the FET figures are quoted: "0.13 s", "75 s". */
export function formatSeconds(s: number): string {
  return s < 10 ? `${Number(s.toPrecision(2))} s` : `${Math.round(s)} s`;
}
