// Guessing what a file holds and which column is which field; remembering the person's choices.
import { describe, expect, it } from "vitest";
import {
  guessKind,
  guessMapping,
  headerKey,
  rememberMapping,
} from "../../src/features/import/fields.ts";

describe("guessMapping", () => {
  it("maps a student information system's section headers", () => {
    const header = [
      "Course Name",
      "Section #",
      "Teacher",
      "Room",
      "Period",
      "Days",
      "Grade",
      "Max Enrollment",
      "Department",
    ];
    expect(guessMapping("sections", header)).toEqual([
      "course",
      "sectionNumber",
      "teachers",
      "room",
      "allowedPeriods",
      "allowedDays",
      "groups",
      "size",
      "department",
    ]);
  });

  it("maps teachers' headers, First and Last Name included, and leaves unknown ones out", () => {
    const header = ["Last Name", "First Name", "Department", "Email", "Parking spot"];
    expect(guessMapping("teachers", header)).toEqual([
      "lastName",
      "firstName",
      "departments",
      "email",
      null,
    ]);
    expect(guessMapping("teachers", ["Teacher", "Dept"])).toEqual(["name", "departments"]);
  });

  it("maps rooms, groups and teams", () => {
    expect(guessMapping("rooms", ["Room", "Capacity", "Features"])).toEqual([
      "id",
      "capacity",
      "features",
    ]);
    expect(guessMapping("groups", ["Homeroom", "Grade", "Size"])).toEqual([
      "name",
      "parent",
      "size",
    ]);
    expect(guessMapping("teams", ["Team", "Members", "Lead"])).toEqual(["name", "members", "lead"]);
  });

  it("ignores case, spaces and punctuation in headers", () => {
    expect(headerKey("Section #")).toBe(headerKey("section_number"));
    expect(headerKey("E-mail")).toBe(headerKey("email"));
    expect(guessMapping("sections", ["COURSE  NAME", "section_number", "room no."])).toEqual([
      "course",
      "sectionNumber",
      "room",
    ]);
  });

  it("gives a field to one column only", () => {
    expect(guessMapping("teachers", ["Name", "Teacher"])).toEqual(["name", null]);
  });

  it("prefers what the person chose before, even over a guess, and keeps their 'ignore'", () => {
    const header = ["Instructor", "Teacher", "Course", "Notes"];
    const remembered = rememberMapping(header, [null, "teachers", "course", "department"]);
    expect(guessMapping("sections", header, remembered)).toEqual([
      null,
      "teachers",
      "course",
      "department",
    ]);
    // A remembered field the kind does not have is dropped.
    expect(guessMapping("rooms", ["Room"], { room: "nonsense" })).toEqual([null]);
  });
});

describe("guessKind", () => {
  it("reads the file's name first", () => {
    expect(guessKind("Staff export 2026.csv", ["Name"])).toBe("teachers");
    expect(guessKind("master_schedule.csv", ["Name"])).toBe("sections");
    expect(guessKind("homerooms.tsv", ["Name"])).toBe("groups");
    expect(guessKind("classrooms.csv", ["Name"])).toBe("rooms");
    expect(guessKind("PLC teams.csv", ["Name"])).toBe("teams");
  });

  it("else takes the kind whose fields match most headers", () => {
    expect(guessKind("export.csv", ["Course Name", "Section #", "Teacher", "Room", "Period"])).toBe(
      "sections",
    );
    expect(guessKind("export.csv", ["Room", "Capacity", "Features"])).toBe("rooms");
    expect(guessKind("export.csv", ["Team", "Members", "Lead"])).toBe("teams");
  });
});
