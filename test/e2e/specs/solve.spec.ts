// Generating a schedule in the browser: the solver runs in a worker, the page stays usable, the
// answer is checked by the UI's validator and again here in Node from the downloaded file, and a
// long search can be cancelled.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseSchedule, parseSchool } from "../../../solver/format/index.ts";
import type { School } from "../../../solver/model/format.ts";
import { resolveSchool } from "../../../solver/model/resolve.ts";
import { validateSchedule } from "../../../solver/validate/index.ts";
import type { E2eContext } from "../harness.ts";
import { SchedulePage } from "../pages/schedule-page.ts";

const sampleUrl = new URL("../../../src/sample/sample-school.json", import.meta.url);

/** The sample solves in a few seconds; a slow, shared machine gets ample room. */
const SOLVE_WAIT_MS = 60_000;

export async function generatesAScheduleThatPassesTheValidator({
  page,
  baseUrl,
  resultsDir,
}: E2eContext) {
  const parsed = parseSchool(await readFile(sampleUrl, "utf8"));
  assert.ok(parsed.ok, "the sample school parses");
  const school = parsed.value;
  const app = new SchedulePage(page, baseUrl);
  await app.open();
  await app.showSchedule();
  assert.equal(await app.seed().inputValue(), "1");
  assert.equal(await app.timeLimit().inputValue(), "30");

  await app.generate({ seed: 1 });
  const status = await app.waitForResult(SOLVE_WAIT_MS);
  assert.match(status, /Solved/);
  assert.match(await app.verdict(), /(^|\s)Checked: 0 rule violations$/);
  await app
    .result()
    .getByText(/^Saved as version/)
    .waitFor();

  // Never trust the page's word either: validate the downloaded file here, in Node.
  const download = await app.downloadSchedule();
  assert.match(download.suggestedFilename(), /\.schedule\.json$/);
  const text = await readFile(await download.path(), "utf8");
  const schedule = parseSchedule(text, school);
  assert.ok(schedule.ok, `the downloaded schedule parses: ${JSON.stringify(schedule)}`);
  assert.equal(schedule.value.status, "solved");
  assert.deepEqual(validateSchedule(resolveSchool(school), schedule.value), []);

  // One row per teacher, and every team's planning visible in the table.
  const table = app.timetable();
  assert.equal(await table.locator("tbody th[scope=row]").count(), school.teachers.length);
  const planningCells = await table.getByRole("cell", { name: /^Plan: / }).count();
  const expected = (school.teams ?? []).reduce(
    (sum, t) => sum + (t.planning?.perCycle ?? 0) * t.members.length,
    0,
  );
  assert.equal(planningCells, expected);
  await page.screenshot({ path: join(resultsDir, "solve-result.png"), fullPage: true });
}
generatesAScheduleThatPassesTheValidator.timeoutMs = SOLVE_WAIT_MS + 30_000;

/**
 * Three sections that pairwise share a teacher, in two periods: impossible, and no cheap count
 * shows it, so the search runs until it is stopped.
 */
const endlessSchool: School = {
  format: "commons-school/1",
  name: "Triangle School",
  calendar: { days: [{ id: "Mon" }], periods: [{ id: "1" }, { id: "2" }] },
  teachers: [
    { id: "a", name: "A" },
    { id: "b", name: "B" },
    { id: "c", name: "C" },
  ],
  sections: [
    { id: "x", course: "X", teachers: ["a", "b"] },
    { id: "y", course: "Y", teachers: ["b", "c"] },
    { id: "z", course: "Z", teachers: ["c", "a"] },
  ],
};

export async function staysUsableWhileSearchingAndCancels({
  page,
  baseUrl,
  resultsDir,
}: E2eContext) {
  const app = new SchedulePage(page, baseUrl);
  await app.open();
  await app.openSchoolFile(
    "triangle.school.json",
    JSON.stringify(endlessSchool),
    endlessSchool.name,
  );
  await app.showSchedule();

  await app.generate({ timeLimitSeconds: 120 });
  await app.progressText().waitFor();
  assert.equal(await app.generateButton().isDisabled(), true);
  await page.screenshot({ path: join(resultsDir, "solve-running.png") });

  // The search runs in a worker: the page answers while it works.
  await app.selectTab("School");
  await page.getByRole("tabpanel", { name: "School" }).waitFor();
  await app.showSchedule();
  await app.progress().waitFor();

  await app.cancelButton().click();
  await app.cancelled().waitFor();
  assert.equal(await app.generateButton().isEnabled(), true);
  assert.equal(await app.progress().count(), 0);
  assert.equal(await app.cancelButton().count(), 0);

  // A fresh worker takes the next job.
  await app.generate({ timeLimitSeconds: 1 });
  assert.match(await app.waitForResult(15_000), /No schedule found/);
  assert.ok(
    (await app.result().getByRole("list", { name: "Why" }).getByRole("listitem").count()) > 0,
  );
}
