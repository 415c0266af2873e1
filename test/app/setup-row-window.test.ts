import { describe, expect, it } from "vitest";
import { PAGE, windowRows } from "../../src/features/setup/row-window.tsx";

const texts = Array.from(
  { length: 100 },
  (_, i) => `Course ${i} c-${i} ${i % 2 ? "Ana Lee" : "Ben Ortiz"}`,
);
const none = () => false;

describe("windowRows", () => {
  it("shows the first page of a long list, or all of it when asked", () => {
    expect(windowRows(texts, "", false, none)).toEqual({
      shown: Array.from({ length: PAGE }, (_, i) => i),
      matching: 100,
    });
    expect(windowRows(texts, "", true, none).shown).toHaveLength(100);
  });

  it("finds rows by every word typed, in any case", () => {
    const { shown, matching } = windowRows(texts, "ana course 1", false, none);
    expect(matching).toBe(shown.length);
    expect(shown.slice(0, 3)).toEqual([1, 11, 13]);
    expect(shown.every((i) => i % 2 === 1)).toBe(true);
  });

  it("always shows rows with problems, in list order", () => {
    const { shown } = windowRows(texts, "c-3", false, (i) => i === 99 || i === 3);
    expect(shown).toEqual([3, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 99]);
  });
});
