// Pins from the grid (a school edit, the section's samePeriod unit at once) and the grid's undo
// and redo across the version's and the school's logs.
import { describe, expect, it } from "vitest";
import { checkSchool } from "../../solver/format/parse-school.ts";
import type { HistoryEntry } from "../../src/data/index.ts";
import { nextRedo, nextUndo } from "../../src/features/grid/history.ts";
import { pinCount, togglePin } from "../../src/features/grid/pins.ts";
import { gridSchool, gridSetup } from "./grid-fixtures.ts";

describe("pins", () => {
  it("pins every meeting of a samePeriod section where it meets, rooms included", () => {
    const { school, occ, meeting } = gridSetup();
    const edit = togglePin(school, occ, meeting("m1", "Tue"))!;
    expect(edit.label).toBe("Pin m1 at Mon, Tue period 1");
    expect(edit.pinned).toBe(true);
    const m1 = edit.school.sections.find((s) => s.id === "m1")!;
    expect(m1.pinned).toEqual([
      { day: "Mon", period: "1", room: "r1" },
      { day: "Tue", period: "1", room: "r1" },
    ]);
    expect(checkSchool(edit.school).ok).toBe(true);
    expect(pinCount(edit.school)).toBe(2);
    // The original document is not touched.
    expect(school.sections.find((s) => s.id === "m1")!.pinned).toBeUndefined();
  });

  it("unpins a pinned unit", () => {
    const { school, occ, meeting } = gridSetup();
    const pinned = togglePin(school, occ, meeting("m1", "Mon"))!.school;
    const again = gridSetup(pinned);
    const edit = togglePin(pinned, again.occ, again.meeting("m1", "Mon"))!;
    expect(edit).toMatchObject({ label: "Unpin m1 at Mon, Tue period 1", pinned: false });
    expect(edit.school.sections.find((s) => s.id === "m1")!.pinned).toEqual([]);
  });

  it("pins one meeting of a section that may meet at any period", () => {
    const school = gridSchool();
    school.sections[0] = { ...school.sections[0]!, samePeriod: false };
    const { occ, meeting } = gridSetup(school);
    const edit = togglePin(school, occ, meeting("m1", "Tue"))!;
    expect(edit.label).toBe("Pin m1 at Tue period 1");
    expect(edit.school.sections[0]!.pinned).toEqual([{ day: "Tue", period: "1", room: "r1" }]);
  });
});

const entry = (id: number, label: string): HistoryEntry =>
  ({
    id,
    label,
    log: "x",
    schoolId: "s",
    at: id,
    undone: 0,
    change: {},
  }) as unknown as HistoryEntry;

describe("the grid's undo and redo", () => {
  const move = entry(5, "Move m1 to Mon period 2");
  const pin = entry(7, "Pin m2 at Mon, Tue period 2");
  const setup = entry(9, "Add teacher Ann");

  it("undoes the newer of the last move and the last pin", () => {
    expect(nextUndo({ undo: move, redo: null }, { undo: pin, redo: null })).toEqual({
      log: "school",
      entry: pin,
    });
    expect(nextUndo({ undo: entry(8, "Move x"), redo: null }, { undo: pin, redo: null })?.log).toBe(
      "version",
    );
  });

  it("leaves school edits made elsewhere (Setup) to the header's undo", () => {
    expect(nextUndo({ undo: move, redo: null }, { undo: setup, redo: null })).toEqual({
      log: "version",
      entry: move,
    });
    expect(nextUndo(null, { undo: setup, redo: null })).toBeNull();
  });

  it("redoes the older of the undone steps first", () => {
    expect(nextRedo({ undo: null, redo: move }, { undo: null, redo: pin })).toEqual({
      log: "version",
      entry: move,
    });
    expect(nextRedo({ undo: null, redo: null }, { undo: null, redo: pin })?.log).toBe("school");
    expect(nextRedo(null, null)).toBeNull();
  });
});
