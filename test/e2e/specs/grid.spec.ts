// The grid in Chromium: drag with the mouse, a finger and the keyboard only, refused drops and their
// reasons, pins and Re-solve, undo after a reload, and the first render of the largest school.
// Which drop is legal is decided here in Node by the same move rules, on the same files, so the
// test knows what the page must say without hard-coding it.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseSchedule, parseSchool } from "../../../solver/format/index.ts";
import type { Placement, Schedule, School, Section } from "../../../solver/model/format.ts";
import { resolveSchool } from "../../../solver/model/resolve.ts";
import { checkMove, type MoveVerdict, type ReasonKind } from "../../../solver/moves/index.ts";
import { buildOccupancy, validateSchedule } from "../../../solver/validate/index.ts";
import type { E2eContext } from "../harness.ts";
import { GridPage } from "../pages/grid-page.ts";

const INSTANCES = new URL("../../../../shared/instances/", import.meta.url);

type Files = { schoolText: string; scheduleText: string; school: School; schedule: Schedule };

async function load(name: string): Promise<Files> {
  const schoolText = await readFile(new URL(`${name}.school.json`, INSTANCES), "utf8");
  const scheduleText = await readFile(new URL(`${name}.planted.json`, INSTANCES), "utf8");
  const school = parseSchool(schoolText);
  const schedule = parseSchedule(scheduleText);
  assert.ok(school.ok && schedule.ok, `${name} parses`);
  return { schoolText, scheduleText, school: school.value, schedule: schedule.value };
}

/** A meeting to drag and a cell of its teacher's row, chosen by what the move rules say. */
type Pick = {
  section: string;
  teacher: string;
  from: { day: string; period: string };
  to: { day: string; period: string };
  verdict: MoveVerdict;
};

function pickMove(files: Files, want: "allowed" | ReasonKind, skip: readonly string[] = []): Pick {
  const model = resolveSchool(files.school);
  const occ = buildOccupancy(model, files.schedule);
  for (const [id, m] of occ.meetings.entries()) {
    if (!m) continue;
    const section = model.sections[m.section]!;
    if (section.teachers.length !== 1 || section.pins.length > 0 || skip.includes(section.id)) {
      continue;
    }
    for (let day = 0; day < model.dayCount; day++) {
      for (let period = 0; period < model.periodCount; period++) {
        const verdict = checkMove(occ, { kind: "meeting", meeting: id, day, period, room: null });
        if (verdict.unchanged) continue;
        const fits = want === "allowed" ? verdict.allowed : verdict.reasons[0]?.kind === want;
        if (!fits) continue;
        return {
          section: section.id,
          teacher: model.teachers[section.teachers[0]!]!.name,
          from: { day: model.dayIds[m.day]!, period: model.periodIds[m.period]! },
          to: { day: model.dayIds[day]!, period: model.periodIds[period]! },
          verdict,
        };
      }
    }
  }
  throw new Error(`no ${want} move in ${files.school.name}`);
}

async function openGrid({ page, baseUrl }: E2eContext, files: Files): Promise<GridPage> {
  const grid = new GridPage(page, baseUrl, files.school);
  await grid.openWith(files.schoolText, files.scheduleText);
  return grid;
}

/** A legal move of high-s-1, dragged with the mouse or a finger, until the grid says it is done. */
async function dragALegalMove(ctx: E2eContext, by: "mouse" | "finger") {
  const files = await load("high-s-1");
  const move = pickMove(files, "allowed");
  const grid = await openGrid(ctx, files);
  await grid.search(move.teacher);
  const source = grid.cell(move.teacher, move.from.day, move.from.period);
  const target = grid.cell(move.teacher, move.to.day, move.to.period);
  const drag = by === "mouse" ? grid.dragTo.bind(grid) : grid.touchDragTo.bind(grid);
  await drag(grid.chipIn(source, move.section), target, /OK/);
  await grid
    .notice()
    .filter({ hasText: `Move ${move.section} to ${move.to.day} period ${move.to.period}: done.` })
    .waitFor();
  await grid.chipIn(target, move.section).waitFor();
  return { grid, move, source };
}

