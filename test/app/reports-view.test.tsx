// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { School } from "../../solver/model/format.ts";
import { PlanningView } from "../../src/features/reports/PlanningView.tsx";
import { parseIcs } from "./calendar-parse.ts";
import { smallSchedule, smallSchool } from "./reports-small.ts";

/** Files the view offered for download, by name. */
let saved: Map<string, Blob>;

beforeEach(() => {
  saved = new Map();
  window.location.hash = "";
  URL.createObjectURL = (blob: Blob) => {
    saved.set(`blob:${saved.size}`, blob);
    return `blob:${saved.size - 1}`;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = saved.get(this.href);
    if (blob) saved.set(this.download, blob);
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** jsdom's Blob has no text(); its FileReader reads one. */
const readBlob = (blob: Blob): Promise<string> =>
  new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

const readBytes = (blob: Blob): Promise<ArrayBuffer> =>
  new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(blob);
  });

const go = (hash: string) =>
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  });

const view = (school: School = smallSchool()) =>
  render(<PlanningView school={school} schedule={smallSchedule()} today="2026-08-25" />);

describe("the planning dashboard", () => {
  it("shows the share of teams with all their planning, their minutes and sessions", () => {
    view();
    const share = screen.getByText("Teams with all their common planning").parentElement!;
    expect(share.textContent).toContain("1 of 1");
    expect(share.textContent).toContain("100%");
    const table = screen.getByRole("table", { name: "Common planning of every team" });
    const row = within(table).getByRole("row", { name: /A and B/ });
    expect(row.textContent).toContain("All 2 slots given");
    expect(row.textContent).toContain("90 minutes");
    expect(row.textContent).toContain("Mon, Period 3, 09:00–09:45");
    expect(row.textContent).toContain("2 sessions a week: fewer than the 4 recommended");
    expect(within(row).getByRole("link", { name: "Bo Birch" }).getAttribute("href")).toBe(
      "#/planning/teacher/t-b",
    );
  });

  it("exports the master schedule as UTF-8 that a spreadsheet reads with its accents", async () => {
    const school = smallSchool();
    school.teachers[0]!.name = "Añá Ames";
    view(school);
    fireEvent.click(screen.getByRole("button", { name: "Export master schedule (.csv)" }));
    const [name, blob] = [...saved].find(([key]) => key.endsWith(".csv"))!;
    expect(name).toBe("small-school-master-schedule.csv");
    expect(blob.type).toBe("text/csv;charset=utf-8");
    const bytes = new Uint8Array(await readBytes(blob));
    // Excel takes a CSV without a byte order mark for the local code page.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain("Añá Ames");
  });

  it("lists each teacher's day in words for screen readers and their flags", () => {
    view();
    const table = screen.getByRole("table", { name: /Each teacher/ });
    const ada = within(table).getByRole("row", { name: /Ada Ames/ });
    expect(ada.textContent).toContain("2 teaching, 1 planning, 0 free, lunch Period 4");
    expect(ada.textContent).toContain("Within every limit");
  });
});

describe("a team's page", () => {
  it("shows the week with times and the next dates, skipping skipped dates", () => {
    view();
    go("#/planning/team/team-ab");
    expect(screen.getByRole("heading", { level: 2, name: "A and B" })).toBeTruthy();
    const grid = screen.getByRole("table", { name: "A and B: shared blocks in the cycle" });
    const row = within(grid).getByRole("row", { name: /Period 3/ });
    expect(row.textContent).toContain("09:00–09:45");
    expect(within(row).getAllByText("Common planning")).toHaveLength(2);
    const dates = screen.getByRole("heading", { name: "Next dates" }).nextElementSibling!;
    // Today is Tue 08-25; Mon 08-31 is skipped; the term ends Fri 09-04.
    expect([...dates.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "Tuesday, August 25, 2026: Period 3, 09:00–09:45",
      "Tuesday, September 1, 2026: Period 3, 09:00–09:45",
    ]);
  });

  it("downloads the team's calendar and says how many events it holds", () => {
    view();
    go("#/planning/team/team-ab");
    fireEvent.click(screen.getByRole("button", { name: "Download calendar (.ics)" }));
    expect(screen.getByRole("status").textContent).toBe(
      "Saved small-school-a-and-b.ics (3 events).",
    );
    expect(saved.has("small-school-a-and-b.ics")).toBe(true);
  });

  it("shows only the week when the school has no term", async () => {
    const school = smallSchool();
    view({ ...school, calendar: { ...school.calendar, term: null } });
    go("#/planning/team/team-ab");
    expect(screen.getByText(/no term dates\. Only the week view is shown/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Download calendar (.ics)" })).toBeNull();
  });

  it("says so when the team does not exist", () => {
    view();
    go("#/planning/team/nobody");
    expect(screen.getByRole("heading", { name: "No such team" })).toBeTruthy();
  });
});

describe("a teacher's page", () => {
  it("shows their classes with rooms, team meetings, lunch and free periods", async () => {
    view();
    go("#/planning/teacher/t-a");
    const grid = screen.getByRole("table", { name: "Ada Ames: the week" });
    const first = within(grid).getByRole("row", { name: /Period 1/ });
    expect(first.textContent).toContain("Math (math-1)Room 101");
    expect(first.textContent).toContain("Free");
    const planning = within(grid).getAllByRole("link", { name: "A and B: common planning" });
    expect(planning).toHaveLength(2);
    fireEvent.click(screen.getByRole("button", { name: "Download calendar (.ics)" }));
    const events = parseIcs(await readBlob(saved.get("small-school-ada-ames.ics")!));
    expect(events.map((e) => e.SUMMARY)).toContain("Math (math-1)");
  });
});
