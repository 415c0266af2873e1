// Values inside cells: each reader accepts what spreadsheets write, and reads back what the
// matching writer wrote.
import { describe, expect, it } from "vitest";
import {
  readCount,
  readDays,
  readFlag,
  readPeriods,
  readPins,
  readSlots,
  splitList,
  writeFlag,
  writeList,
  writePins,
  writeSlots,
} from "../../src/features/import/cells.ts";
import { weekSchool } from "./import-fixtures.ts";

const calendar = weekSchool().calendar;
const abCalendar = {
  days: [
    { id: "A", name: "A Day" },
    { id: "B", name: "B Day" },
  ],
  periods: [{ id: "1", name: "Block 1" }],
};

describe("cells", () => {
  it("reads whole numbers only", () => {
    expect(readCount(" 28 ")).toEqual({ ok: true, value: 28 });
    expect(readCount("28.0")).toEqual({ ok: true, value: 28 });
    expect(readCount("28.5").ok).toBe(false);
    expect(readCount("many")).toMatchObject({ ok: false, message: "'many' is not a whole number" });
    expect(readCount("0", 1).ok).toBe(false);
  });

  it("reads yes and no in the usual spellings", () => {
    expect(["Yes", "y", "TRUE", "x", "1"].map((t) => readFlag(t))).toEqual(
      Array(5).fill({ ok: true, value: true }),
    );
    expect(["no", "N", "false", "0"].map((t) => readFlag(t))).toEqual(
      Array(4).fill({ ok: true, value: false }),
    );
    expect(readFlag("maybe").ok).toBe(false);
    expect([true, false, null].map(writeFlag)).toEqual(["yes", "no", ""]);
  });

  it("splits lists on semicolons first, commas otherwise, and writes them back whole", () => {
    expect(splitList("Math; Science")).toEqual(["Math", "Science"]);
    expect(splitList("Math, Science")).toEqual(["Math", "Science"]);
    expect(splitList("Arts, Music; Drama")).toEqual(["Arts, Music", "Drama"]);
    for (const list of [["Math", "Science"], ["Arts, Music"], ["Arts, Music", "Drama"], ["Solo"]]) {
      expect(splitList(writeList(list))).toEqual(list);
    }
  });

  it("reads days by id, name, prefix and letter codes", () => {
    expect(readDays(calendar, "MTWRF")).toEqual({
      ok: true,
      value: ["Mon", "Tue", "Wed", "Thu", "Fri"],
    });
    expect(readDays(calendar, "M W F")).toEqual({ ok: true, value: ["Mon", "Wed", "Fri"] });
    expect(readDays(calendar, "TR")).toEqual({ ok: true, value: ["Tue", "Thu"] });
    expect(readDays(calendar, "Monday, wednesday")).toEqual({ ok: true, value: ["Mon", "Wed"] });
    expect(readDays(calendar, "Mon;Tue")).toEqual({ ok: true, value: ["Mon", "Tue"] });
    expect(readDays(abCalendar, "A Day; B Day")).toEqual({ ok: true, value: ["A", "B"] });
    expect(readDays(abCalendar, "A; B")).toEqual({ ok: true, value: ["A", "B"] });
    expect(readDays(calendar, "Mon; Funday")).toMatchObject({
      ok: false,
      message: "'Funday' is not a day of the cycle",
      fix: "Use the days Mon, Tue, Wed, Thu, Fri.",
    });
  });

  it("reads periods by id, name and range", () => {
    expect(readPeriods(calendar, "3")).toEqual({ ok: true, value: ["3"] });
    expect(readPeriods(calendar, "Period 5")).toEqual({ ok: true, value: ["5"] });
    expect(readPeriods(calendar, "3-4")).toEqual({ ok: true, value: ["3", "4"] });
    expect(readPeriods(calendar, "1; 2, 3")).toMatchObject({ ok: false });
    expect(readPeriods(calendar, "1; 2; 3")).toEqual({ ok: true, value: ["1", "2", "3"] });
    expect(readPeriods(calendar, "9")).toMatchObject({
      ok: false,
      fix: "Use the periods 1, 2, 3, 4, 5, 6, 7.",
    });
  });

  it("reads and writes slots and pinned meetings", () => {
    const slots = [
      { day: "Mon", period: "1" },
      { day: "Fri", period: "7" },
    ];
    expect(readSlots(calendar, writeSlots(slots))).toEqual({ ok: true, value: slots });
    expect(readSlots(calendar, "Monday 1; Fri:7")).toEqual({ ok: true, value: slots });
    expect(readSlots(calendar, "Mon")).toMatchObject({
      ok: false,
      message: "'Mon' is not a day and a period",
    });
    const pins = [
      { day: "Tue", period: "2", room: "101" },
      { day: "Wed", period: "2" },
    ];
    const rooms = (t: string) => (t === "101" ? "101" : null);
    expect(readPins(calendar, writePins(pins), rooms)).toEqual({ ok: true, value: pins });
    expect(readPins(calendar, "Tue 2 (999)", rooms)).toMatchObject({
      ok: false,
      message: "room '999' does not exist",
    });
    expect(readSlots(abCalendar, "A Day 1")).toEqual({
      ok: true,
      value: [{ day: "A", period: "1" }],
    });
  });
});
