// Importing a real school from CSV files through the dialog: files chosen with the file input,
// columns guessed, a problem fixed in the preview, the school stored and found after a reload.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { E2eContext } from "../harness.ts";
import { ImportPage } from "../pages/import-page.ts";
import { SchoolPage } from "../pages/school-page.ts";

// Excel's "CSV UTF-8": a byte order mark, CRLF, last and first names in two columns.
const TEACHERS =
  "\uFEFFLast Name,First Name,Department,Email\r\n" +
  "Lee,Ana,Math,ana.lee@example.org\r\n" +
  "Lee,Alan,Science,alan.lee@example.org\r\n" +
  'Ortiz,Ben,"English, Drama",ben.ortiz@example.org\r\n' +
  "Núñez,Sofía,World Languages,sofia.nunez@example.org\r\n" +
  "Chen,Wei,Math,wei.chen@example.org\r\n";

// A student information system's master schedule; row 7 names "Lee, A", who could be two people.
const SECTIONS =
  "Course Name,Section #,Teacher,Period,Days,Max Enrollment,Department\r\n" +
  "Algebra 1,1,Ana Lee,1,MTWRF,28,Math\r\n" +
  'Algebra 1,2,"Lee, Ana",2,MTWRF,28,Math\r\n' +
  "Biology,1,Alan Lee,3,M W F,24,Science\r\n" +
  'English 6,1,"Ortiz, Ben",1,MTWRF,30,English\r\n' +
  "Spanish 1,1,Sofía Núñez,3,TR,25,World Languages\r\n" +
  'Statistics,1,"Lee, A",4,MTWRF,28,Math\r\n' +
  "Geometry,1,Wei Chen,5,MTWRF,28,Math\r\n";

export async function importsTeachersAndSectionsIntoANewSchool({
  page,
  baseUrl,
  resultsDir,
}: E2eContext) {
  const app = new SchoolPage(page, baseUrl);
  await app.open();
  const sampleName = await app.schoolName();
  const wizard = new ImportPage(page);
  await wizard.open();
  await wizard.chooseFiles([
    { name: "teachers.csv", text: TEACHERS },
    { name: "sections.csv", text: SECTIONS },
  ]);
  await page.screenshot({ path: join(resultsDir, "import-files.png") });
  await wizard.next();

  // The guesses, accepted as they are.
  assert.equal(await wizard.columnField("teachers.csv", "Last Name"), "Last Name");
  assert.equal(await wizard.columnField("teachers.csv", "Department"), "Departments");
  assert.equal(await wizard.columnField("sections.csv", "Course Name"), "Course");
  assert.equal(await wizard.columnField("sections.csv", "Section #"), "Section #");
  assert.equal(await wizard.columnField("sections.csv", "Teacher"), "Teachers");
  assert.equal(await wizard.columnField("sections.csv", "Period"), "Periods");
  assert.equal(await wizard.columnField("sections.csv", "Max Enrollment"), "Size");
  await page.screenshot({ path: join(resultsDir, "import-columns.png") });
  await wizard.next();

  await wizard.waitForStatus("1 problem must be fixed");
  assert.deepEqual(await wizard.problems(), [
    "sections.csv row 7, column Teacher: 'Lee, A' matches two teachers: Ana Lee, Alan Lee. " +
      "Write the full name or the ID (t-lee, t-alan-lee).",
  ]);
  const problem = await wizard
    .preview("sections.csv")
    .getByText("matches two teachers")
    .innerText();
  assert.match(problem, /Column Teacher:\s*'Lee, A' matches two teachers: Ana Lee, Alan Lee/);
  assert.equal(
    await wizard.importButton().isDisabled(),
    true,
    "nothing can be stored with a problem",
  );
  await page.screenshot({ path: join(resultsDir, "import-preview-problem.png") });
  await wizard.dialog().getByLabel("sections.csv row 7, Teacher").scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(resultsDir, "import-inline-fix.png") });

  await wizard.fixCell("sections.csv", 7, "Teacher", "Alan Lee");
  await wizard.waitForStatus("Ready to import");
  assert.deepEqual(await wizard.summary(), [
    "teachers.csv: 5 new teachers",
    "sections.csv: 7 new sections",
  ]);
  await wizard.intoNewSchool("Imported Middle School");
  await page.screenshot({ path: join(resultsDir, "import-preview-ready.png") });
  await wizard.confirm();

  await page.getByRole("heading", { level: 1, name: "Imported Middle School" }).waitFor();
  assert.equal(await app.count("Teachers"), 5);
  assert.equal(await app.count("Sections"), 7);
  await page.screenshot({ path: join(resultsDir, "import-done.png"), fullPage: true });

  // Stored: after a reload the school is still there, and its lists export as imported.
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Imported Middle School" }).waitFor();
  assert.equal(await app.count("Sections"), 7);
  await wizard.open();
  const teachers = await readFile(await (await wizard.exportList("Teachers")).path(), "utf8");
  for (const name of ["Ana Lee", "Alan Lee", "Ben Ortiz", "Sofía Núñez", "Wei Chen"]) {
    assert.ok(teachers.includes(name), `${name} is stored`);
  }
  const sections = await readFile(await (await wizard.exportList("Sections")).path(), "utf8");
  assert.match(sections, /statistics-1,Statistics,Math,t-alan-lee,/);
  assert.match(sections, /algebra-1-2,Algebra 1,Math,t-lee,/);
  await wizard.cancel();
  assert.notEqual(await app.schoolName(), sampleName);
}

