import { describe, expect, it } from "vitest";
import { checkSchool } from "../../solver/format/parse-school.ts";
import type { School } from "../../solver/model/format.ts";
import { emptySchool } from "../../src/features/school/empty-school.ts";
import { applyPaste, parsePaste } from "../../src/features/setup/paste.ts";

const rows = (...lines: string[][]): string => lines.map((cells) => cells.join("\t")).join("\n");

function withTeachers(): School {
  const school = emptySchool("Paste School");
  return applyPaste(school, parsePaste("teachers", rows(["Ana Lee"], ["Ben Ortiz"]), school));
}

describe("parsePaste", () => {
  it("reads teachers in the default column order and gives each an id from the name", () => {
    const school = emptySchool("Paste School");
    const text = rows(["Ana Lee", "Math, Science", "5"], ["Ben Lee", "", ""]);
    const preview = parsePaste("teachers", text, school);
    expect(preview.header).toBe(false);
    expect(preview.rows.map((r) => r.item)).toEqual([
      { id: "t-lee", name: "Ana Lee", departments: ["Math", "Science"], maxTeachingPerDay: 5 },
      { id: "t-ben-lee", name: "Ben Lee" },
    ]);
    expect(checkSchool(applyPaste(school, preview)).ok).toBe(true);
  });

  it("uses a header row in any order, and Windows line ends", () => {
    const school = emptySchool("Paste School");
    const text = "Capacity\tRoom\tFeatures\r\n30\t101\tscience-lab\r\n\r\n24\t102\t\r\n";
    const preview = parsePaste("rooms", text, school);
    expect(preview.header).toBe(true);
    expect(preview.rows.map((r) => r.item)).toEqual([
      { id: "101", capacity: 30, features: ["science-lab"] },
      { id: "102", capacity: 24 },
    ]);
  });

  it("matches a section's teachers by name or id, and says which names it cannot find", () => {
    const school = withTeachers();
    const text = rows(["Algebra 1", "ana lee", "", "4"], ["Biology", "t-ortiz, Nobody", "", "x"]);
    const preview = parsePaste("sections", text, school);
    expect(preview.rows[0]!.item).toEqual({
      id: "algebra-1-1",
      course: "Algebra 1",
      teachers: ["t-lee"],
      meetings: 4,
    });
    expect(preview.rows[0]!.problems).toEqual([]);
    expect(preview.rows[1]!.item).toBeNull();
    expect(preview.rows[1]!.problems).toEqual([
      'no teacher is called "Nobody"',
      'Meetings must be a whole number from 1 (got "x")',
    ]);
    const added = applyPaste(school, preview);
    expect(added.sections.map((s) => s.id)).toEqual(["algebra-1-1"]);
  });

  it("lets a group name a parent pasted in a row above it", () => {
    const school = emptySchool("Paste School");
    const text = rows(["Grade 6", "", ""], ["6A", "Grade 6", "27", "yes"]);
    const preview = parsePaste("groups", text, school);
    expect(preview.rows[1]!.item).toEqual({
      id: "6a",
      name: "6A",
      parent: "grade-6",
      size: 27,
      fullDay: true,
    });
    expect(checkSchool(applyPaste(school, preview)).ok).toBe(true);
  });

  it("builds teams with their lead and planning, and refuses a lead who is not a member", () => {
    const school = withTeachers();
    const text = rows(
      ["Grade 6", "Ana Lee, Ben Ortiz", "Ana Lee", "grade", "3"],
      ["Science", "Ben Ortiz", "Ana Lee"],
    );
    const preview = parsePaste("teams", text, school);
    expect(preview.rows[0]!.item).toEqual({
      id: "team-grade-6",
      name: "Grade 6",
      members: ["t-lee", "t-ortiz"],
      lead: "t-lee",
      kind: "grade",
      planning: { perCycle: 3 },
    });
    expect(preview.rows[1]!.problems).toEqual(["the lead Ana Lee is not a member"]);
    expect(preview.rows[1]!.item).toBeNull();
  });

  it("refuses a teacher already listed by name, so pasting a list twice adds nothing", () => {
    const school = withTeachers();
    const preview = parsePaste("teachers", rows(["ana lee"], ["Cy Young"]), school);
    expect(preview.rows[0]!.problems).toEqual(['a teacher called "ana lee" is already listed']);
    expect(preview.rows[1]!.item).toEqual({ id: "t-young", name: "Cy Young" });
    const again = parsePaste("teachers", rows(["Cy Young"]), applyPaste(school, preview));
    expect(again.rows[0]!.item).toBeNull();
  });

  it("refuses an id that is taken and a row without a name", () => {
    const school = withTeachers();
    const preview = parsePaste(
      "teachers",
      rows(["Cy Young", "", "", "t-lee"], ["", "Math"]),
      school,
    );
    expect(preview.rows[0]!.problems).toEqual(['the id "t-lee" is already used']);
    expect(preview.rows[1]!.problems).toEqual(["the name is empty"]);
    expect(applyPaste(school, preview)).toEqual(school);
  });
});
