// The solver's public entry. Outcomes are values: a schedule whose status says solved, partial
// or infeasible (with an explanation); only bugs throw.
import type { Schedule } from "./model/format.ts";
import type { Model } from "./model/model.ts";
import { precheck } from "./explain/index.ts";
import { createRng } from "./rng.ts";
import { construct } from "./search/construct.ts";
import { chooseDaySets, keepToDays } from "./search/day-sets.ts";
import { placeDays } from "./search/days.ts";
import {
  buildNeighbours,
  DEFAULT_TUNING,
  localSearch,
  type LocalSearchResult,
  type Tuning,
} from "./search/local.ts";
import { learn, learnFromWorkDays, type Lessons } from "./search/lessons.ts";
import { scheduleBody } from "./search/output.ts";
import { shedConflicts } from "./search/partial.ts";
import { PENALTY_PARTS, SearchState } from "./search/state.ts";
import { choosePeriods, narrowToTemplate } from "./search/template.ts";
import { buildUnits, type Unit } from "./search/units.ts";
import { chooseWorkDays, workDayLimits } from "./search/work-days.ts";
import { validateSchedule } from "./validate/index.ts";

export type SolveProgress = {
  /** A short phase name for the UI ("checking", "placing", "repairing", ...). */
  phase: string;
  /** 0..1, a rough share of the work done. */
  fraction: number;
  /** Broken rules left (0 when solved). */
  conflicts: number;
};

export type SolveOptions = {
  seed?: number;
  /** Wall-clock budget in milliseconds (default 30 000). */
  timeLimitMs?: number;
  /** Place what can be placed and report the rest (status "partial") instead of "infeasible". */
  partial?: boolean;
  /** Cancels the search; the answer is then "infeasible" with an explanation saying so. */
  signal?: AbortSignal;
  onProgress?: (progress: SolveProgress) => void;
  /** The clock; injectable so tests and workers can supply their own. */
  now?: () => number;
  /** Search knobs for experiments and benchmarks; the defaults are measured (docs/adr). */
  tuning?: Partial<Tuning>;
};

export type SolveStats = { iterations: number; penalty: number; parts: Record<string, number> };

const RULE_NAMES: Record<(typeof PENALTY_PARTS)[number], string> = {
  teacherClash: "teachers teaching or planning twice at once",
  teacherUnavailable: "teachers scheduled when unavailable",
  groupClash: "student groups in two places at once",
  teacherDay: "teachers' daily limits, free periods and lunch",
  teacherCycle: "teachers' free periods over the cycle",
  fullDay: "full-day groups with a class every period and one lunch",
  split: "sections meeting twice a day or teams planning too often in a day",
  room: "rooms that fit every section",
};

