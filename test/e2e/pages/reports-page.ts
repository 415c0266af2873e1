// The Planning tab as a person sees it: found by roles and labels, never by CSS classes.
import type { Download, Locator, Page } from "playwright-core";

export class ReportsPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(this.baseUrl);
    await this.page.getByRole("heading", { level: 1 }).waitFor();
    await this.page.getByRole("tab", { name: "Planning" }).click();
  }

  panel(): Locator {
    return this.page.getByRole("tabpanel", { name: "Planning" });
  }

  async openScheduleFile(name: string, text: string): Promise<void> {
    await this.panel()
      .getByLabel("Open schedule file…")
      .first()
      .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  }

  /** The value of a headline figure, by its label ("Teams with all their common planning"). */
  async figure(label: string): Promise<string> {
    const item = this.panel()
      .getByRole("term")
      .getByText(label, { exact: true })
      .locator("xpath=..");
    return (await item.getByRole("definition").innerText()).trim();
  }

  teamTable(): Locator {
    return this.panel().getByRole("table", { name: "Common planning of every team" });
  }

  /** Each team's row as text by column header, keyed by the team's name. */
  async teamRows(): Promise<Map<string, Record<string, string>>> {
    const table = this.teamTable();
    const headers = (await table.locator("thead th").allInnerTexts()).map((h) => h.trim());
    const rows = new Map<string, Record<string, string>>();
    for (const row of await table.locator("tbody tr").all()) {
      const cells = (await row.locator("th, td").allInnerTexts()).map((c) => c.trim());
      const record: Record<string, string> = {};
      headers.forEach((h, i) => (record[h] = cells[i] ?? ""));
      rows.set((await row.locator("th a").innerText()).trim(), record);
    }
    return rows;
  }

  async openTeam(name: string): Promise<void> {
    await this.teamTable().getByRole("link", { name, exact: true }).click();
    await this.panel().getByRole("heading", { level: 2, name, exact: true }).waitFor();
  }

  async downloadCalendar(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.panel().getByRole("button", { name: "Download calendar (.ics)" }).click(),
    ]);
    return download;
  }
}
