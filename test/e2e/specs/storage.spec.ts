// Files in and out of storage: a broken file changes nothing, and a backup restores everything.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { E2eContext } from "../harness.ts";
import { SetupPage } from "../pages/setup-page.ts";

const instances = new URL("../../../../shared/instances/", import.meta.url);
const instance = (name: string) => readFile(new URL(name, instances), "utf8");

type BackupJson = { format: string; exportedAt: string } & Record<string, unknown>;

/** A backup without the moment it was taken: what must come back identical. */
const contents = ({ exportedAt: _, ...rest }: BackupJson) => rest;

export async function rejectsAnInvalidFileAndChangesNothing({
  page,
  baseUrl,
  resultsDir,
}: E2eContext) {
  const app = new SetupPage(page, baseUrl);
  await app.open();
  await app.saved();
  const before = (await app.exportBackup()).json as BackupJson;

  const school = JSON.parse(await instance("elementary-s-1.school.json")) as {
    sections: { teachers: string[] }[];
  };
  school.sections[0]!.teachers = ["t-nobody"];
  await app.openFile("Open school file…", "broken.school.json", JSON.stringify(school));
  const alert = app.alert().filter({ hasText: "broken.school.json" });
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /Nothing stored was changed/);
  assert.match(text, /teacher "t-nobody" does not exist/);
  await page.screenshot({ path: join(resultsDir, "storage-invalid-file.png") });

  // A schedule that names sections this school does not have is refused the same way.
  await app.part("Versions");
  await app.openFile(
    "Import schedule file…",
    "other.schedule.json",
    await instance("elementary-s-1.planted.json"),
  );
  await app.alert().filter({ hasText: "other.schedule.json" }).waitFor();

  assert.deepEqual(await app.schools(), ["Lincoln Middle School"]);
  const after = (await app.exportBackup()).json as BackupJson;
  assert.deepEqual(contents(after), contents(before));
}