export async function dragsASectionToALegalCellAndKeepsItAfterAReload(ctx: E2eContext) {
  const { grid, move } = await dragALegalMove(ctx, "mouse");
  await ctx.page.screenshot({ path: join(ctx.resultsDir, "grid-after-move.png") });
  await grid.saved(`Move ${move.section} to ${move.to.day} period ${move.to.period}`);

  await grid.reload();
  await grid.search(move.teacher);
  await grid.chipIn(grid.cell(move.teacher, move.to.day, move.to.period), move.section).waitFor();
  assert.equal(
    await grid
      .chipIn(grid.cell(move.teacher, move.from.day, move.from.period), move.section)
      .count(),
    0,
  );
}

export async function dragsASectionWithAFinger(ctx: E2eContext) {
  const { grid, move, source } = await dragALegalMove(ctx, "finger");
  assert.equal(await grid.chipIn(source, move.section).count(), 0);
}

export async function refusesAnIllegalDropAndSaysWhy(ctx: E2eContext) {
  const files = await load("high-s-1");
  const move = pickMove(files, "teacher-busy");
  const grid = await openGrid(ctx, files);
  await grid.search(move.teacher);
  const source = grid.cell(move.teacher, move.from.day, move.from.period);
  const target = grid.cell(move.teacher, move.to.day, move.to.period);
  const shown = await grid.dragTo(grid.chipIn(source, move.section), target, /Teacher busy/);
  assert.match(shown, /Teacher busy/);
  const reason = move.verdict.reasons[0]!;
  await grid
    .notice()
    .filter({ hasText: `Not moved. Teacher busy: ${reason.message}` })
    .waitFor();
  await ctx.page.screenshot({ path: join(ctx.resultsDir, "grid-refused.png") });
  await grid.chipIn(source, move.section).waitFor();
  assert.equal(await grid.chipIn(target, move.section).count(), 0);
  assert.ok(await grid.undoButton().isDisabled(), "nothing was saved, so nothing to undo");
}

export async function movesAMeetingWithTheKeyboardOnly(ctx: E2eContext) {
  const files = await load("high-s-1");
  const move = pickMove(files, "allowed");
  const grid = await openGrid(ctx, files);
  await grid.search(move.teacher);
  const periods = files.school.calendar.periods.map((p) => p.id);
  const column = (s: { day: string; period: string }) =>
    files.school.calendar.days.findIndex((d) => d.id === s.day) * periods.length +
    periods.indexOf(s.period);
  const steps = column(move.to) - column(move.from);
  const chip = grid.chipIn(grid.cell(move.teacher, move.from.day, move.from.period), move.section);
  await chip.focus();
  await ctx.page.keyboard.press("Space");
  const heard = ctx.page.locator('[id^="DndLiveRegion"]');
  await heard
    .filter({ hasText: `Picked up ` })
    .filter({ hasText: `section ${move.section}` })
    .waitFor({ state: "attached" });
  await ctx.page.locator(".grid-row-target").first().waitFor();
  for (let i = 0; i < Math.abs(steps); i++) {
    await ctx.page.keyboard.press(steps > 0 ? "ArrowRight" : "ArrowLeft");
  }
  const target = grid.cell(move.teacher, move.to.day, move.to.period);
  await target
    .locator(".grid-drop-over")
    .or(target.and(ctx.page.locator(".grid-drop-over")))
    .first()
    .waitFor();
  await heard
    .filter({ hasText: `Over ${move.to.day} period ${move.to.period}, ${move.teacher}. Allowed` })
    .waitFor({ state: "attached" });
  await ctx.page.keyboard.press("Space");
  await heard
    .filter({ hasText: `Move ${move.section} to ${move.to.day} period ${move.to.period}: done.` })
    .waitFor({ state: "attached" });
  await grid
    .notice()
    .filter({ hasText: `Move ${move.section} to ${move.to.day} period ${move.to.period}: done.` })
    .waitFor();
  await grid.chipIn(target, move.section).waitFor();
}

