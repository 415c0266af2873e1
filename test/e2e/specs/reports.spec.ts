// The Planning tab: a schedule of the sample school, generated in Node by the real solver and
// opened through the tab's file button; its figures must be the validator's, and a team's
// calendar file must hold every planning block of the term at the bell's times.
import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serializeSchedule } from "../../../solver/format/index.ts";
import type { Schedule, School } from "../../../solver/model/format.ts";
import { resolveSchool } from "../../../solver/model/resolve.ts";
import { solve } from "../../../solver/solve.ts";
import { validateSchedule } from "../../../solver/validate/index.ts";
import { parseIcs } from "../../app/calendar-parse.ts";
import type { E2eContext } from "../harness.ts";
import { GridPage } from "../pages/grid-page.ts";
import { ReportsPage } from "../pages/reports-page.ts";

const sampleUrl = new URL("../../../src/sample/sample-school.json", import.meta.url);
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

let solved: { school: School; schedule: Schedule; text: string } | undefined;

/** The sample school and a schedule the solver finds for it (once per run; it takes a second). */
async function sampleWithSchedule() {
  if (solved) return solved;
  const school = JSON.parse(await readFile(sampleUrl, "utf8")) as School;
  const schedule = solve(resolveSchool(school), { seed: 1, timeLimitMs: 20_000 });
  assert.equal(schedule.status, "solved", "the solver schedules the sample school");
  const text = serializeSchedule(schedule);
  // Through a real file on disk, as a person would pick it.
  const dir = await mkdtemp(join(tmpdir(), "commons-e2e-"));
  await writeFile(join(dir, "sample.schedule.json"), text);
  solved = { school, schedule, text: await readFile(join(dir, "sample.schedule.json"), "utf8") };
  return solved;
}

const minutesOf = (school: School, periodId: string): number => {
  const p = school.calendar.periods.find((x) => x.id === periodId)!;
  const [sh, sm] = p.start!.split(":").map(Number);
  const [eh, em] = p.end!.split(":").map(Number);
  return eh! * 60 + em! - (sh! * 60 + sm!);
};

export async function showsTheValidatorsFiguresForAGeneratedSchedule({
  page,
  baseUrl,
  resultsDir,
}: E2eContext) {
  const { school, schedule, text } = await sampleWithSchedule();
  const app = new ReportsPage(page, baseUrl);
  await app.open();
  await app.panel().getByText("Generate a schedule to see common planning").waitFor();
  await app.openScheduleFile("sample.schedule.json", text);
  await app.teamTable().waitFor();

  // The validator's word on which teams have all their planning.
  const violations = validateSchedule(resolveSchool(school), schedule);
  const teams = school.teams ?? [];
  const asked = teams.filter((t) => (t.planning?.perCycle ?? 0) > 0);
  const short = new Set(
    violations
      .filter((v) => v.rule.startsWith("planning-") || v.rule === "teacher-clash")
      .flatMap((v) => v.teams ?? []),
  );
  const complete = asked.filter((t) => !short.has(t.id)).length;
  const shown = await app.figure("Teams with all their common planning");
  assert.match(shown, new RegExp(`^${complete} of ${asked.length}\\b`));

  const rows = await app.teamRows();
  assert.equal(rows.size, teams.length);
  for (const team of teams) {
    const row = rows.get(team.name ?? team.id);
    assert.ok(row, `a row for ${team.id}`);
    if (!team.planning) {
      assert.match(row["Status"]!, /No planning requirement/);
      continue;
    }
    const slots = schedule.planning.filter((p) => p.team === team.id);
    const minutes = slots.reduce((sum, p) => sum + minutesOf(school, p.period), 0);
    assert.equal(row["Minutes per cycle"], `${minutes.toLocaleString("en-US")} minutes`, team.id);
    assert.match(row["Status"]!, new RegExp(`All ${team.planning.perCycle} slots? given`));
    assert.equal(row["Planning slots"]!.split("\n").length, team.planning.perCycle);
    // A weekday school: a session of 30+ minutes a slot, and under four a week is flagged.
    assert.equal(
      /fewer than the 4 recommended/.test(row["Sessions of 30+ minutes"]!),
      slots.length < 4,
    );
  }
  await page.screenshot({ path: join(resultsDir, "planning-dashboard.png"), fullPage: true });
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: join(resultsDir, "planning-dashboard-print.png"), fullPage: true });
}

