import { describe, expect, it } from "vitest";
import {
  progressText,
  scheduleFileName,
  statusView,
  verdictText,
  versionName,
} from "../../src/features/solve/solve-text.ts";
import { tinySchedule } from "./solve-fixtures.ts";

describe("solve texts", () => {
  it("names every status in words with an icon, so colour is never the only sign", () => {
    const solved = statusView(tinySchedule());
    const partial = statusView({
      ...tinySchedule(),
      status: "partial",
      unplaced: [{ section: "m1", reason: "no period left" }],
    });
    const none = statusView({ ...tinySchedule(), status: "infeasible" });
    expect([solved.label, partial.label, none.label]).toEqual([
      "Solved",
      "Partial",
      "No schedule found",
    ]);
    expect(new Set([solved.icon, partial.icon, none.icon]).size).toBe(3);
    expect(partial.detail).toMatch(/^1 meeting could not be placed/);
  });

  it("shows progress as conflicts left and whole seconds", () => {
    expect(progressText(null)).toBe("Starting…");
    expect(
      progressText({ phase: "searching", fraction: 0.2, conflicts: 12, elapsedMs: 3999 }),
    ).toBe("Searching… 12 conflicts left, 3 s");
    expect(progressText({ phase: "searching", fraction: 0.9, conflicts: 1, elapsedMs: 0 })).toBe(
      "Searching… 1 conflict left, 0 s",
    );
  });

  it("states the validator's verdict", () => {
    expect(verdictText(0)).toBe("Checked: 0 rule violations");
    expect(verdictText(1)).toBe("Checked: 1 rule violation");
  });

  it("names the schedule file after the school and the version after seed and time", () => {
    expect(scheduleFileName("Lincoln Middle School")).toBe("lincoln-middle-school.schedule.json");
    expect(versionName(7, new Date(2026, 4, 4, 9, 5))).toBe("Generated, seed 7, 2026-05-04 09:05");
  });
});