export function solveWithStats(
  model: Model,
  options: SolveOptions = {},
): { schedule: Schedule; stats: SolveStats } {
  const now = options.now ?? (() => performance.now());
  const start = now();
  const deadline = start + (options.timeLimitMs ?? 30_000);
  const rng = createRng(options.seed ?? 1);
  const base = { format: "commons-schedule/1" as const, school: model.school.name };
  // Cheap necessary checks first: a proof that no complete schedule exists, with its numbers.
  // They say nothing about partial answers, which may leave meetings out.
  const unsearched = { iterations: 0, penalty: Infinity, parts: {} };
  const findings = options.partial ? [] : precheck(model);
  if (findings.length > 0) {
    return {
      schedule: infeasible(
        model,
        findings.map((f) => f.message),
      ),
      stats: unsearched,
    };
  }
  const { units, problems } = buildUnits(model);
  if (problems.length > 0) {
    return {
      schedule: infeasible(
        model,
        problems.map((p) => p.message),
      ),
      stats: unsearched,
    };
  }
  const tuning: Tuning = { ...DEFAULT_TUNING, ...options.tuning };
  let state = new SearchState(model, units);
  const neighbours = buildNeighbours(state);
  let stoppedBy: LocalSearchResult["stoppedBy"] = "stalled";
  let iterations = 0;
  // The best placement any run reached, for a partial answer.
  const best: { pos: Int32Array; violations: number } = {
    pos: new Int32Array(0),
    violations: Infinity,
  };
  const keepBest = (result: LocalSearchResult): void => {
    if (result.bestViolations < best.violations) {
      best.pos = result.best;
      best.violations = result.bestViolations;
    }
  };
  const search = (
    current: SearchState,
    phase: string,
    maxIterations: number,
    initial: number,
    phaseTuning: Tuning = tuning,
  ) =>
    localSearch(current, rng, neighbours, {
      deadline,
      now,
      signal: options.signal,
      tuning: phaseTuning,
      maxIterations,
      onIteration: () =>
        options.onProgress?.({
          phase,
          fraction: 1 - current.violations / initial,
          conflicts: current.violations,
        }),
    });
  const outOfTime = () => options.signal?.aborted === true || now() > deadline;

  // First, period templates (docs/adr/0002): each section and team planning gets one period from
  // aggregate counts, days are found with every unit held to its period, then every position
  // opens again for a short repair. Only schools with fullDay groups have the column structure
  // that makes this pay.
  const attempts = model.groups.some((g) => g.fullDay) ? tuning.templateAttempts : 0;
  // Teams' planning already sits in its column: ejection chains for it cost far more than they
  // find there (middle-m-1, seeds 1-10: 8 solved by the narrow search without, 3 with).
  const templateTuning: Tuning = { ...tuning, ejectPlanning: 0 };
  // Larger schools need longer searches (a generated 600-section elementary school found clean
  // templates in 27k-45k steps and its days in about 10k moves: 4 of 4 seeds solved, against 2
  // with the shared schools' 30k and 5k).
  const sections = model.sections.length;
  const templateSteps = Math.max(tuning.templateSteps, tuning.templateStepsPerSection * sections);
  // A new template that has found no fewer broken rules for a while seldom will: of middle-m-1's
  // templates (seeds 1-60, a scratch script), 12 of 87 ended unclean at 30k steps, their last
  // new best 1k to 15k steps in, and 71 of the 75 clean ones never waited 5k steps for one.
  // Giving up then (npm run bench:moves, 40 seeds) took middle-m-1's mean from 14.1k moves to
  // 8.1k and its slowest seed from 76k to 22k. The other schools measured kept their medians
  // (elementary-m-1 and -l-1, middle-l-1, generated middle 180 and 360 and elementary 300, 40
  // seeds; generated middle 720 and 1,300, 30 seeds), their means moving both ways by up to a
  // fifth, as 40 seeds' noise does (docs/adr/0012). Repairs are short anyway. (Measured before
  // docs/adr/0013, since which templates of middle-m-1 seldom sit one rule short: 1 of seeds
  // 1-40 at 30k steps.)
  const templateStall = Math.max(tuning.templateStall, tuning.templateStallPerSection * sections);
  const narrowMoves = Math.max(tuning.narrowMoves, tuning.narrowMovesPerSection * sections);
  // A large school's templates take long to come out clean, and the plain search after them
  // never came closer (the generated 720-section middle school, seeds 1-10, 10 s: 5 unsolved
  // with 500k moves of templates, 2 with no limit).
  const templateBudget = Math.max(
    tuning.templateBudget,
    tuning.templateBudgetPerSection * sections,
  );
  let solved = false;
  // After a clean template whose days could not be found, the next attempt starts from it with
  // what the failure taught (see learn): a few hundred steps move a class or two, where a new
  // template costs thousands.
  let lessons: Lessons | null = null;
  let strictReading = false;
  // New templates ask a team's tight members for a period to spare on its days, until one ends
  // unclean (docs/adr/0016): that reading is not a necessary condition, so a school where it
  // can never hold goes on with the one that is. The 1,300-section middle school, seeds 1-80:
  // a mean of 41.0k moves against 45.9k, fewer on 27 seeds and more on 18 (keeping the reading
  // after an unclean template as well took the same moves on seeds 1-40).
  let spareTeamDays = true;
  // The units of the current template and its repairs, kept to the working days chosen for it.
  let dayUnits = units;
  // Whether new templates get their part-week teachers' working days first (day-sets.ts): from
  // the first template whose days provably do not exist, on, or from the start where many
  // teachers are held back. Blind templates seldom have days there: none of the 7 clean ones of
  // seeds 1-8 on the generated 720-section middle school (40 held), against 2 of 8 failing on
  // the 360-section one (13 held) and none of 31 on the shared middle schools and the
  // 180-section one (5 to 10 held); a scratch script. Chosen from the start on those smaller
  // schools, they cost their first templates their quick clean ends (middle-m-1: a mean of 25k
  // moves against 8.7k, docs/adr/0010; gen-middle-180: a median of 35.5k against 15k, 20 seeds,
  // near what 20 seeds' noise can do, docs/adr/0011).
  const limits = workDayLimits(model, units);
  let heldCount = 0;
  for (const days of limits) if (days < model.dayCount) heldCount++;
  let daysFirst = heldCount >= tuning.daysFirstHeld;
  // The teachers whose days the current template's units were kept to: their lunch is read
  // strictly, one lunch period free on each of the days now known (in aggregate, free lunch-days
  // summed over the week left some of them a day without one).
  let daysChosenFor: number[] = [];
  for (
    let attempt = 0;
    attempt < attempts &&
    !solved &&
    iterations < Math.min(tuning.moveBudget, templateBudget) &&
    !outOfTime();
    attempt++
  ) {
    options.onProgress?.({
      phase: attempt === 0 ? "choosing periods" : `choosing periods (attempt ${attempt + 1})`,
      fraction: 0,
      // The fewest broken rules any attempt has reached so far.
      conflicts: Number.isFinite(best.violations) ? best.violations : state.violations,
    });
    // A teacher's lunch has two readings (a repair keeps its template's): free lunch-days in
    // aggregate, or one lunch period free on every day worked. Which one finds clean templates
    // depends on the school (npm run bench:template: elementary-l-1 9 of 10 clean in aggregate,
    // 7 strictly; gen-elementary-300 6 and 10; gen-elementary-600 19 and 4 of 30 in 60k steps),
    // so a new template keeps the reading until one of its templates ends unclean, then
    // switches. Alternating at every new template spent every second one of gen-elementary-600
    // on the reading that is seldom clean there (npm run bench:moves, 20 seeds: a mean of 83k
    // moves to a solution, against 127k with one seed unsolved, counted at its 600k budget).
    // Reading strictly only the teachers that lost a lunch (lessons.ts) measured better than
    // either for repairs.
    const strictLunch: boolean = lessons ? lessons.strictLunch : strictReading;
    // A repair that does not come quickly will not come (its cuts may leave no room): a tenth
    // of a new template's steps.
    const steps = lessons ? Math.ceil(templateSteps / 10) : templateSteps;
    if (!lessons && tuning.daySetNodes > 0 && daysFirst) {
      const days = chooseDaySets(model, units, rng, tuning.daySetNodes);
      dayUnits = days ? keepToDays(model, units, days) : units;
      daysChosenFor = days ? [...days.keys()] : [];
    }
    const template = choosePeriods(model, dayUnits, rng, steps, {
      shouldStop: outOfTime,
      ...lessons,
      strictLunchFor: [...(lessons?.strictLunchFor ?? []), ...daysChosenFor],
      strictLunch,
      spareTeamDays,
      stallSteps: lessons ? Infinity : templateStall,
    });
    iterations += template.steps;
    if (!lessons && template.penalty > 0) {
      strictReading = !strictReading;
      spareTeamDays = false;
    }
    // A template that ends far from clean does not find its days: of the unclean templates of
    // traced solves (30 seeds each of six shared and generated schools, a scratch script), 13
    // led to a solution, all 12 or fewer rules short; none of the 27 more than 12 short did, and
    // each cost its search held to it and a repair (elementary-l-1: 13 such of its 46 templates).
    // A repair that far off gives up its lessons too, as an unclean repair always has.
    if (template.penalty > tuning.hopelessTemplate) {
      lessons = null;
      continue;
    }
    let narrowUnits = narrowToTemplate(model, dayUnits, template.period, lessons?.workDays);
    // Part-week teachers' working days for the whole template first (work-days.ts), where the
    // school has such teachers: the day search goes period by period and cannot see that a
    // health teacher's classes must all fall on the same two days (middle-l-1, 10 seeds: median
    // 44.5k moves to a solution without, 9.5k with).
    if (tuning.workDayNodes > 0) {
      const chosen = chooseWorkDays(model, narrowUnits, rng, tuning.workDayNodes);
      if (chosen) iterations += chosen.nodes;
      // No day set tried: arc consistency alone found no days, whatever the template's penalty.
      if (chosen && !chosen.found && chosen.nodes === 0 && !daysFirst) {
        // The first such proof: the next template chooses days first, from scratch. Repairing
        // this one (blind to days, as the repair would be) never came clean on the generated
        // 720-section middle school (3 traced seeds), and skipping it took its mean from 115k
        // moves to 86k (seeds 1-10, scratch script); npm run bench:moves, 20 seeds, was level
        // on the shared and smaller generated schools. See docs/adr/0011-teacher-starts.md.
        daysFirst = true;
        lessons = null;
        continue;
      }
      if (chosen?.found) narrowUnits = chosen.units;
      else if (chosen && template.penalty === 0) {
        // A clean template whose working days cannot be chosen: its days do not exist, so the
        // narrow search is skipped and the template repaired at once.
        lessons = learnFromWorkDays(
          lessons,
          template.period,
          strictLunch,
          narrowUnits,
          chosen.culprit,
          tuning.maxLessons,
        );
        continue;
      }
    }
    // Typed, since lessons is assigned from it below (inference would go round in a circle).
    const narrow: SearchState = new SearchState(model, narrowUnits);
    // Days by backtracking where it finds them (days.ts), the greedy construction for the rest.
    if (tuning.dayNodesPerUnit > 0) {
      iterations += placeDays(
        narrow,
        rng,
        neighbours,
        tuning.dayNodesPerUnit,
        tuning.dayRestarts,
        outOfTime,
      ).nodes;
    }
    construct(narrow, rng, neighbours);
    const initial = Math.max(1, narrow.violations);
    // A search held to the template that stalls a rule or a few short tries the open search on
    // a copy before it goes on: most that fail sit there from early on, and the open search mends
    // them in a few moves (the 1,300-section middle school: 22,100 moves held first, on most
    // seeds). One rule short after a failed probe, where days were chosen first, it stops
    // there: going on never mended that, and the repair at once took the 1,300-section middle
    // school's median from 52.5k moves to 40.0k; without days first, going on moved the days
    // that the repair after it then mended (the 1,300-section elementary school: 12.8k moves
    // against 18.5k, seeds 31-60; docs/adr/0014-narrow-probe.md).
    const probing = tuning.narrowProbe > 0;
    let result = search(
      narrow,
      "placing days",
      narrowMoves,
      initial,
      probing ? { ...templateTuning, stallLimit: tuning.narrowProbe } : templateTuning,
    );
    iterations += result.iterations;
    keepBest(result);
    if (probing && result.stoppedBy === "stalled") {
      const nearClean = narrow.violations <= tuning.narrowProbeViolations;
      if (nearClean) {
        const probe = rebuild(model, units, narrow.pos);
        const probed = search(probe, "repairing", tuning.widenMoves, initial, templateTuning);
        iterations += probed.iterations;
        keepBest(probed);
        if (probe.violations === 0) {
          state = probe;
          solved = true;
          stoppedBy = "solved";
          break;
        }
      }
      if (!nearClean || !daysFirst || narrow.violations >= tuning.narrowGoOn) {
        result = search(
          narrow,
          "placing days",
          narrowMoves - result.iterations,
          initial,
          templateTuning,
        );
        iterations += result.iterations;
        keepBest(result);
      }
    }
    const solvedNarrow: boolean = narrow.violations === 0;
    lessons =
      template.penalty === 0 && !solvedNarrow
        ? learn(lessons, template.period, strictLunch, narrow, tuning.maxLessons)
        : null;
    let current = narrow;
    // What the narrow search could not finish gets a short repair with every position open
    // (a longer one only for near misses was measured worse: 4 of 10 middle-l-1 seeds timed out).
    if (narrow.violations > 0 && result.stoppedBy !== "cancelled" && result.stoppedBy !== "time") {
      current = rebuild(model, units, narrow.pos);
      result = search(current, "repairing", tuning.widenMoves, initial, templateTuning);
      iterations += result.iterations;
      keepBest(result);
    }
    state = current;
    solved = current.violations === 0;
    stoppedBy = result.stoppedBy === "iterations" && !solved ? "stalled" : result.stoppedBy;
  }

  // Then (at once for schools without fullDay groups, after templateBudget moves for the others)
  // restarts of the plain search: a run that stops improving starts over from a new
  // construction. The number of moves, not the clock, decides when, so the same seed always
  // gives the same schedule.
  for (let run = 0; !solved && stoppedBy === "stalled" && iterations < tuning.moveBudget; run++) {
    if (run > 0 || attempts > 0) state = new SearchState(model, units);
    options.onProgress?.({ phase: "placing", fraction: 0, conflicts: state.violations });
    construct(state, rng, neighbours);
    const result = search(
      state,
      run === 0 ? "searching" : `searching (restart ${run})`,
      tuning.moveBudget - iterations,
      Math.max(1, state.violations),
    );
    iterations += result.iterations;
    stoppedBy = result.stoppedBy;
    solved = state.violations === 0;
    keepBest(result);
  }
  const parts = Object.fromEntries(PENALTY_PARTS.map((name, i) => [name, state.parts[i]!]));
  const stats = { iterations, penalty: state.violations, parts };
  if (state.violations === 0) {
    return {
      schedule: {
        ...base,
        status: "solved",
        ...scheduleBody(state),
        unplaced: [],
        explanation: [],
      },
      stats,
    };
  }
  // The closest attempt, rebuilt: its broken rules are the ones worth naming, not those of
  // wherever the last run stopped (the generated 720-section middle school, seed 1, 10 s: the
  // last plain search stopped with 41 broken, the best template attempt had left 3).
  const closest = best.violations < Infinity ? rebuild(model, units, best.pos) : state;
  const hardest = PENALTY_PARTS.map((name, i) => [name, closest.parts[i]!] as const)
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([name, v]) => `${RULE_NAMES[name]} (${v})`);
  const why =
    stoppedBy === "cancelled"
      ? "The search was cancelled before it found a schedule."
      : `No complete schedule was found in the ${formatSeconds(options.timeLimitMs ?? 30_000)} allowed; that does not prove none exists.`;
  const explanation = [
    why,
    `The rules hardest to satisfy were: ${hardest.join("; ")}.`,
    // A person who cancelled knows why; the rest want to know what stood in the way.
    ...(stoppedBy === "cancelled" ? [] : closestBreaks(model, base, closest)),
  ];
  if (options.partial && best.violations < Infinity) {
    // Take out of the closest attempt what still breaks a rule.
    const shed = shedConflicts(closest);
    if (shed.ok) {
      return {
        schedule: {
          ...base,
          status: "partial",
          ...scheduleBody(closest),
          unplaced: shed.unplaced,
          explanation: [
            ...explanation,
            `${shed.unplaced.length} meeting(s) could not be placed; every team keeps all its planning slots.`,
          ],
        },
        stats,
      };
    }
  }
  return { schedule: infeasible(model, explanation), stats };
}

