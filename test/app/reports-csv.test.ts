import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { Schedule, School } from "../../solver/model/format.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { buildOccupancy } from "../../solver/validate/index.ts";
import { CSV_COLUMNS, masterScheduleCsv } from "../../src/lib/csv-export.ts";
import { loadInstance } from "./reports-fixtures.ts";
import { smallSchedule, smallSchool } from "./reports-small.ts";

const read = (csv: string): string[][] => {
  const parsed = Papa.parse<string[]>(csv, { newline: "\r\n" });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

describe("the master schedule as CSV", () => {
  it("has one row per section, with the days, periods and room of its meetings", () => {
    const { school, model, schedule } = loadInstance(
      "middle-s-1.school.json",
      "middle-s-1.planted.json",
    );
    const rows = read(masterScheduleCsv(buildOccupancy(model, schedule)));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(school.sections.length + 1);
    const dayOrder = school.calendar.days.map((d) => d.id);
    for (const [i, section] of school.sections.entries()) {
      const row = rows[i + 1]!;
      const placed = schedule.placements
        .filter((p) => p.section === section.id)
        .sort((a, b) => dayOrder.indexOf(a.day) - dayOrder.indexOf(b.day));
      expect(row[0]).toBe(section.id);
      expect(row[1]).toBe(section.course);
      expect(row[3]).toBe(section.teachers.join("; "));
      expect(row[4]).toBe(placed.map((p) => p.day).join("; "));
      const periods = row[5]!.split("; ");
      const rooms = row[6]!.split("; ");
      placed.forEach((p, k) => {
        // One value stands for every meeting; otherwise one per meeting.
        const period = periods.length === 1 ? periods[0]! : periods[k]!;
        expect(period.split("-")[0]).toBe(p.period);
        expect(rooms.length === 1 ? rooms[0] : rooms[k]).toBe(p.room);
      });
    }
  });

  it("writes a double period as its first and last period, and per-meeting values when they differ", () => {
    const school = smallSchool();
    const varied: School = {
      ...school,
      sections: [
        ...school.sections,
        { id: "pe-1", course: "PE", teachers: ["t-b"], meetings: 2, samePeriod: false },
      ],
    };
    const schedule: Schedule = {
      ...smallSchedule(),
      placements: [
        ...smallSchedule().placements,
        { section: "pe-1", day: "Tue", period: "2", room: "art" },
        { section: "pe-1", day: "Mon", period: "1", room: "101" },
      ],
    };
    const rows = read(masterScheduleCsv(buildOccupancy(resolveSchool(varied), schedule)));
    expect(rows.slice(1)).toEqual([
      ["math-1", "Math", "Ada Ames", "t-a", "Mon", "1-2", "101"],
      ["art-1", "Art", "Bo Birch", "t-b", "Mon", "2", "art"],
      ["pe-1", "PE", "Bo Birch", "t-b", "Mon; Tue", "1; 2", "101; art"],
    ]);
  });

  it("quotes commas, quotes and line breaks, and leaves an unplaced section's times empty", () => {
    const school = smallSchool();
    const odd: School = {
      ...school,
      teachers: [
        { id: "t-a", name: 'Ada "Ace" Ames, PhD' },
        { id: "t-b", name: "Bo Birch" },
      ],
      sections: [
        { id: "math-1", course: "Math, Advanced\nHonors", teachers: ["t-a", "t-b"], meetings: 1 },
        { id: "art-1", course: "Art", teachers: ["t-b"], meetings: 1 },
      ],
    };
    const schedule: Schedule = {
      ...smallSchedule(),
      status: "partial",
      placements: [{ section: "math-1", day: "Tue", period: "2", room: "101" }],
      unplaced: [{ section: "art-1", reason: "No room." }],
    };
    const csv = masterScheduleCsv(buildOccupancy(resolveSchool(odd), schedule));
    expect(csv.split("\r\n")[1]).toBe(
      'math-1,"Math, Advanced\nHonors","Ada ""Ace"" Ames, PhD; Bo Birch",t-a; t-b,Tue,2,101',
    );
    expect(read(csv).slice(1)).toEqual([
      [
        "math-1",
        "Math, Advanced\nHonors",
        'Ada "Ace" Ames, PhD; Bo Birch',
        "t-a; t-b",
        "Tue",
        "2",
        "101",
      ],
      ["art-1", "Art", "Bo Birch", "t-b", "", "", ""],
    ]);
  });
});
