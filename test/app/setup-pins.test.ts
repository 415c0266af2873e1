// A section's pinned meetings in Setup: typed in the import's words, read into pins, written back
// the same way, and text that does not read kept as typed with a message saying how to write it.
import { describe, expect, it } from "vitest";
import { checkSchool } from "../../solver/format/parse-school.ts";
import type { Calendar, Room, School } from "../../solver/model/format.ts";
import { setField } from "../../src/features/setup/edit.ts";
import { pinsProblem, pinsText, readPinsText } from "../../src/features/setup/pins-text.ts";

const calendar: Calendar = {
  days: [{ id: "Mon" }, { id: "Tue" }],
  periods: [{ id: "1" }, { id: "2" }],
};
const rooms: Room[] = [
  { id: "101", name: "Science lab" },
  { id: "102", name: "Art room" },
];

describe("pinned meetings typed in Setup", () => {
  it("reads a day and a period, with a room by id or by name, and writes them back alike", () => {
    const pins = readPinsText(calendar, rooms, "Mon 1 (101); tue 2 (science LAB); Tue 1");
    expect(pins).toEqual([
      { day: "Mon", period: "1", room: "101" },
      { day: "Tue", period: "2", room: "101" },
      { day: "Tue", period: "1" },
    ]);
    expect(pinsText(pins)).toBe("Mon 1 (101); Tue 2 (101); Tue 1");
    expect(pinsProblem(calendar, rooms, pins)).toEqual([]);
  });

  it("stores nothing for an empty field", () => {
    expect(readPinsText(calendar, rooms, "  ")).toBeUndefined();
    expect(pinsText(undefined)).toBe("");
  });

  it("keeps text that does not read as typed, and says what is wrong and how to write it", () => {
    const slot = readPinsText(calendar, rooms, "Mon 9");
    expect(slot).toBe("Mon 9");
    expect(pinsText(slot)).toBe("Mon 9");
    expect(pinsProblem(calendar, rooms, slot)).toEqual([
      `'Mon 9' is not a pinned meeting. Write pinned meetings like "Mon 1 (101)": a day, a period and, if fixed, a room in brackets.`,
    ]);
    const room = readPinsText(calendar, rooms, "Mon 1 (gym)");
    expect(pinsProblem(calendar, rooms, room)).toEqual([
      "room 'gym' does not exist. Name an existing room.",
    ]);
  });

  it("gives the school pins its checks accept, and a draft they name", () => {
    const school: School = {
      format: "commons-school/1",
      name: "Pins",
      calendar,
      teachers: [{ id: "t-lee", name: "Ana Lee" }],
      rooms,
      sections: [{ id: "sci-1", course: "Science", teachers: ["t-lee"], meetings: 2 }],
    };
    const pinned = setField(
      school,
      "sections",
      0,
      "pinned",
      readPinsText(calendar, rooms, "Mon 1 (101)"),
    );
    expect(checkSchool(pinned)).toMatchObject({ ok: true });
    const draft = setField(school, "sections", 0, "pinned", readPinsText(calendar, rooms, "Mon 9"));
    const checked = checkSchool(draft);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.errors.map((e) => e.path)).toEqual(["sections[0].pinned"]);
  });
});
