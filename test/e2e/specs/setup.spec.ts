// Building a school in the Setup tab, with everything kept across a reload (undo history too).
import assert from "node:assert/strict";
import { join } from "node:path";
import type { School } from "../../../solver/model/format.ts";
import type { E2eContext } from "../harness.ts";
import { SetupPage } from "../pages/setup-page.ts";

export async function buildsASmallSchoolAndFindsItAfterAReload({
  page,
  baseUrl,
  resultsDir,
}: E2eContext) {
  const app = new SetupPage(page, baseUrl);
  await app.open();
  await app.newSchool();

  await app.part("School & bells");
  await app.fill("School name", "Maple Grove School");
  await app.heading().filter({ hasText: "Maple Grove School" }).waitFor();
  await app.button("A/B rotation").click();
  await app.field("ID of day B").waitFor();
  await app.fill("Start of period 1", "07:55");
  // A period that ends before it starts: the parser's message appears beside that field, and
  // nothing is saved until it is fixed.
  await app.fill("End of period 2", "08:00");
  const endError = app.page.getByText("End must be later than start");
  await endError.waitFor();
  assert.equal(await app.field("End of period 2").getAttribute("aria-invalid"), "true");
  await app.page
    .getByText(/^Not saved yet/)
    .first()
    .waitFor();
  await app.fill("End of period 2", "09:45");
  await endError.waitFor({ state: "detached" });
  await app.page
    .getByRole("group", { name: "Lunch periods" })
    .getByRole("button", { name: "4" })
    .click();
  await app.page.screenshot({ path: join(resultsDir, "setup-bells.png"), fullPage: true });

  await app.part("Teachers");
  await app.add("Add teacher", { "New teacher's name": "Ana Lee" });
  await app.add("Add teacher", { "New teacher's name": "Ben Ortiz" });
  await app.fill("Most teaching periods a day of Ana Lee", "5");

  await app.part("Groups");
  await app.add("Add group", { "New group's name": "Grade 9" });
  await app.add("Add group", { "New group's name": "9A", "New group's parent": "Under Grade 9" });
  await app.fill("Students in group 9A", "25");

  await app.part("Sections");
  await app.add("Add section", {
    "New section's course": "Algebra 1",
    "New section's teacher": "Ana Lee",
    "New section's group": "9A",
  });
  await app.fill("Meetings of Algebra 1 (algebra-1-1)", "2");
  // A pinned meeting, typed as the import reads them: a period that does not exist is kept as
  // typed, with a message saying how to write it, until it is mended.
  await app.button("More about Algebra 1 (algebra-1-1)").click();
  await app.fill("Pinned meetings of Algebra 1 (algebra-1-1)", "A 9");
  const pinError = app.page.getByText("'A 9' is not a pinned meeting");
  await pinError.waitFor();
  assert.equal(
    await app.field("Pinned meetings of Algebra 1 (algebra-1-1)").getAttribute("aria-invalid"),
    "true",
  );
  await app.fill("Pinned meetings of Algebra 1 (algebra-1-1)", "A 1");
  await pinError.waitFor({ state: "detached" });

  await app.part("Teams");
  await app.add("Add team", {
    "New team's name": "Grade 9 team",
    "New team's first member": "Ana Lee",
  });
  await app.pick("Members of team Grade 9 team", "Ben Ortiz");
  await app.field("Lead of team Grade 9 team").selectOption({ label: "Ben Ortiz" });
  await app.fill("Planning periods a cycle of team Grade 9 team", "1");
  await app.saved();
  await app.page.screenshot({ path: join(resultsDir, "setup-teams.png"), fullPage: true });

  const before = (await app.saveSchoolFile()).json as School;
  assert.equal(before.name, "Maple Grove School");
  assert.deepEqual(
    before.calendar.days.map((d) => d.id),
    ["A", "B"],
  );
  assert.equal(before.calendar.periods[0]?.start, "07:55");
  assert.equal(before.calendar.periods[1]?.end, "09:45");
  assert.deepEqual(before.lunch, { periods: ["4"] });
  assert.deepEqual(before.teachers, [
    { id: "t-lee", name: "Ana Lee", maxTeachingPerDay: 5 },
    { id: "t-ortiz", name: "Ben Ortiz" },
  ]);
  assert.deepEqual(before.groups, [
    { id: "grade-9", name: "Grade 9" },
    { id: "9a", name: "9A", parent: "grade-9", size: 25 },
  ]);
  assert.deepEqual(before.sections, [
    {
      id: "algebra-1-1",
      course: "Algebra 1",
      teachers: ["t-lee"],
      groups: ["9a"],
      meetings: 2,
      pinned: [{ day: "A", period: "1" }],
    },
  ]);
  assert.deepEqual(before.teams, [
    {
      id: "team-grade-9-team",
      name: "Grade 9 team",
      members: ["t-lee", "t-ortiz"],
      planning: { perCycle: 1 },
      lead: "t-ortiz",
    },
  ]);

  await app.reload();
  assert.equal(await app.schoolName(), "Maple Grove School");
  assert.deepEqual((await app.saveSchoolFile()).json, before);
  await app.part("Sections");
  assert.equal(await app.field("Course of algebra-1-1").inputValue(), "Algebra 1");
  assert.deepEqual(await app.schools(), ["Maple Grove School", "Lincoln Middle School"]);
}

