// The grid's rows: grouped by department or team, groups as a tree, and filtered by department,
// team, grade and search.
import { describe, expect, it } from "vitest";
import { validateSchedule } from "../../solver/validate/index.ts";
import { filterGroups, NO_FILTER, rowCount } from "../../src/features/grid/filters.ts";
import { buildRows, type RowGroup } from "../../src/features/grid/rows.ts";
import { gridSetup } from "./grid-fixtures.ts";

const names = (groups: RowGroup[]) => groups.map((g) => [g.label, g.rows.map((r) => r.label)]);

describe("rows of the grid", () => {
  const { model, occ, schedule } = gridSetup();

  it("starts from a schedule that keeps every rule", () => {
    expect(validateSchedule(model, schedule)).toEqual([]);
  });

  it("groups teachers by their first department, by name", () => {
    expect(names(buildRows(model, occ, "teachers", "department"))).toEqual([
      ["Math", ["Ada", "Dee"]],
      ["No department", ["Cy"]],
      ["Science", ["Bo"]],
    ]);
  });

  it("groups teachers by team, those in none last", () => {
    expect(names(buildRows(model, occ, "teachers", "team"))).toEqual([
      ["6 Core", ["Ada", "Bo"]],
      ["Not in a team", ["Cy", "Dee"]],
    ]);
  });

  it("shows student groups as a tree under each grade", () => {
    const groups = buildRows(model, occ, "groups", "department");
    expect(names(groups)).toEqual([
      ["Grade 6", ["Grade 6", "6A", "6B"]],
      ["Grade 7", ["Grade 7", "7A"]],
    ]);
    expect(groups[0]!.rows.map((r) => r.depth)).toEqual([0, 1, 1]);
  });

  it("lists rooms and teams with their details", () => {
    const rooms = buildRows(model, occ, "rooms", "department")[0]!.rows;
    expect(rooms.map((r) => [r.label, r.detail])).toEqual([
      ["Room r1", "50 seats"],
      ["Room r2", "30 seats · lab"],
      ["Room r3", "10 seats"],
    ]);
    const teams = buildRows(model, occ, "teams", "department")[0]!.rows;
    expect(teams.map((r) => [r.label, r.detail])).toEqual([
      ["6 Core", "2 members · 1 planning per cycle"],
    ]);
  });
});

describe("filters and search", () => {
  const { model, occ } = gridSetup();
  const teachers = buildRows(model, occ, "teachers", "department");
  const shown = (filter: Partial<typeof NO_FILTER>, groups = teachers) =>
    filterGroups(groups, { ...NO_FILTER, ...filter }).flatMap((g) => g.rows.map((r) => r.label));

  it("keeps every row without a filter", () => {
    expect(rowCount(filterGroups(teachers, NO_FILTER))).toBe(4);
  });

  it("filters by department, team and grade", () => {
    expect(shown({ department: "Math" })).toEqual(["Ada", "Dee"]);
    expect(shown({ team: 0 })).toEqual(["Ada", "Bo"]);
    expect(shown({ grade: model.groupIndex.get("g7")! })).toEqual(["Ada"]);
  });

  it("searches names, section ids and courses, every word", () => {
    expect(shown({ search: "science" })).toEqual(["Bo"]);
    expect(shown({ search: "m2" })).toEqual(["Dee"]);
    expect(shown({ search: "math 7" })).toEqual(["Ada"]);
    expect(shown({ search: "nobody" })).toEqual([]);
  });

  it("finds rooms by the sections that meet in them", () => {
    const rooms = buildRows(model, occ, "rooms", "department");
    expect(shown({ search: "assembly" }, rooms)).toEqual(["Room r1"]);
    expect(shown({ department: "Science" }, rooms)).toEqual(["Room r2"]);
  });
});