export async function downloadsATeamsCalendar({ page, baseUrl, resultsDir }: E2eContext) {
  const { school, schedule, text } = await sampleWithSchedule();
  const app = new ReportsPage(page, baseUrl);
  await app.open();
  await app.openScheduleFile("sample.schedule.json", text);
  const team = (school.teams ?? []).find((t) => t.planning)!;
  await app.openTeam(team.name ?? team.id);
  await app.panel().getByRole("heading", { name: "Next dates" }).waitFor();
  await page.screenshot({ path: join(resultsDir, "planning-team.png"), fullPage: true });

  const download = await app.downloadCalendar();
  assert.match(download.suggestedFilename(), /\.ics$/);
  const events = parseIcs(await readFile(await download.path(), "utf8"));

  // Every term date whose weekday holds a planning slot, walked here by hand.
  const term = school.calendar.term!;
  const skip = new Set(term.skip ?? []);
  const slots = schedule.planning.filter((p) => p.team === team.id);
  const expected: string[] = [];
  for (
    let t = Date.parse(`${term.start}T00:00Z`);
    t <= Date.parse(`${term.end}T00:00Z`);
    t += 86_400_000
  ) {
    const iso = new Date(t).toISOString().slice(0, 10);
    if (skip.has(iso)) continue;
    const weekday = WEEKDAYS[new Date(t).getUTCDay()];
    for (const slot of slots.filter((s) => s.day === weekday)) {
      const p = school.calendar.periods.find((x) => x.id === slot.period)!;
      const ymd = iso.replaceAll("-", "");
      expected.push(`${ymd}T${p.start!.replace(":", "")}00-${ymd}T${p.end!.replace(":", "")}00`);
    }
  }
  assert.deepEqual(events.map((e) => `${e.DTSTART}-${e.DTEND}`).sort(), expected.sort());
  assert.equal(new Set(events.map((e) => e.UID)).size, events.length, "one identifier per event");
  assert.ok(events.every((e) => e.SUMMARY === `${team.name}: common planning`));
  await page
    .getByRole("status")
    .filter({ hasText: `${events.length} events` })
    .waitFor({ state: "attached" });
}

export async function linksTeamAndTeacherPagesWithTheGrid({
  page,
  baseUrl,
  resultsDir,
}: E2eContext) {
  const instance = new URL("../../../../shared/instances/middle-s-1", import.meta.url).pathname;
  const schoolText = await readFile(`${instance}.school.json`, "utf8");
  const school = JSON.parse(schoolText) as School;
  const grid = new GridPage(page, baseUrl, school);
  await grid.openWith(schoolText, await readFile(`${instance}.planted.json`, "utf8"));
  const team = (school.teams ?? []).find((t) => t.members.length > 1)!;
  const teamName = team.name ?? team.id;
  const member = school.teachers.find((t) => t.id === team.members[1])!;
  const app = new ReportsPage(page, baseUrl);
  await grid.app.selectTab("Planning");
  await app.openTeam(teamName);

  await app.panel().getByRole("link", { name: "Show in the grid" }).click();
  const gridPanel = page.getByRole("tabpanel", { name: "Grid" });
  await gridPanel.getByRole("radio", { name: "Teams" }).waitFor();
  assert.ok(await gridPanel.getByRole("radio", { name: "Teams" }).isChecked());
  const teamSelect = gridPanel.getByRole("combobox", { name: "Team", exact: true });
  assert.equal(await teamSelect.locator("option:checked").innerText(), teamName);
  await gridPanel.getByText(/^1 of \d+ rows$/).waitFor();
  await grid.table().getByRole("rowheader").getByRole("link", { name: teamName }).waitFor();
  await page.screenshot({ path: join(resultsDir, "planning-team-in-grid.png") });

  // The team filter stays on in the teacher view: the team's teachers, each a link to their page.
  await gridPanel.getByText("Teachers", { exact: true }).click();
  const memberLink = grid.table().getByRole("rowheader").getByRole("link", { name: member.name });
  await memberLink.first().click();
  const heading = app.panel().getByRole("heading", { level: 2, name: member.name });
  await heading.waitFor();
  // Choosing the tab by hand leaves the link's address, so the same link works a second time.
  await grid.app.selectTab("Grid");
  await memberLink.first().click();
  await heading.waitFor();

  // And back to the grid from the teacher's page, searched to them.
  await app.panel().getByRole("link", { name: "Show in the grid" }).click();
  const search = gridPanel.getByRole("searchbox", { name: "Search" });
  await search.waitFor();
  assert.equal(await search.inputValue(), member.name);
  assert.ok(await gridPanel.getByRole("radio", { name: "Teachers" }).isChecked());
}
