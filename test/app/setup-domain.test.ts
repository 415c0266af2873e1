import { describe, expect, it } from "vitest";
import { checkSchool } from "../../solver/format/parse-school.ts";
import type { School } from "../../solver/model/format.ts";
import {
  deleteTeacherEverywhere,
  describeRemoval,
  isUsed,
  replaceTeacher,
  teacherUsage,
} from "../../src/features/setup/delete-teacher.ts";
import { fieldErrors, humanMessage, placeOf } from "../../src/features/setup/error-paths.ts";
import { sectionIdFor, teacherIdFor, uniqueId } from "../../src/features/setup/ids.ts";
import { slug } from "../../src/lib/slug.ts";
import { removeRefs, renameRefs, usageCount } from "../../src/features/setup/references.ts";

function school(): School {
  return {
    format: "commons-school/1",
    name: "Small School",
    calendar: {
      days: [{ id: "Mon" }, { id: "Tue" }],
      periods: [
        { id: "1", start: "08:00", end: "08:50" },
        { id: "2", start: "09:00", end: "09:50" },
        { id: "3", start: "10:00", end: "10:50" },
      ],
    },
    teachers: [
      { id: "t-lee", name: "Ana Lee", unavailable: [{ day: "Mon", period: "1" }] },
      { id: "t-ortiz", name: "Ben Ortiz" },
    ],
    groups: [
      { id: "g6", name: "Grade 6" },
      { id: "g6a", name: "6A", parent: "g6", size: 25 },
    ],
    sections: [
      { id: "math-1", course: "Math", teachers: ["t-lee"], groups: ["g6a"] },
      {
        id: "sci-1",
        course: "Science",
        teachers: ["t-lee", "t-ortiz"],
        allowedPeriods: ["1", "2"],
      },
    ],
    teams: [
      {
        id: "team-6",
        name: "Grade 6",
        members: ["t-lee", "t-ortiz"],
        lead: "t-lee",
        planning: { perCycle: 2, periods: ["2", "3"] },
      },
    ],
    lunch: { periods: ["2", "3"] },
  };
}

const valid = (s: School) => checkSchool(s).ok;

describe("ids", () => {
  it("make readable ids from names, unique within their list", () => {
    expect(slug("Señora Núñez 2")).toBe("senora-nunez-2");
    expect(teacherIdFor("Mei Baker", [])).toBe("t-baker");
    expect(teacherIdFor("Tom Baker", ["t-baker"])).toBe("t-tom-baker");
    expect(teacherIdFor("Tom Baker", ["t-baker", "t-tom-baker"])).toBe("t-tom-baker-2");
    expect(sectionIdFor("Algebra 1", ["algebra-1-1"])).toBe("algebra-1-2");
    expect(uniqueId("", [])).toBe("item");
  });
});

describe("error paths", () => {
  it("place each path on an item and a field", () => {
    expect(placeOf("sections[12].teachers[0]")).toEqual({
      list: "sections",
      index: 12,
      field: "teachers",
    });
    expect(placeOf("calendar.periods[2].end")).toEqual({ list: "periods", index: 2, field: "end" });
    expect(placeOf("teams[0].planning.perCycle")).toEqual({
      list: "teams",
      index: 0,
      field: "planning.perCycle",
    });
    expect(placeOf("teachers[1].unavailable[0].day")).toEqual({
      list: "teachers",
      index: 1,
      field: "unavailable",
    });
    expect(placeOf("calendar.term.skip[1]")).toEqual({ list: "term", index: 0, field: "skip" });
    expect(placeOf("lunch.periods[0]")).toEqual({ list: "lunch", index: 0, field: "periods" });
    expect(placeOf("sections[3]")).toEqual({ list: "sections", index: 3, field: "" });
    expect(placeOf("teachers")).toBeNull();
  });

  it("show the parser's own errors beside the field, without repeating the item's name", () => {
    const broken = school();
    broken.sections[1]!.teachers = ["t-lee", "t-nobody"];
    broken.calendar.periods[1]!.end = "08:30";
    broken.teams![0]!.planning!.perCycle = 5;
    const checked = checkSchool(broken);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const errors = fieldErrors(checked.errors);
    const teacher = errors.at("sections", 1, "teachers");
    expect(teacher).toHaveLength(1);
    expect(teacher[0]).toMatch(/^Teacher "t-nobody" does not exist/);
    expect(errors.at("periods", 1, "end")[0]).toMatch(/^End must be later than start/);
    expect(errors.at("teams", 0, "planning.perCycle")[0]).toMatch(
      /^Planning slots per cycle is 5 but/,
    );
    expect(errors.at("sections", 0, "teachers")).toEqual([]);
    expect(errors.general).toEqual([]);
    expect(errors.count).toBe(checked.errors.length);
  });

  it("keep problems of a field that is not on screen for the row, and whole-file ones apart", () => {
    const errors = fieldErrors([
      {
        path: "sections[0].pinned[0].day",
        message: 'sections[0] "a" pinned[0]: day "Sun" does not exist',
      },
      { path: "teachers", message: "teachers must be a list (got 3)" },
    ]);
    expect(errors.rest("sections", 0, ["course", "teachers"])).toEqual([
      'Day "Sun" does not exist',
    ]);
    expect(errors.rest("sections", 0, ["pinned"])).toEqual([]);
    expect(errors.general.map((e) => e.path)).toEqual(["teachers"]);
  });

  it("leave a message that does not start with the item's name as it is, capitalized", () => {
    expect(humanMessage({ path: "", message: "the file is empty" })).toBe("The file is empty");
  });
});

