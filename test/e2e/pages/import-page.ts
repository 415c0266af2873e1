// The Import CSV dialog as a person sees it: found by roles and labels, never by CSS classes.
import type { Download, Locator, Page } from "playwright-core";

export type CsvUpload = { name: string; text: string | Buffer };

export class ImportPage {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole("dialog", { name: "Import from CSV" });
  }

  async open(): Promise<void> {
    await this.page.getByRole("button", { name: "Import CSV…" }).click();
    await this.dialog().waitFor();
  }

  async chooseFiles(files: readonly CsvUpload[]): Promise<void> {
    await this.dialog()
      .getByLabel("Choose CSV files…")
      .setInputFiles(
        files.map((f) => ({
          name: f.name,
          mimeType: "text/csv",
          buffer: typeof f.text === "string" ? Buffer.from(f.text) : f.text,
        })),
      );
    const chosen = this.dialog().getByRole("list", { name: "Chosen files" });
    for (const f of files)
      await chosen.getByText(f.name, { exact: true }).waitFor({ timeout: 20_000 });
  }

  async next(): Promise<void> {
    await this.dialog()
      .getByRole("button", { name: /^Next: / })
      .click();
  }

  /** The field a column is imported as, as the select shows it ("Not imported" when none). */
  async columnField(fileName: string, header: string): Promise<string> {
    const select = this.dialog().getByLabel(`Import column ${header} of ${fileName} as`);
    return (await select.locator("option:checked").innerText()).trim();
  }

  async mapColumn(fileName: string, header: string, field: string): Promise<void> {
    await this.dialog()
      .getByLabel(`Import column ${header} of ${fileName} as`)
      .selectOption({ label: field });
  }

  status(): Locator {
    return this.dialog().getByRole("status");
  }

  async waitForStatus(text: string | RegExp): Promise<void> {
    await this.status().filter({ hasText: text }).waitFor({ timeout: 20_000 });
  }

  /** One line per file: "teachers.csv: 5 new teachers". */
  async summary(): Promise<string[]> {
    const list = this.dialog().getByRole("list", { name: "What the import does" });
    return (await list.locator(":scope > li").allInnerTexts()).map((t) =>
      t.replace(/\s+/g, " ").trim(),
    );
  }

  /** The problems listed above the tables, each naming file, row and column. */
  async problems(): Promise<string[]> {
    const list = this.dialog().getByRole("list", { name: "Problems" });
    return (await list.getByRole("listitem").allInnerTexts()).map((t) => t.trim());
  }

  preview(fileName: string): Locator {
    return this.dialog().getByRole("region", { name: `Preview of ${fileName}` });
  }

  /** Types into a cell of a row with a problem and leaves the cell, which asks for a new preview. */
  async fixCell(fileName: string, row: number, header: string, value: string): Promise<void> {
    const cell = this.dialog().getByLabel(`${fileName} row ${row}, ${header}`);
    await cell.fill(value);
    await cell.press("Enter");
  }

  async skipRow(fileName: string, row: number): Promise<void> {
    await this.dialog().getByLabel(`Skip ${fileName} row ${row}`).check();
  }

  async intoNewSchool(name: string): Promise<void> {
    await this.dialog()
      .getByRole("radio", { name: /Into a new school/ })
      .check();
    await this.dialog().getByLabel("Name of the new school").fill(name);
  }

  importButton(): Locator {
    return this.dialog().getByRole("button", { name: /^Import [\d,]+ items?$/ });
  }

  async confirm(): Promise<void> {
    await this.importButton().click();
    await this.dialog().waitFor({ state: "detached", timeout: 20_000 });
  }

  async cancel(): Promise<void> {
    await this.dialog().getByRole("button", { name: "Cancel" }).click();
    await this.dialog().waitFor({ state: "detached" });
  }

  /** Downloads one of the open school's lists ("Teachers", "Sections") as CSV. */
  async exportList(title: string): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.dialog()
        .getByRole("button", { name: new RegExp(`^${title} \\(\\d+\\)$`) })
        .click(),
    ]);
    return download;
  }
}