/** The search state with every unit at the given position (-1: left out). */
function rebuild(model: Model, units: Unit[], pos: Int32Array): SearchState {
  const state = new SearchState(model, units);
  pos.forEach((p, u) => {
    if (p >= 0) state.place(u, p);
  });
  return state;
}

/** Broken rules of the closest attempt the validator names first, with the people in them. */
const CLOSEST_EXAMPLES = 3;

/**
 * What the closest attempt still broke, in the validator's words: sentences that name the
 * teachers, groups and teams involved, where the search's own counts name only the rule.
 */
function closestBreaks(
  model: Model,
  base: { format: "commons-schedule/1"; school: string },
  closest: SearchState,
): string[] {
  const attempt: Schedule = {
    ...base,
    status: "solved",
    ...scheduleBody(closest),
    unplaced: [],
    explanation: [],
  };
  const violations = validateSchedule(model, attempt);
  if (violations.length === 0) return [];
  const shown = violations.slice(0, CLOSEST_EXAMPLES).map((v) => v.message);
  return [
    `The closest attempt broke ${violations.length} rule${violations.length === 1 ? "" : "s"}${
      violations.length > shown.length ? `, among them` : ""
    }:`,
    ...shown,
  ];
}

/** An answer that claims no timetable: only its explanation says anything. */
function infeasible(model: Model, explanation: string[]): Schedule {
  return {
    format: "commons-schedule/1",
    school: model.school.name,
    status: "infeasible",
    placements: [],
    planning: [],
    lunch: [],
    unplaced: [],
    explanation,
  };
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return s >= 10 ? `${Math.round(s)} s` : `${Number(s.toFixed(1))} s`;
}

export function solve(model: Model, options: SolveOptions = {}): Schedule {
  return solveWithStats(model, options).schedule;
}
