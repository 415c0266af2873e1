// The grid renders the rows in view (and those a drag needs) with spacers for the rest, and the
// arrow keys move a picked-up meeting from cell to cell.
import { describe, expect, it } from "vitest";
import { centredIn, directionOf, nextBox, type Box } from "../../src/features/grid/keyboard.ts";
import { lineAt, offsetsOf, renderPlan, type Line } from "../../src/features/grid/window.ts";

const lines: Line<string>[] = [
  { key: "h", height: 30, item: "heading" },
  ...Array.from({ length: 20 }, (_, i) => ({ key: `r${i}`, height: 48, item: `row ${i}` })),
];

const shape = (plan: ReturnType<typeof renderPlan<string>>) =>
  plan.map((e) => (e.kind === "gap" ? `gap ${e.height}` : e.line.item));

describe("rows in view", () => {
  it("finds the line at a height", () => {
    const offsets = offsetsOf(lines);
    expect(offsets[1]).toBe(30);
    expect(lineAt(offsets, 0)).toBe(0);
    expect(lineAt(offsets, 30)).toBe(1);
    expect(lineAt(offsets, 30 + 48 * 3 + 1)).toBe(4);
    expect(lineAt(offsets, 99_999)).toBe(20);
  });

  it("renders the lines in view and a few around, spacing out the rest", () => {
    const plan = renderPlan(lines, { top: 30 + 48 * 10, height: 96 }, 1, () => false);
    expect(shape(plan)).toEqual([
      `gap ${30 + 48 * 9}`,
      "row 9",
      "row 10",
      "row 11",
      "row 12",
      "row 13",
      `gap ${48 * 6}`,
    ]);
  });

  it("keeps the total height, so the scroll bar stays true", () => {
    const plan = renderPlan(lines, { top: 0, height: 100 }, 2, () => false);
    const height = plan.reduce((h, e) => h + (e.kind === "gap" ? e.height : e.line.height), 0);
    expect(height).toBe(30 + 48 * 20);
  });

  it("always renders the rows a drag needs, wherever they are", () => {
    const plan = renderPlan(lines, { top: 0, height: 60 }, 0, (item) => item === "row 15");
    expect(shape(plan)).toEqual(["heading", "row 0", `gap ${48 * 14}`, "row 15", `gap ${48 * 4}`]);
  });
});

describe("arrow keys", () => {
  const cell = (col: number, row: number): Box => ({
    left: 100 + col * 80,
    top: 50 + row * 48,
    width: 80,
    height: 48,
  });
  const boxes = [cell(0, 0), cell(1, 0), cell(2, 0), cell(0, 3), cell(2, 3), cell(1, 5)];

  it("knows the arrow keys only", () => {
    expect(directionOf("ArrowLeft")).toBe("left");
    expect(directionOf("KeyA")).toBeNull();
  });

  it("moves along the row, and stops at its end", () => {
    expect(nextBox(boxes, cell(0, 0), "right")).toEqual(cell(1, 0));
    expect(nextBox(boxes, cell(2, 0), "right")).toBeNull();
    expect(nextBox(boxes, cell(2, 0), "left")).toEqual(cell(1, 0));
  });

  it("moves to the nearest target row, keeping the column when it can", () => {
    expect(nextBox(boxes, cell(2, 0), "down")).toEqual(cell(2, 3));
    expect(nextBox(boxes, cell(1, 0), "down")).toEqual(cell(0, 3));
    expect(nextBox(boxes, cell(2, 3), "down")).toEqual(cell(1, 5));
    expect(nextBox(boxes, cell(0, 3), "up")).toEqual(cell(0, 0));
  });

  it("centres the dragged chip on the next cell", () => {
    expect(centredIn(cell(1, 0), { left: 0, top: 0, width: 60, height: 30 })).toEqual({
      x: 190,
      y: 59,
    });
  });
});