describe("references", () => {
  it("rename an id everywhere it is named", () => {
    const renamed = renameRefs(school(), "period", "2", "P2");
    expect(renamed.sections[1]!.allowedPeriods).toEqual(["1", "P2"]);
    expect(renamed.teams![0]!.planning!.periods).toEqual(["P2", "3"]);
    expect(renamed.lunch!.periods).toEqual(["P2", "3"]);
  });

  it("remove a group and move its children up to its parent", () => {
    const s = school();
    s.groups!.push({ id: "g6a1", name: "6A1", parent: "g6a", size: 10 });
    const removed = removeRefs(s, "group", "g6a");
    expect(removed.groups!.find((g) => g.id === "g6a1")!.parent).toBe("g6");
    expect(removed.sections[0]!.groups).toEqual([]);
  });

  it("remove a day with the unavailable slots on it", () => {
    const removed = removeRefs(school(), "day", "Mon");
    expect(removed.teachers[0]!.unavailable).toEqual([]);
  });

  it("count the places an item is named", () => {
    expect(usageCount(school(), "teacher", "t-lee")).toBe(4);
    expect(usageCount(school(), "teacher", "t-ortiz")).toBe(2);
  });
});

describe("deleting a teacher", () => {
  it("says which sections and teams would lose them, and which would be left with nobody", () => {
    const usage = teacherUsage(school(), "t-lee");
    expect(isUsed(usage)).toBe(true);
    expect(usage.sections).toEqual([
      { id: "math-1", course: "Math", alone: true },
      { id: "sci-1", course: "Science", alone: false },
    ]);
    expect(usage.teams).toEqual([{ id: "team-6", name: "Grade 6", alone: false, lead: true }]);
    const lines = describeRemoval(usage);
    expect(lines[0]).toMatch(/Math \(math-1\) would be left with no teacher/);
    expect(lines[2]).toMatch(/would have no lead/);
    expect(isUsed(teacherUsage(school(), "t-nobody"))).toBe(false);
  });

  it("removes them everywhere; a section left with nobody is flagged by the parser there", () => {
    const next = deleteTeacherEverywhere(school(), "t-lee");
    expect(next.teachers.map((t) => t.id)).toEqual(["t-ortiz"]);
    expect(next.sections[1]!.teachers).toEqual(["t-ortiz"]);
    expect(next.teams![0]).not.toHaveProperty("lead");
    const checked = checkSchool(next);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.map((e) => e.path)).toEqual(["sections[0].teachers"]);
  });

  it("hands their place to another teacher without listing anyone twice", () => {
    const next = replaceTeacher(school(), "t-lee", "t-ortiz");
    expect(next.sections.map((s) => s.teachers)).toEqual([["t-ortiz"], ["t-ortiz"]]);
    expect(next.teams![0]!.members).toEqual(["t-ortiz"]);
    expect(next.teams![0]!.lead).toBe("t-ortiz");
    expect(valid(next)).toBe(true);
  });
});