export async function restoresABackupIdentically({ page, baseUrl, resultsDir }: E2eContext) {
  const app = new SetupPage(page, baseUrl);
  await app.open();
  // Something of every kind: two schools, versions, edits in both histories, settings.
  await app.openFile(
    "Open school file…",
    "highland.school.json",
    await instance("elementary-s-1.school.json"),
  );
  await app.page.getByRole("heading", { level: 1, name: "Highland Elementary School" }).waitFor();
  await app.part("Versions");
  await app.openFile(
    "Import schedule file…",
    "planted.schedule.json",
    await instance("elementary-s-1.planted.json"),
  );
  await app.field("Name of version planted").waitFor();
  await app.button("Duplicate version planted").click();
  await app.field("Name of version planted (copy)").waitFor();
  await app.fill("Name of version planted (copy)", "Second try");
  await app.field("Name of version Second try").waitFor();
  await app.page
    .getByText(/^2 meetings|^No meeting moved|^The two versions are the same/)
    .waitFor();
  await page.screenshot({ path: join(resultsDir, "storage-versions.png"), fullPage: true });
  await app.part("School & bells");
  await app.fill("School name", "Highland Elementary");
  await app.saved();
  const backup = await app.exportBackup();
  assert.match(backup.name, /^commons-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
  const before = backup.json as BackupJson;
  assert.equal((before.schools as unknown[]).length, 2);
  assert.equal((before.versions as unknown[]).length, 2);

  await app.button("Delete all data…").click();
  await app.dialog().getByRole("button", { name: "Delete everything" }).click();
  await app.page.getByRole("heading", { level: 1, name: "Lincoln Middle School" }).waitFor();
  assert.deepEqual(await app.schools(), ["Lincoln Middle School"]);

  await app.part("Files & backup");
  await app.openFile("Restore backup…", backup.name, JSON.stringify(before));
  const question = app.dialog();
  await question.waitFor();
  const asked = await question.innerText();
  assert.match(asked, /2 schools \(.*Highland Elementary.*\) and 2 versions/);
  assert.match(asked, /Lincoln Middle School/);
  await page.screenshot({ path: join(resultsDir, "storage-restore.png") });
  await question.getByRole("button", { name: "Replace everything with this backup" }).click();
  await app.page.getByRole("heading", { level: 1, name: "Highland Elementary" }).waitFor();

  const after = (await app.exportBackup()).json as BackupJson;
  assert.deepEqual(contents(after), contents(before));
  // The undo history came back too: the rename is the step Undo takes.
  assert.match((await app.button("Undo").getAttribute("title")) ?? "", /Rename school/);
}

export async function twoTabsSeeEachOthersChanges({ page, baseUrl, resultsDir }: E2eContext) {
  const first = new SetupPage(page, baseUrl);
  await first.open();
  await first.saved();
  const second = new SetupPage(await page.context().newPage(), baseUrl);
  await second.open();
  await first.part("Teachers");
  await second.part("Teachers");

  await second.fill("Name of Mei Baker", "Mei Baker-Lin");
  await first.field("Name of Mei Baker-Lin").waitFor();
  await first.fill("Name of Valeria Ramirez", "Val Ramirez");
  await second.field("Name of Val Ramirez").waitFor();
  await first.saved();
  await second.saved();
  assert.deepEqual((await first.saveSchoolFile()).json, (await second.saveSchoolFile()).json);

  // A draft begun before the other tab's save is not saved over it: the person is told.
  await first.fill("Most teaching periods a day of Nia Allen", "99");
  await first.page
    .getByText(/^Not saved yet/)
    .first()
    .waitFor();
  await second.fill("Name of Kira Kaur", "Kira Kaur-Singh");
  await second.saved();
  await first.fill("Most teaching periods a day of Nia Allen", "5");
  const banner = first.alert().filter({ hasText: "Changed in another tab" });
  await banner.waitFor();
  await first.page.screenshot({ path: join(resultsDir, "storage-conflict.png") });
  await banner.getByRole("button", { name: "Reload the saved school" }).click();
  await first.field("Name of Kira Kaur-Singh").waitFor();
  assert.equal(await first.field("Most teaching periods a day of Nia Allen").inputValue(), "6");
  await first.saved();
}

export async function movesASchoolToTheTrashAndBack({ page, baseUrl, resultsDir }: E2eContext) {
  const app = new SetupPage(page, baseUrl);
  await app.open();
  await app.newSchool();
  await app.saved();
  assert.deepEqual(await app.schools(), ["New school", "Lincoln Middle School"]);

  // No question: the trash loses nothing. The app opens the other school, on the same part.
  await app.part("Files & backup");
  await app.button("Move this school to the trash").click();
  await app.page.getByRole("heading", { level: 1, name: "Lincoln Middle School" }).waitFor();
  assert.deepEqual(await app.schools(), ["Lincoln Middle School"]);
  const trash = page.getByRole("list", { name: "Schools in the trash" });
  await trash.getByText("New school").waitFor();
  await page.screenshot({ path: join(resultsDir, "storage-trash.png"), fullPage: true });

  await app.button("Restore New school").click();
  await app.page.getByRole("heading", { level: 1, name: "New school" }).waitFor();
  assert.deepEqual(await app.schools(), ["New school", "Lincoln Middle School"]);
  await trash.waitFor({ state: "detached" });

  // Deleting for good asks first; Cancel keeps the school in the trash.
  await app.button("Move this school to the trash").click();
  await app.page.getByRole("heading", { level: 1, name: "Lincoln Middle School" }).waitFor();
  await app.button("Delete New school for good").click();
  await app.dialog().getByRole("button", { name: "Cancel" }).click();
  await trash.getByText("New school").waitFor();
  await app.button("Delete New school for good").click();
  await app.dialog().getByRole("button", { name: "Delete for good" }).click();
  await trash.waitFor({ state: "detached" });

  await app.reload();
  assert.deepEqual(await app.schools(), ["Lincoln Middle School"]);
  await app.part("Files & backup");
  assert.equal(await trash.count(), 0);
}