export async function undoesAnEditAfterAReload({ page, baseUrl }: E2eContext) {
  const app = new SetupPage(page, baseUrl);
  await app.open();
  await app.part("Teachers");
  await app.fill("Name of Mei Baker", "Mei Baker-Lin");
  await app.field("Name of Mei Baker-Lin").waitFor();
  await app.saved();

  await app.reload();
  await app.part("Teachers");
  const undo = app.button("Undo");
  assert.match((await undo.getAttribute("title")) ?? "", /Rename of Mei Baker/);
  await undo.click();
  await app.field("Name of Mei Baker").waitFor();
  assert.equal(await app.field("Name of Mei Baker").inputValue(), "Mei Baker");

  // The keyboard works too, outside text fields: redo, then undo again.
  await app.page.locator("body").click({ position: { x: 5, y: 5 } });
  await app.page.keyboard.press("Control+Shift+Z");
  await app.field("Name of Mei Baker-Lin").waitFor();
  await app.page.keyboard.press("Control+Z");
  await app.field("Name of Mei Baker").waitFor();
}

export async function asksWhatToDoWhenDeletingATeacherInUse({
  page,
  baseUrl,
  resultsDir,
}: E2eContext) {
  const app = new SetupPage(page, baseUrl);
  await app.open();
  await app.part("Teachers");
  await app.button("Delete teacher Mei Baker").click();
  const dialog = app.dialog();
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /ELA 6 \(ela-6a1\) would be left with no teacher/);
  await page.screenshot({ path: join(resultsDir, "setup-delete-teacher.png") });
  await dialog
    .getByLabel("Or give their sections and teams to")
    .selectOption({ label: "Nia Allen" });
  await dialog.getByRole("button", { name: "Replace with Nia Allen" }).click();
  await app.saved();
  assert.equal(await app.field("Name of Mei Baker").count(), 0);

  const school = (await app.saveSchoolFile()).json as School;
  assert.ok(!school.teachers.some((t) => t.id === "t-baker"));
  assert.ok(school.sections.find((s) => s.id === "ela-6a1")?.teachers.includes("t-allen"));
  assert.ok(!JSON.stringify(school).includes('"t-baker"'));
}

export async function marksPeriodsOffForARoomAndATeacher({
  page,
  baseUrl,
  resultsDir,
}: E2eContext) {
  const app = new SetupPage(page, baseUrl);
  await app.open();
  await app.part("Rooms");
  await app.button("Availability of room 201: Every period").click();
  const dialog = app.dialog();
  await dialog.getByText("When can room 201 be used?").waitFor();
  // A whole day from its row heading, then one period: what is off reads "off", not only a colour.
  await dialog.getByRole("button", { name: "All of Friday" }).click();
  const monday1 = dialog.getByRole("button", { name: "Monday Period 1", exact: true });
  await monday1.click();
  assert.equal(await monday1.getAttribute("aria-pressed"), "false");
  assert.equal((await monday1.innerText()).trim(), "off");
  await page.screenshot({ path: join(resultsDir, "setup-room-availability.png") });
  await dialog.getByRole("button", { name: "Save availability" }).click();
  await app.button("Availability of room 201: 9 periods off").waitFor();

  await app.part("Teachers");
  await app.button("Availability of Mei Baker: Every period").click();
  await dialog.getByText("When can Mei Baker teach?").waitFor();
  await dialog.getByRole("button", { name: "Period 8 on every day" }).click();
  await dialog.getByRole("button", { name: "Save availability" }).click();
  await app.saved();

  const school = (await app.saveSchoolFile()).json as School;
  const room = school.rooms?.find((r) => r.id === "201");
  assert.deepEqual(room?.unavailable, [
    { day: "Mon", period: "1" },
    ...["1", "2", "3", "4", "5", "6", "7", "8"].map((period) => ({ day: "Fri", period })),
  ]);
  assert.deepEqual(
    school.teachers.find((t) => t.id === "t-baker")?.unavailable,
    ["Mon", "Tue", "Wed", "Thu", "Fri"].map((day) => ({ day, period: "8" })),
  );

  // Kept across a reload, and one undo takes back the last change only.
  await app.reload();
  await app.part("Rooms");
  await app.button("Availability of room 201: 9 periods off").waitFor();
  await app.button("Undo").click();
  await app.part("Teachers");
  await app.button("Availability of Mei Baker: Every period").waitFor();
  await app.part("Rooms");
  await app.button("Availability of room 201: 9 periods off").waitFor();
}
