import { describe, expect, it } from "vitest";
import { schoolFileName } from "../../src/lib/files.ts";
import { tabAfterKey } from "../../src/ui/tab-keys.ts";

describe("schoolFileName", () => {
  it("makes a plain lower-case slug ending in .school.json", () => {
    expect(schoolFileName("Lincoln Middle School")).toBe("lincoln-middle-school.school.json");
    expect(schoolFileName("  École Saint-Exupéry (2026/27) ")).toBe(
      "ecole-saint-exupery-2026-27.school.json",
    );
  });

  it("falls back to a generic name when nothing usable is left", () => {
    expect(schoolFileName("???")).toBe("school.school.json");
  });
});

describe("tabAfterKey", () => {
  it("wraps with the arrows and jumps with Home and End", () => {
    expect(tabAfterKey("ArrowRight", 4, 5)).toBe(0);
    expect(tabAfterKey("ArrowLeft", 0, 5)).toBe(4);
    expect(tabAfterKey("ArrowRight", 1, 5)).toBe(2);
    expect(tabAfterKey("Home", 3, 5)).toBe(0);
    expect(tabAfterKey("End", 1, 5)).toBe(4);
  });

  it("ignores other keys", () => {
    expect(tabAfterKey("Enter", 1, 5)).toBeNull();
    expect(tabAfterKey("ArrowRight", 0, 0)).toBeNull();
  });
});
