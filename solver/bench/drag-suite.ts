// The grid's drag check: while a meeting is dragged, every cell asks "may it go here, and if not,
// why?" with the validator's rules scoped to the move (solver/moves). This suite times one such
// check on the largest shared schools, over many random meeting/target pairs, next to a full
// validation of the same schedule: the check must stay well under a frame (16 ms) for a drag to
// feel smooth, and a whole drag's cells within a few frames.
import { existsSync, readFileSync } from "node:fs";
import { parseSchedule, parseSchool } from "../format/index.ts";
import { resolveSchool } from "../model/resolve.ts";
import { checkMove } from "../moves/index.ts";
import { randomMoves } from "../moves/random.ts";
import { buildOccupancy, checkOccupancy } from "../validate/index.ts";
import { median, percentile, worst } from "./stats.ts";
import type { BenchSuite, SuiteContext, SuiteReport } from "./suites.ts";
import { SHARED_INSTANCES } from "./solve-suite.ts";
import { formatTable } from "./table.ts";

/** The largest shared school of each kind. */
export const DRAG_SCHOOLS = ["high-l-1", "middle-l-1", "elementary-l-1"];

export type DragFigures = {
  school: string;
  checks: number;
  refused: number;
  medianUs: number;
  p95Us: number;
  worstUs: number;
  /** A whole drag: one meeting checked against every slot of the cycle. */
  dragMedianMs: number;
  slots: number;
  fullCheckMs: number;
};

const us = (ms: number): string => `${Math.round(ms * 1000).toLocaleString("en-US")} µs`;
const ms = (value: number): string => `${value.toFixed(2)} ms`;

export function measureDrag(name: string, checks: number, seed = 1): DragFigures | null {
  const schoolFile = `${SHARED_INSTANCES}${name}.school.json`;
  const scheduleFile = `${SHARED_INSTANCES}${name}.planted.json`;
  if (!existsSync(schoolFile) || !existsSync(scheduleFile)) return null;
  const school = parseSchool(readFileSync(schoolFile, "utf8"));
  const schedule = parseSchedule(readFileSync(scheduleFile, "utf8"));
  if (!school.ok || !schedule.ok) return null;
  const model = resolveSchool(school.value);
  const occ = buildOccupancy(model, schedule.value);

  const moves = randomMoves(model, occ, checks, seed);
  for (const move of moves.slice(0, Math.min(200, checks))) checkMove(occ, move); // warm-up
  const times: number[] = [];
  let refused = 0;
  for (const move of moves) {
    const start = performance.now();
    const verdict = checkMove(occ, move);
    times.push(performance.now() - start);
    if (!verdict.allowed) refused++;
  }

  // A drag as the grid does it: one meeting, every slot of the cycle.
  const drags: number[] = [];
  const meetings = occ.meetings.flatMap((m, id) => (m ? [id] : []));
  for (let i = 0; i < 30; i++) {
    const meeting = meetings[(i * 7919 + seed) % meetings.length]!;
    const start = performance.now();
    const cache = new Map(); // the grid shares what holds before the move across one drag
    for (let day = 0; day < model.dayCount; day++) {
      for (let period = 0; period < model.periodCount; period++) {
        checkMove(occ, { kind: "meeting", meeting, day, period, room: null }, cache);
      }
    }
    drags.push(performance.now() - start);
  }

  const full: number[] = [];
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    checkOccupancy(occ);
    full.push(performance.now() - start);
  }
  return {
    school: name,
    checks,
    refused,
    medianUs: median(times) * 1000,
    p95Us: percentile(times, 95) * 1000,
    worstUs: worst(times) * 1000,
    dragMedianMs: median(drags),
    slots: model.slotCount,
    fullCheckMs: median(full),
  };
}

export function dragTable(figures: readonly DragFigures[]): string[] {
  return formatTable(
    [
      { header: "school" },
      { header: "checks", align: "right" },
      { header: "refused", align: "right" },
      { header: "median", align: "right" },
      { header: "p95", align: "right" },
      { header: "worst", align: "right" },
      { header: "whole drag", align: "right" },
      { header: "full check", align: "right" },
    ],
    figures.map((f) => [
      f.school,
      f.checks.toLocaleString("en-US"),
      `${Math.round((100 * f.refused) / f.checks)}%`,
      us(f.medianUs / 1000),
      us(f.p95Us / 1000),
      us(f.worstUs / 1000),
      `${ms(f.dragMedianMs)} / ${f.slots} cells`,
      ms(f.fullCheckMs),
    ]),
  );
}

async function run({ options, progress }: SuiteContext): Promise<SuiteReport> {
  const checks = options.mode === "quick" ? 500 : options.mode === "full" ? 10_000 : 3000;
  const names = DRAG_SCHOOLS.filter(
    (n) => options.filter === null || n.includes(options.filter.toLowerCase()),
  );
  const figures: DragFigures[] = [];
  for (const name of names) {
    progress(`drag: ${name}, ${checks} checks`);
    const found = measureDrag(name, checks);
    if (found) figures.push(found);
    else progress(`drag: ${name} is missing from ${SHARED_INSTANCES}; skipped`);
  }
  await Promise.resolve();
  if (figures.length === 0) return { lines: ["No school to measure."], raw: [] };
  return {
    lines: [
      "One drop check (solver/moves checkMove): a random meeting or planning block to a random",
      "slot, the validator's rules scoped to the move, before and after, then undone. 'refused' is",
      "the share of random drops that break a rule. 'whole drag' is the median time to check one",
      "meeting against every slot of the cycle, sharing what holds before the move between the",
      "cells as the grid does when a drag starts. 'full check' is one validation of the whole",
      "schedule, for comparison. A frame is 16 ms; worst cases include pauses of a shared machine.",
      "",
      ...dragTable(figures),
    ],
    raw: figures,
  };
}

export const dragSuite: BenchSuite = {
  name: "drag",
  title: "the grid's drop check, per target cell",
  run,
};
