// @vitest-environment jsdom
// The grid as rendered (drag and drop itself needs a real browser: see test/e2e/specs/grid.spec.ts):
// rows and chips with their names, the views, the search, pinning from the keyboard and the
// selection bar, and the rules a schedule breaks listed below it.
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GridView } from "../../src/features/grid/GridView.tsx";
import { gridSchedule, gridSchool } from "./grid-fixtures.ts";

afterEach(cleanup);

function renderGrid(schedule = gridSchedule()) {
  const onChange = vi.fn();
  const onSchoolChange = vi.fn((_school: unknown, _label: string): string | null => null);
  render(
    <GridView
      school={gridSchool()}
      schedule={schedule}
      onChange={onChange}
      onSchoolChange={onSchoolChange}
    />,
  );
  return { onChange, onSchoolChange, table: screen.getByRole("table") };
}

/** Each row header's name and detail (the "not a target" note shows only while dragging). */
const heads = (table: HTMLElement) =>
  within(table)
    .getAllByRole("rowheader")
    .map((h) =>
      [".grid-rowname", ".grid-rowdetail"].map((c) => h.querySelector(c)?.textContent).join(" "),
    );

const rowOf = (table: HTMLElement, name: string) =>
  within(table)
    .getAllByRole("row")
    .find((r) => within(r).queryByRole("rowheader", { name: new RegExp(`^${name}`) }))!;

describe("the grid view", () => {
  it("shows each teacher's week with chips named by section, course, group and room", () => {
    const { table } = renderGrid();
    const ada = rowOf(table, "Ada");
    const cells = within(ada).getAllByRole("cell");
    expect(cells).toHaveLength(6);
    expect(within(cells[0]!).getByRole("button").getAttribute("aria-label")).toBe(
      "m1: Math 6, 6A, room r1, Ada, Mon period 1",
    );
    expect(cells[1]!.textContent).toBe("free");
    expect(within(cells[5]!).getByRole("button").getAttribute("aria-label")).toBe(
      "Planning of 6 Core, Tue period 3",
    );
    expect(screen.getByText("This schedule keeps every rule.")).toBeTruthy();
  });

  it("switches to rooms and filters rows by the search", () => {
    const { table } = renderGrid();
    fireEvent.click(screen.getByRole("radio", { name: "Rooms" }));
    expect(heads(table)).toEqual([
      "Room r1 50 seats",
      "Room r2 30 seats · lab",
      "Room r3 10 seats",
    ]);
    fireEvent.change(screen.getByRole("searchbox", { name: "Search" }), {
      target: { value: "science" },
    });
    expect(heads(table)).toEqual(["Room r2 30 seats · lab"]);
    expect(screen.getByText("1 of 3 rows")).toBeTruthy();
  });

  it("pins with P on a chip and from the selection bar", () => {
    const { table, onSchoolChange } = renderGrid();
    const chip = within(rowOf(table, "Ada")).getAllByRole("button")[0]!;
    fireEvent.keyDown(chip, { key: "p", code: "KeyP" });
    expect(onSchoolChange).toHaveBeenCalledTimes(1);
    expect(onSchoolChange.mock.calls[0]![1]).toBe("Pin m1 at Mon, Tue period 1");
    expect(screen.getByText("Pin m1 at Mon, Tue period 1: done.")).toBeTruthy();
    fireEvent.click(within(rowOf(table, "Dee")).getAllByRole("button")[0]!);
    fireEvent.click(screen.getByRole("button", { name: /Pin m2/ }));
    expect(onSchoolChange.mock.calls[1]![1]).toBe("Pin m2 at Mon, Tue period 2");
  });

  it("marks the chips of a schedule that breaks a rule and lists the rule", () => {
    const schedule = gridSchedule();
    schedule.placements[7] = { section: "c7", day: "Mon", period: "1", room: "r2" };
    const { table } = renderGrid(schedule);
    const chips = within(rowOf(table, "Ada")).getAllByRole("button");
    expect(chips[0]!.getAttribute("aria-label")).toMatch(/^m1: .*, breaks 1 rule$/);
    expect(screen.getByText(/This schedule breaks 1 rule/)).toBeTruthy();
    expect(screen.getByText("Ada (ada) teaches m1 and c7 at Mon period 1.")).toBeTruthy();
  });
});
