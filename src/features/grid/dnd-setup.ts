// dnd-kit's side of the grid: which input starts a drag (mouse and pen at once, touch after a
// short hold so the grid still scrolls, the keyboard with Space or Enter), how the keyboard moves
// from cell to cell, and which cell is "over".
import {
  closestCenter,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  TouchSensor,
  useSensor,
  useSensors,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
} from "@dnd-kit/core";
import type { PointerEvent as ReactPointerEvent } from "react";
import { centredIn, directionOf, nextBox, type Box } from "./keyboard.ts";

/** The pointer sensor for mouse and pen; touch goes to the TouchSensor (hold to drag). */
class MousePenSensor extends PointerSensor {
  static override activators = [
    {
      eventName: "onPointerDown" as const,
      handler: ({ nativeEvent: event }: ReactPointerEvent) =>
        event.isPrimary && event.button === 0 && event.pointerType !== "touch",
    },
  ];
}

const cellCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const direction = directionOf(event.code);
  const from = context.collisionRect;
  if (!direction || !from) return undefined;
  event.preventDefault();
  const boxes: Box[] = [];
  for (const [, rect] of context.droppableRects) boxes.push(rect);
  const to = nextBox(boxes, from, direction);
  return to ? centredIn(to, from) : undefined;
};

export function useGridSensors() {
  return useSensors(
    useSensor(MousePenSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: cellCoordinates }),
  );
}

/** The cell under the pointer; with the keyboard (no pointer), the cell nearest the chip. */
export const cellCollision: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : closestCenter(args);

export const SCREEN_READER_INSTRUCTIONS = {
  draggable:
    "To move a meeting, press Space or Enter to pick it up, the arrow keys to move it from cell " +
    "to cell, Space or Enter to drop it and Escape to cancel. Each cell says whether a drop " +
    "there is allowed. Press P to pin or unpin it.",
};

/**
 * Scroll only when the pointer is right at an edge: the default (a fifth of the box) scrolls the
 * page away under a pointer that is dropping on the lower rows.
 */
export const AUTO_SCROLL = { threshold: { x: 0.06, y: 0.08 }, acceleration: 6 };
