// The Schedule tab's Generate panel as a person sees it: found by roles and labels.
import type { Download, Locator, Page } from "playwright-core";

export class SchedulePage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(this.baseUrl);
    await this.page.getByRole("heading", { level: 1 }).waitFor();
  }

  async openSchoolFile(name: string, text: string, schoolName: string): Promise<void> {
    await this.page
      .getByLabel("Open school file…")
      .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
    await this.page.getByRole("heading", { level: 1, name: schoolName }).waitFor();
  }

  async selectTab(name: string): Promise<void> {
    await this.page.getByRole("tab", { name, exact: true }).click();
  }

  async showSchedule(): Promise<void> {
    await this.selectTab("Schedule");
    await this.page.getByRole("heading", { name: "Generate schedule" }).waitFor();
  }

  seed(): Locator {
    return this.page.getByLabel("Seed");
  }

  timeLimit(): Locator {
    return this.page.getByLabel("Time limit (seconds)");
  }

  generateButton(): Locator {
    return this.page.getByRole("button", { name: "Generate", exact: true });
  }

  cancelButton(): Locator {
    return this.page.getByRole("button", { name: "Cancel", exact: true });
  }

  progress(): Locator {
    return this.page.getByRole("progressbar", { name: "Search progress" });
  }

  /** "Searching… N conflicts left, X s", beside the progress bar. */
  progressText(): Locator {
    return this.page.getByText(/^Searching… \d+ conflicts? left, \d+ s$/);
  }

  async generate(options: { seed?: number; timeLimitSeconds?: number } = {}): Promise<void> {
    if (options.seed !== undefined) await this.seed().fill(String(options.seed));
    if (options.timeLimitSeconds !== undefined) {
      await this.timeLimit().fill(String(options.timeLimitSeconds));
    }
    await this.generateButton().click();
  }

  result(): Locator {
    return this.page.getByRole("region", { name: "Result" });
  }

  /** Waits for the result of a run and answers its status line ("✓ Solved in 2.1 s, seed 1"). */
  async waitForResult(timeoutMs: number): Promise<string> {
    const status = this.result().getByTestId("solve-status");
    await status.waitFor({ timeout: timeoutMs });
    return (await status.innerText()).trim();
  }

  async verdict(): Promise<string> {
    return (await this.result().getByTestId("solve-verdict").innerText()).trim();
  }

  cancelled(): Locator {
    return this.page.getByRole("status").getByText("Cancelled", { exact: true });
  }

  async downloadSchedule(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.result().getByRole("button", { name: "Download schedule file" }).click(),
    ]);
    return download;
  }

  timetable(): Locator {
    return this.result().getByRole("table");
  }
}