export async function undoesAMoveAfterAReload(ctx: E2eContext) {
  const files = await load("high-s-1");
  const move = pickMove(files, "allowed");
  const grid = await openGrid(ctx, files);
  await grid.search(move.teacher);
  const target = grid.cell(move.teacher, move.to.day, move.to.period);
  await grid.dragTo(
    grid.chipIn(grid.cell(move.teacher, move.from.day, move.from.period), move.section),
    target,
    /OK/,
  );
  await grid.chipIn(target, move.section).waitFor();
  await grid.saved(`Move ${move.section} to ${move.to.day} period ${move.to.period}`);
  await grid.reload();
  await grid.search(move.teacher);
  await grid.chipIn(grid.cell(move.teacher, move.to.day, move.to.period), move.section).waitFor();
  // Ctrl+Z typed in the search box would undo the typing: the person is back on the grid.
  const moved = grid.chipIn(grid.cell(move.teacher, move.to.day, move.to.period), move.section);
  await moved.focus();
  await ctx.page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLButtonElement>("[role=tabpanel] button")].some(
      (b) => b.textContent === "Undo" && !b.disabled && b.closest(".grid-actions"),
    ),
  );
  await ctx.page.keyboard.press("Control+z");
  await grid
    .chipIn(grid.cell(move.teacher, move.from.day, move.from.period), move.section)
    .waitFor();
  assert.equal(
    await grid.chipIn(grid.cell(move.teacher, move.to.day, move.to.period), move.section).count(),
    0,
  );
}

export async function pinsTwoSectionsAndReSolvesAroundThem(ctx: E2eContext) {
  const files = await load("high-s-1");
  const first = pickMove(files, "allowed");
  const second = pickMove(files, "allowed", [first.section]);
  const grid = await openGrid(ctx, files);
  await grid.search(first.teacher);
  const chipA = grid.chipIn(
    grid.cell(first.teacher, first.from.day, first.from.period),
    first.section,
  );
  await chipA.focus();
  await ctx.page.keyboard.press("p");
  await grid
    .notice()
    .filter({ hasText: `Pin ${first.section} at` })
    .waitFor();
  await grid
    .chipIn(grid.cell(first.teacher, first.from.day, first.from.period), first.section)
    .and(ctx.page.getByRole("button", { name: /pinned/ }))
    .waitFor();
  await grid
    .chipIn(grid.cell(second.teacher, second.from.day, second.from.period), second.section)
    .click();
  await ctx.page.getByRole("button", { name: `Pin ${second.section}` }).click();
  await grid
    .notice()
    .filter({ hasText: `Pin ${second.section} at` })
    .waitFor();

  const pins = (files.school.sections ?? []).reduce((n, s) => n + (s.pinned?.length ?? 0), 0) + 2;
  await ctx.page.getByRole("button", { name: `Re-solve around ${pins} pins` }).click();
  await ctx.page
    .getByText(`Re-solve around ${pins} pinned meetings: done`)
    .waitFor({ timeout: 25_000 });
  await ctx.page.screenshot({ path: join(ctx.resultsDir, "grid-resolved.png") });

  const schoolFile = await readFile(await (await grid.app.save()).path(), "utf8");
  const scheduleFile = await readFile(await (await grid.download()).path(), "utf8");
  const school = parseSchool(schoolFile);
  assert.ok(school.ok);
  const schedule = parseSchedule(scheduleFile, school.value);
  assert.ok(schedule.ok);
  for (const pick of [first, second]) {
    const section: Section = school.value.sections.find((s) => s.id === pick.section)!;
    assert.deepEqual(
      section.pinned?.map((p) => [p.day, p.period]),
      [[pick.from.day, pick.from.period]],
    );
    const placed: Placement[] = schedule.value.placements.filter((p) => p.section === pick.section);
    assert.deepEqual(
      placed.map((p) => [p.day, p.period, p.room]),
      section.pinned!.map((p) => [p.day, p.period, p.room]),
    );
  }
  assert.equal(schedule.value.status, "solved");
  assert.deepEqual(validateSchedule(resolveSchool(school.value), schedule.value), []);
  // A different schedule from the planted one: the solver really placed the rest again.
  assert.notDeepEqual(schedule.value.placements, files.schedule.placements);
}

