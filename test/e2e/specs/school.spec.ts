// The app opens on the built-in sample school, opens and saves school files.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { School } from "../../../solver/model/format.ts";
import type { E2eContext } from "../harness.ts";
import { SchoolPage } from "../pages/school-page.ts";

const sampleUrl = new URL("../../../src/sample/sample-school.json", import.meta.url);
const loadSample = async (): Promise<School> =>
  JSON.parse(await readFile(sampleUrl, "utf8")) as School;

/** Meetings per cycle by the spec's rule, counted here independently of the app's code. */
const meetingsPerCycle = (school: School): number =>
  school.sections.reduce(
    (sum, s) => sum + (s.meetings ?? s.allowedDays?.length ?? school.calendar.days.length),
    0,
  );

export async function opensOnTheSampleSchool({ page, baseUrl, resultsDir }: E2eContext) {
  const sample = await loadSample();
  const app = new SchoolPage(page, baseUrl);
  await app.open();

  assert.equal(await app.schoolName(), sample.name);
  assert.equal(await page.title(), `${sample.name} · Commons`);
  assert.equal(await app.count("Teachers"), sample.teachers.length);
  assert.equal(await app.count("Groups"), sample.groups?.length ?? 0);
  assert.equal(await app.count("Sections"), sample.sections.length);
  assert.equal(await app.count("Teams"), sample.teams?.length ?? 0);
  assert.equal(await app.count("Rooms"), sample.rooms?.length ?? 0);
  assert.equal(await app.count("Meetings per cycle"), meetingsPerCycle(sample));
  const planning = (sample.teams ?? []).reduce((sum, t) => sum + (t.planning?.perCycle ?? 0), 0);
  assert.equal(await app.count("Planning slots per cycle"), planning);

  const teams = sample.teams ?? [];
  assert.deepEqual(
    await app.teamNames(),
    teams.map((t) => t.name ?? t.id),
  );
  const first = teams[0];
  if (first) {
    const names = new Map(sample.teachers.map((t) => [t.id, t.name]));
    const members = (await app.membersOf(first.name ?? first.id)).map((m) =>
      m.replace(/ \(lead\)$/, ""),
    );
    assert.deepEqual(
      members,
      first.members.map((id) => names.get(id)),
    );
  }
  await page.screenshot({ path: join(resultsDir, "sample-school.png"), fullPage: true });
}

export async function opensASchoolFileAndRejectsABrokenOne({
  page,
  baseUrl,
  resultsDir,
}: E2eContext) {
  const sample = await loadSample();
  const app = new SchoolPage(page, baseUrl);
  await app.open();

  const renamed = { ...sample, name: "Opened From Disk Middle School" };
  await app.openFile("renamed.school.json", JSON.stringify(renamed));
  await page.getByRole("heading", { level: 1, name: renamed.name }).waitFor();
  assert.equal(await app.count("Teachers"), sample.teachers.length);

  const firstSection = sample.sections[0];
  assert.ok(firstSection, "the sample has sections");
  const broken = {
    ...sample,
    name: "Broken School",
    sections: [{ ...firstSection, teachers: ["t-nobody"] }, ...sample.sections.slice(1)],
  };
  await app.openFile("broken.school.json", JSON.stringify(broken));
  await app.problems().waitFor();
  const alert = await app.problems().innerText();
  assert.match(alert, /broken\.school\.json/);
  assert.match(alert, /t-nobody/);
  assert.equal(await app.schoolName(), renamed.name, "the open school is unchanged");
  await page.screenshot({ path: join(resultsDir, "rejected-file.png") });

  await app.openFile("not-json.school.json", "{ this is not json");
  await page.getByRole("alert").getByText("not-json.school.json", { exact: false }).waitFor();
  assert.equal(await app.schoolName(), renamed.name);

  // A spreadsheet is not a school file: the person is sent to the CSV import instead.
  await app.openFile("teachers.csv", "Last Name,First Name\nLee,Ana\n");
  const csvAlert = page.getByRole("alert").filter({ hasText: "teachers.csv" });
  await csvAlert.waitFor();
  assert.match(await csvAlert.innerText(), /use Import CSV/);
  assert.equal(await app.schoolName(), renamed.name);
}

export async function savesTheSchoolItShows({ page, baseUrl }: E2eContext) {
  const sample = await loadSample();
  const app = new SchoolPage(page, baseUrl);
  await app.open();
  const download = await app.save();
  assert.match(download.suggestedFilename(), /\.school\.json$/);
  const path = await download.path();
  const saved = JSON.parse(await readFile(path, "utf8")) as unknown;
  assert.deepEqual(saved, sample);
}

export async function switchesTabsWithTheKeyboard({ page, baseUrl }: E2eContext) {
  const app = new SchoolPage(page, baseUrl);
  await app.open();
  await page.getByRole("tab", { name: "School" }).focus();
  await page.keyboard.press("ArrowRight");
  const schedule = page.getByRole("tab", { name: "Schedule" });
  assert.equal(await schedule.getAttribute("aria-selected"), "true");
  assert.ok(await schedule.evaluate((el) => el === document.activeElement));
  await page.getByRole("tabpanel", { name: "Schedule" }).waitFor();
  await page.keyboard.press("End");
  assert.equal(
    await page.getByRole("tab", { name: "Setup" }).getAttribute("aria-selected"),
    "true",
  );
  await page.keyboard.press("Home");
  await page.getByRole("heading", { name: "Teams", level: 2 }).waitFor();
}