export async function mergesIntoTheOpenSchoolAndRemembersColumns({ page, baseUrl }: E2eContext) {
  const app = new SchoolPage(page, baseUrl);
  await app.open();
  const teachersBefore = await app.count("Teachers");
  const file = {
    name: "staff.csv",
    text: "Instructor Full Name,Subject Area\nMarta Quispe,Math\n",
  };
  const wizard = new ImportPage(page);
  await wizard.open();
  await wizard.chooseFiles([file]);
  await wizard.next();
  assert.equal(await wizard.columnField("staff.csv", "Instructor Full Name"), "Not imported");
  await wizard.mapColumn("staff.csv", "Instructor Full Name", "Name");
  await wizard.mapColumn("staff.csv", "Subject Area", "Departments");
  await wizard.next();
  await wizard.waitForStatus("Ready to import");
  assert.deepEqual(await wizard.summary(), ["staff.csv: 1 new teacher"]);
  await wizard.confirm();
  await page
    .getByRole("status")
    .filter({ hasText: "Imported staff.csv" })
    .waitFor({ state: "attached" });
  assert.equal(await app.count("Teachers"), teachersBefore + 1);

  // The same headers next time: the person's choices come back.
  await wizard.open();
  await wizard.chooseFiles([{ ...file, name: "staff-2.csv" }]);
  await wizard.next();
  assert.equal(await wizard.columnField("staff-2.csv", "Instructor Full Name"), "Name");
  assert.equal(await wizard.columnField("staff-2.csv", "Subject Area"), "Departments");
  await wizard.next();
  // Marta Quispe is now in the school: the row matches her by name and changes nothing.
  await wizard.waitForStatus("Ready to import");
  assert.deepEqual(await wizard.summary(), ["staff-2.csv: 1 unchanged"]);
  await wizard.cancel();
  assert.equal(await app.count("Teachers"), teachersBefore + 1);
}

export async function previewsAndStoresTwentyThousandRows({
  page,
  baseUrl,
  resultsDir,
}: E2eContext) {
  const app = new SchoolPage(page, baseUrl);
  await app.open();
  const teachers = ["Name"];
  for (let i = 0; i < 300; i++) teachers.push(`First${i} Last${i}`);
  const sections = ["Course Name,Section #,Teacher,Period,Days,Max Enrollment"];
  for (let i = 0; i < 20_000; i++) {
    const t = i % 300;
    sections.push(
      `Course ${i % 500},${Math.floor(i / 500) + 1},"Last${t}, First${t}",${(i % 7) + 1},MTWRF,25`,
    );
  }
  const wizard = new ImportPage(page);
  await wizard.open();
  await wizard.chooseFiles([
    { name: "big-teachers.csv", text: teachers.join("\n") },
    { name: "big-sections.csv", text: sections.join("\n") },
  ]);
  // The rows were read off the main thread, by the CSV worker.
  assert.ok(
    page.workers().some((w) => /csv\.worker/.test(w.url())),
    "the CSV worker runs",
  );
  await wizard.next();
  await wizard.next();
  await wizard.waitForStatus("Ready to import");
  const preview = wizard.preview("big-sections.csv");
  await preview.getByText("Rows 1–50 of 20,000").waitFor();
  assert.equal(await preview.getByRole("row").count(), 51, "one page of rows and the header");
  await preview.getByRole("button", { name: "Next" }).click();
  await preview.getByText("Rows 51–100 of 20,000").waitFor();
  assert.deepEqual(await wizard.summary(), [
    "big-teachers.csv: 300 new teachers",
    "big-sections.csv: 20,000 new sections",
  ]);
  await page.screenshot({ path: join(resultsDir, "import-20000-rows.png") });
  await wizard.intoNewSchool("Big District High");
  await wizard.confirm();
  await page.getByRole("heading", { level: 1, name: "Big District High" }).waitFor();
  assert.equal(await app.count("Sections"), 20_000);
  assert.equal(await app.count("Teachers"), 300);
}
