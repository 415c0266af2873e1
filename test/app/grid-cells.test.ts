// What each cell holds: meetings, planning blocks, free and unavailable slots, what a team row
// offers, and the compact view's period columns.
import { describe, expect, it } from "vitest";
import {
  canCompact,
  cellData,
  columnsOf,
  type CellData,
  type Column,
} from "../../src/features/grid/cells.ts";
import type { RowOwner } from "../../src/features/grid/rows.ts";
import { gridSchedule, gridSchool, gridSetup } from "./grid-fixtures.ts";

const at = (day: number | null, period: number): Column => ({
  key: `${day}-${period}`,
  day,
  period,
});

/** A cell as words: "m1", "plan core", "free", "lunch", "n/a". */
function words(data: CellData): string[] {
  return [
    ...data.items.map((i) => (i.kind === "meeting" ? `meeting ${i.section}` : `plan ${i.team}`)),
    ...(data.free ? ["free"] : []),
    ...(data.unavailable ? ["n/a"] : []),
    ...(data.membersFree !== null ? [`${data.membersFree} free`] : []),
  ];
}

describe("cells", () => {
  const { occ, teacher, group, section } = gridSetup();
  const ada: RowOwner = { kind: "teacher", index: teacher("ada") };

  it("shows a teacher's class, planning block and free periods", () => {
    expect(words(cellData(occ, ada, at(0, 0)))).toEqual([`meeting ${section("m1")}`]);
    expect(words(cellData(occ, ada, at(0, 1)))).toEqual(["free"]);
    expect(words(cellData(occ, ada, at(1, 2)))).toEqual(["plan 0"]);
  });

  it("shows a group what its students attend, the grade's sections included", () => {
    const hr1: RowOwner = { kind: "group", index: group("hr1") };
    expect(words(cellData(occ, hr1, at(0, 2)))).toEqual([`meeting ${section("a1")}`]);
    expect(words(cellData(occ, hr1, at(0, 1)))).toEqual([`meeting ${section("s1")}`]);
    const hr3: RowOwner = { kind: "group", index: group("hr3") };
    expect(words(cellData(occ, hr3, at(0, 2)))).toEqual([`meeting ${section("c7")}`]);
  });

  it("counts a team's free members where it does not plan", () => {
    const core: RowOwner = { kind: "team", index: 0 };
    // Mon period 1: Ada teaches m1, Bo is free.
    expect(words(cellData(occ, core, at(0, 0)))).toEqual(["1 free"]);
    expect(words(cellData(occ, core, at(1, 2)))).toEqual(["plan 0"]);
  });

  it("marks a teacher's unavailable slots", () => {
    const school = gridSchool();
    school.teachers[2] = { ...school.teachers[2]!, unavailable: [{ day: "Tue", period: "1" }] };
    const { occ: occ2, teacher: t2 } = gridSetup(school);
    const cy: RowOwner = { kind: "teacher", index: t2("cy") };
    expect(words(cellData(occ2, cy, at(1, 0)))).toEqual(["n/a"]);
  });

  it("marks the second period of a double meeting as its continuation", () => {
    const school = gridSchool();
    school.sections[3] = { ...school.sections[3]!, length: 2 };
    const sch = gridSchedule();
    sch.placements[6] = { section: "a1", day: "Mon", period: "2", room: "r3" };
    const { occ: occ2, teacher: t2 } = gridSetup(school, sch);
    const cy: RowOwner = { kind: "teacher", index: t2("cy") };
    const start = cellData(occ2, cy, at(0, 1)).items[0]!;
    const next = cellData(occ2, cy, at(0, 2)).items[0]!;
    expect(start.kind === "meeting" && start.start).toBe(true);
    expect(next.kind === "meeting" && next.start).toBe(false);
  });
});

describe("the compact view", () => {
  it("has one column per period", () => {
    const { model } = gridSetup();
    expect(columnsOf(model, true).map((c) => [c.day, c.period])).toEqual([
      [null, 0],
      [null, 1],
      [null, 2],
    ]);
    expect(columnsOf(model, false)).toHaveLength(6);
  });

  it("fits when every section meets at one period, and lists the days in each item", () => {
    const { occ, teacher, section } = gridSetup();
    expect(canCompact(occ)).toBe(true);
    const ada: RowOwner = { kind: "teacher", index: teacher("ada") };
    const first = cellData(occ, ada, at(null, 0)).items[0]!;
    expect(first).toMatchObject({ kind: "meeting", section: section("m1"), days: [0, 1] });
  });

  it("does not fit once a section meets at two periods", () => {
    const sch = gridSchedule();
    sch.placements[1] = { section: "m1", day: "Tue", period: "3", room: "r1" };
    expect(canCompact(gridSetup(gridSchool(), sch).occ)).toBe(false);
  });
});