async function firstRender(
  ctx: E2eContext,
  name: string,
): Promise<{ total: number; render: number }> {
  const files = await load(name);
  const grid = new GridPage(ctx.page, ctx.baseUrl, files.school);
  await grid.app.open();
  await grid.app.openFile("school.school.json", files.schoolText);
  await ctx.page.getByRole("heading", { level: 1, name: files.school.name }).waitFor();
  await grid.app.openFile("planted.schedule.json", files.scheduleText);
  await ctx.page.getByText(/Added planted\.schedule\.json/).waitFor({ state: "attached" });
  await grid.show();
  await grid.table().getByRole("row").last().waitFor();
  // No functions declared inside: the page runs this as written, without the test's helpers.
  const [total, render] = await ctx.page.evaluate(() =>
    ["grid:first-render", "grid:render"].map(
      (entry) => performance.getEntriesByName(entry)[0]?.duration ?? NaN,
    ),
  );
  const measured = { total: total ?? NaN, render: render ?? NaN };
  await ctx.page.screenshot({ path: join(ctx.resultsDir, `grid-${name}.png`) });
  return measured;
}

async function reportFirstRender(ctx: E2eContext, name: string, what: string): Promise<void> {
  const ms = await firstRender(ctx, name);
  assert.ok(Number.isFinite(ms.total), "the grid measured its first render");
  console.log(
    `        grid first render, ${name} (${what}): ${ms.total.toFixed(0)} ms from opening the ` +
      `tab to the painted grid, ${ms.render.toFixed(0)} ms of it rendering`,
  );
}

export async function rendersTheLargestHighSchoolQuickly(ctx: E2eContext) {
  await reportFirstRender(ctx, "high-l-1", "830 sections, 147 teachers");
}

export async function rendersTheLargestMiddleSchoolQuickly(ctx: E2eContext) {
  await reportFirstRender(ctx, "middle-l-1", "75 teachers, 5 days x 8 periods");
}

export async function keepsABrokenDropOnlyWhenAskedAndMarksIt(ctx: E2eContext) {
  const files = await load("high-s-1");
  const move = pickMove(files, "teacher-busy");
  const grid = await openGrid(ctx, files);
  await grid.search(move.teacher);
  await ctx.page.getByRole("checkbox", { name: /Place anyway/ }).check();
  const source = grid.cell(move.teacher, move.from.day, move.from.period);
  const target = grid.cell(move.teacher, move.to.day, move.to.period);
  await grid.dragTo(grid.chipIn(source, move.section), target, /Teacher busy/);
  const n = move.verdict.reasons.length;
  await grid
    .notice()
    .filter({ hasText: `kept although it breaks ${n} rule${n === 1 ? "" : "s"}` })
    .waitFor();
  const kept = grid.chipIn(target, move.section);
  await kept.waitFor();
  assert.match((await kept.getAttribute("aria-label")) ?? "", /breaks \d+ rules?$/);
  await ctx.page.getByText(/This schedule breaks \d+ rules?/).waitFor();
  await ctx.page.screenshot({ path: join(ctx.resultsDir, "grid-kept-anyway.png") });
  // Undo takes it back, and the schedule keeps every rule again.
  await grid.undoButton().click();
  await grid.chipIn(source, move.section).waitFor();
  await ctx.page.getByText("This schedule keeps every rule.").waitFor();
}
