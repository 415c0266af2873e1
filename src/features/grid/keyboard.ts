// Moving a picked-up meeting with the arrow keys: from the cell it is over to the nearest target
// cell in that direction (left and right along the row, up and down to the nearest row that
// accepts it, keeping the column when it can). Pure over rectangles, so it is tested without a
// browser; keyboard-coordinates.ts hands it dnd-kit's measurements.

export type Box = { left: number; top: number; width: number; height: number };
export type Direction = "left" | "right" | "up" | "down";

const DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};

export const directionOf = (code: string): Direction | null => DIRECTIONS[code] ?? null;

const centre = (b: Box) => ({ x: b.left + b.width / 2, y: b.top + b.height / 2 });

/** The box to go to from `from` in a direction, or null at the edge. */
export function nextBox(boxes: readonly Box[], from: Box, direction: Direction): Box | null {
  const c = centre(from);
  const horizontal = direction === "left" || direction === "right";
  const sign = direction === "right" || direction === "down" ? 1 : -1;
  let best: Box | null = null;
  let bestScore = Infinity;
  for (const box of boxes) {
    const b = centre(box);
    const along = (horizontal ? b.x - c.x : b.y - c.y) * sign;
    const across = Math.abs(horizontal ? b.y - c.y : b.x - c.x);
    if (along < 1) continue;
    // Along a row only boxes of the same row count; across rows the nearest row wins, then the
    // nearest column in it.
    if (horizontal && across > from.height / 2) continue;
    const score = horizontal ? along : along * 10_000 + across;
    if (score < bestScore) {
      bestScore = score;
      best = box;
    }
  }
  return best;
}

/** The top-left corner that puts a box of `size` at the centre of `target`. */
export const centredIn = (target: Box, size: Box): { x: number; y: number } => ({
  x: target.left + (target.width - size.width) / 2,
  y: target.top + (target.height - size.height) / 2,
});
