// Which lines of the grid to render: the ones in view, a few more either side (so Tab and the
// arrow keys always find the next row, which then scrolls into view), and, during a drag, every
// row that accepts the drop. Runs of lines left out become one spacer of their height, so the
// scroll bar and the positions stay true. Lines have fixed heights; pure.

export type Line<T> = { key: string; height: number; item: T };

export type Rendered<T> =
  { kind: "line"; line: Line<T>; index: number } | { kind: "gap"; key: string; height: number };

/** Offsets of each line's top, and the total height at the end. */
export function offsetsOf(lines: readonly { height: number }[]): number[] {
  const out = [0];
  for (const line of lines) out.push(out[out.length - 1]! + line.height);
  return out;
}

/** The first line whose bottom is below y (binary search over the offsets). */
export function lineAt(offsets: readonly number[], y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! <= y) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

export function renderPlan<T>(
  lines: readonly Line<T>[],
  view: { top: number; height: number },
  overscan: number,
  always: (item: T) => boolean,
): Rendered<T>[] {
  if (lines.length === 0) return [];
  const offsets = offsetsOf(lines);
  const first = Math.max(0, lineAt(offsets, view.top) - overscan);
  const last = Math.min(lines.length - 1, lineAt(offsets, view.top + view.height) + overscan);
  const out: Rendered<T>[] = [];
  let gap = 0;
  let gapStart = 0;
  const flush = () => {
    if (gap > 0) out.push({ kind: "gap", key: `gap-${gapStart}`, height: gap });
    gap = 0;
  };
  lines.forEach((line, index) => {
    if ((index >= first && index <= last) || always(line.item)) {
      flush();
      out.push({ kind: "line", line, index });
    } else {
      if (gap === 0) gapStart = index;
      gap += line.height;
    }
  });
  flush();
  return out;
}
