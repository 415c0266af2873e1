// The Setup tab and the storage controls as a person uses them: found by roles and labels.
import { readFile } from "node:fs/promises";
import type { Download, Locator, Page } from "playwright-core";

export class SetupPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(this.baseUrl);
    await this.heading().waitFor();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.heading().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  async schoolName(): Promise<string> {
    return (await this.heading().innerText()).trim();
  }

  /** Waits until every change is stored ("All changes saved ..."). */
  async saved(): Promise<void> {
    await this.page.getByText(/^All changes saved/).waitFor();
  }

  async newSchool(): Promise<void> {
    await this.page.getByRole("button", { name: "New school" }).click();
    await this.page.getByRole("heading", { level: 1, name: "New school" }).waitFor();
  }

  async tab(name: string): Promise<void> {
    await this.page.getByRole("tab", { name, exact: true }).click();
  }

  /** A part of Setup: "School & bells", "Teachers", "Groups", "Sections", "Teams", ... */
  async part(name: string): Promise<void> {
    await this.tab("Setup");
    await this.page
      .getByRole("tablist", { name: "Parts of the school" })
      .getByRole("tab", { name: new RegExp(`^${name.replace(/[&]/g, "\\$&")}`) })
      .click();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Types into an inline field and commits it (Enter), as a person finishing an entry. */
  async fill(label: string, value: string): Promise<void> {
    const input = this.field(label);
    await input.fill(value);
    await input.press("Enter");
  }

  button(name: string): Locator {
    return this.page.getByRole("button", { name, exact: true });
  }

  async add(form: string, fields: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(fields)) {
      const field = this.field(label);
      if ((await field.evaluate((el) => el.tagName)) === "SELECT")
        await field.selectOption({ label: value });
      else await field.fill(value);
    }
    await this.page.getByRole("form", { name: form }).getByRole("button", { name: form }).click();
  }

  /** Adds a teacher to a reference list such as "Members of team Grade 9 team". */
  async pick(list: string, choice: string): Promise<void> {
    await this.page.getByRole("button", { name: `Add to ${list}` }).click();
    await this.page
      .getByRole("combobox", { name: `Add to ${list}` })
      .selectOption({ label: choice });
  }

  async download(click: () => Promise<void>): Promise<{ name: string; json: unknown }> {
    const [download]: [Download, void] = await Promise.all([
      this.page.waitForEvent("download"),
      click(),
    ]);
    const text = await readFile(await download.path(), "utf8");
    return { name: download.suggestedFilename(), json: JSON.parse(text) as unknown };
  }

  saveSchoolFile(): Promise<{ name: string; json: unknown }> {
    return this.download(() => this.button("Save school file").click());
  }

  async exportBackup(): Promise<{ name: string; json: unknown }> {
    await this.part("Files & backup");
    return this.download(() => this.button("Export backup").click());
  }

  async openFile(label: string, name: string, text: string): Promise<void> {
    await this.page
      .getByLabel(label)
      .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  }

  alert(): Locator {
    return this.page.getByRole("alert");
  }

  dialog(): Locator {
    return this.page.getByRole("dialog");
  }

  async schools(): Promise<string[]> {
    return (await this.field("School").locator("option").allInnerTexts()).map((t) => t.trim());
  }
}
