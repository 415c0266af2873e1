// The Grid tab as a person sees it: rows found by their header (a teacher's name), cells by day
// and period, chips by their accessible names (which start with the section id).
import type { Download, Locator, Page } from "playwright-core";
import type { School } from "../../../solver/model/format.ts";
import { SchoolPage } from "./school-page.ts";

export class GridPage {
  readonly app: SchoolPage;

  constructor(
    readonly page: Page,
    baseUrl: string,
    private readonly school: School,
  ) {
    this.app = new SchoolPage(page, baseUrl);
  }

  /** Opens the app, the school file and a schedule file (a new version), then the Grid tab. */
  async openWith(schoolText: string, scheduleText: string): Promise<void> {
    await this.app.open();
    await this.app.openFile("school.school.json", schoolText);
    await this.page.getByRole("heading", { level: 1, name: this.school.name }).waitFor();
    await this.app.openFile("planted.schedule.json", scheduleText);
    await this.page
      .getByText(/Added planted\.schedule\.json as version/)
      .waitFor({ state: "attached" });
    await this.show();
  }

  async show(): Promise<void> {
    await this.app.selectTab("Grid");
    await this.table().waitFor();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.app.heading().waitFor();
    await this.show();
  }

  /** Types in the grid's search box, as a person looking for a teacher or a section does. */
  async search(text: string): Promise<void> {
    await this.page.getByRole("searchbox", { name: "Search" }).fill(text);
  }

  table(): Locator {
    return this.page.getByRole("tabpanel", { name: "Grid" }).getByRole("table");
  }

  row(name: string): Locator {
    return this.table()
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name, exact: false }) })
      .first();
  }

  /** The cell of a row at a day and period, in the full (days × periods) view. */
  cell(rowName: string, day: string, period: string): Locator {
    const d = this.school.calendar.days.findIndex((x) => x.id === day);
    const p = this.school.calendar.periods.findIndex((x) => x.id === period);
    const periods = this.school.calendar.periods.length;
    return this.row(rowName)
      .getByRole("cell")
      .nth(d * periods + p);
  }

  /** The chip of a section in a cell (its accessible name starts with the section id). */
  chipIn(cell: Locator, section: string): Locator {
    return cell.getByRole("button", { name: new RegExp(`^${escape(section)}: `) });
  }

  chip(rowName: string, section: string): Locator {
    return this.chipIn(this.row(rowName), section).first();
  }

  notice(): Locator {
    return this.page.locator(".grid-notice");
  }

  /** Drags with the mouse from the chip to the cell, stopping over it until its verdict shows. */
  async dragTo(chip: Locator, cell: Locator, expectVerdict: RegExp): Promise<string> {
    // In the middle of the window, as a person would have it before dragging.
    await chip.evaluate((el) => el.scrollIntoView({ block: "center", inline: "center" }));
    const from = await chip.boundingBox();
    if (!from) throw new Error("the chip is not visible");
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2, {
      steps: 3,
    });
    const to = await cell.boundingBox();
    if (!to) throw new Error("the cell is not visible");
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await cell.locator(".grid-verdict").filter({ hasText: expectVerdict }).waitFor();
    const shown = await cell.locator(".grid-verdict").innerText();
    await this.page.mouse.up();
    return shown;
  }

  /**
   * Drags with a finger (touch events through the browser's DevTools protocol): a press held
   * still past the grid's touch delay, so that the page does not scroll, then a slide to the
   * cell, stopping over it until its verdict shows.
   */
  async touchDragTo(chip: Locator, cell: Locator, expectVerdict: RegExp): Promise<string> {
    await chip.evaluate((el) => el.scrollIntoView({ block: "center", inline: "center" }));
    const from = await chip.boundingBox();
    const to = await cell.boundingBox();
    if (!from || !to) throw new Error("the chip or the cell is not visible");
    const cdp = await this.page.context().newCDPSession(this.page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", x: number, y: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [{ x, y }],
      });
    const [x0, y0] = [from.x + from.width / 2, from.y + from.height / 2];
    const [x1, y1] = [to.x + to.width / 2, to.y + to.height / 2];
    await touch("touchStart", x0, y0);
    await this.page.waitForTimeout(400);
    const steps = 12;
    for (let i = 1; i <= steps; i++) {
      await touch("touchMove", x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * i) / steps);
    }
    await cell.locator(".grid-verdict").filter({ hasText: expectVerdict }).waitFor();
    const shown = await cell.locator(".grid-verdict").innerText();
    await touch("touchEnd", x1, y1);
    await cdp.detach();
    return shown;
  }

  /** Waits until the edit is stored (a reload before that would lose it, as for a person). */
  async saved(label: string): Promise<void> {
    await this.page.getByText(`Saved in this browser: ${label}.`).waitFor();
  }

  undoButton(): Locator {
    return this.page.getByRole("tabpanel", { name: "Grid" }).getByRole("button", { name: "Undo" });
  }

  async download(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name: "Download schedule" }).click(),
    ]);
    return download;
  }
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
