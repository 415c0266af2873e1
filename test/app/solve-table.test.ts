import { describe, expect, it } from "vitest";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { validateSchedule } from "../../solver/validate/index.ts";
import {
  buildTeacherTable,
  cellText,
  NO_DEPARTMENT,
  type TeacherTable,
} from "../../src/features/solve/teacher-table.ts";
import { tinySchedule, tinySchool } from "./solve-fixtures.ts";

const rowOf = (table: TeacherTable, teacherId: string) => {
  const row = table.departments.flatMap((d) => d.rows).find((r) => r.teacherId === teacherId);
  if (!row) throw new Error(`no row for ${teacherId}`);
  return row;
};

const texts = (table: TeacherTable, teacherId: string): string[] =>
  rowOf(table, teacherId).cells.map(cellText);

describe("buildTeacherTable", () => {
  const model = resolveSchool(tinySchool());

  it("starts from a schedule the validator accepts", () => {
    expect(validateSchedule(model, tinySchedule())).toEqual([]);
  });

  it("groups teachers by their first department, alphabetically, with no department last", () => {
    const table = buildTeacherTable(model, tinySchedule());
    expect(table.departments.map((d) => [d.department, d.rows.map((r) => r.name)])).toEqual([
      ["Art", ["Dee"]],
      ["Math", ["Ada"]],
      ["Science", ["Bo"]],
      [NO_DEPARTMENT, ["Cy"]],
    ]);
  });

  it("has one column per period of each day, named as in the calendar", () => {
    const table = buildTeacherTable(model, tinySchedule());
    expect(table.days).toEqual([
      { id: "Mon", name: "Monday" },
      { id: "Tue", name: "Tuesday" },
    ]);
    expect(table.periods.map((p) => p.name)).toEqual(["Period 1", "Period 2", "Period 3"]);
    for (const d of table.departments) for (const r of d.rows) expect(r.cells).toHaveLength(6);
  });

  it("shows teaching by section id, planning by team name, lunch, and free periods empty", () => {
    const table = buildTeacherTable(model, tinySchedule());
    // Mon 1, Mon 2, Mon 3, Tue 1, Tue 2, Tue 3
    expect(texts(table, "ada")).toEqual(["m1", "Plan: Core team", "Lunch", "m1", "Lunch", ""]);
    expect(texts(table, "bo")).toEqual(["s1", "Plan: Core team", "Lunch", "s1", "", "Lunch"]);
    expect(texts(table, "cy")).toEqual(["", "", "", "", "", ""]);
  });

  it("fills every period of a longer meeting and marks the later ones as continued", () => {
    const table = buildTeacherTable(model, tinySchedule());
    expect(texts(table, "dee")).toEqual(["art1", "art1", "Lunch", "", "", ""]);
    const [first, second] = rowOf(table, "dee").cells;
    expect(first).toEqual([
      { kind: "teach", section: "art1", course: "Art", room: null, continued: false },
    ]);
    expect(second?.[0]).toMatchObject({ kind: "teach", continued: true });
  });

  it("lists every entry of a clash, so a broken schedule shows what collides", () => {
    const broken = tinySchedule();
    broken.placements = broken.placements.map((p) =>
      p.section === "m1" && p.day === "Tue" ? { ...p, period: "2" } : p,
    );
    const table = buildTeacherTable(model, broken);
    expect(texts(table, "ada")[4]).toBe("m1 / Lunch");
  });

  it("skips entries that name nothing in the school instead of failing", () => {
    const odd = tinySchedule();
    odd.placements.push({ section: "nope", day: "Mon", period: "1" });
    odd.planning.push({ team: "core", day: "Sun", period: "1" });
    expect(buildTeacherTable(model, odd)).toEqual(buildTeacherTable(model, tinySchedule()));
  });
});
