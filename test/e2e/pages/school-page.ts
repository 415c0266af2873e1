// The school overview as a person sees it: found by roles and labels, never by CSS classes.
import type { Download, Locator, Page } from "playwright-core";

export class SchoolPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(this.baseUrl);
    await this.heading().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  async schoolName(): Promise<string> {
    return (await this.heading().innerText()).trim();
  }

  /** The figure shown next to a label in the counts list ("Teachers", "Meetings per cycle"). */
  async count(label: string): Promise<number> {
    const item = this.page.locator(".counts > div").filter({
      has: this.page.getByRole("term").getByText(label, { exact: true }),
    });
    const text = await item.getByRole("definition").innerText();
    return Number(text.replace(/[^0-9]/g, ""));
  }

  teamsTable(): Locator {
    return this.page.getByRole("table", { name: "Teams, their members and planning time" });
  }

  /** Team names in table order. */
  async teamNames(): Promise<string[]> {
    return (await this.teamsTable().locator("tbody th").allInnerTexts()).map((t) => t.trim());
  }

  async membersOf(teamName: string): Promise<string[]> {
    const row = this.teamsTable()
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: teamName, exact: true }) });
    return (await row.getByRole("listitem").allInnerTexts()).map((t) => t.trim());
  }

  async openFile(name: string, text: string): Promise<void> {
    await this.page
      .getByLabel("Open school file…")
      .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  }

  problems(): Locator {
    return this.page.getByRole("alert");
  }

  async save(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name: "Save school file" }).click(),
    ]);
    return download;
  }

  async selectTab(name: string): Promise<void> {
    await this.page.getByRole("tab", { name }).click();
  }
}
