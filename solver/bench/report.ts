// The solver suite's tables, as lines of text built from the summaries alone (pure), so that a
// test can read them without running a solver.
import { fitPowerLaw, type PowerFit } from "./fit.ts";
import { KINDS } from "./cases.ts";
import { FET_FIGURES, describeFet, fetRatio, targetRows } from "./compare.ts";
import type { CaseSummary } from "./summary.ts";
import { describeOutcomes, describeVerdict, medianIsSolved, shortError } from "./summary.ts";
import { formatTable, heading, type Column } from "./table.ts";
import { formatKb, formatMs } from "./units.ts";

const R = "right" as const;

const count = (n: number): string => (Number.isFinite(n) ? n.toLocaleString("en-US") : "-");

const timingColumns: Column[] = [
  { header: "status" },
  { header: "verdict (validator)" },
  { header: "median", align: R },
  { header: "worst", align: R },
  { header: "first solve", align: R },
  { header: "iterations", align: R },
  { header: "peak RSS", align: R },
];

const timingCells = (s: CaseSummary): string[] => [
  describeOutcomes(s),
  describeVerdict(s),
  formatMs(s.medianMs),
  formatMs(s.worstMs),
  formatMs(s.firstMs),
  count(Math.round(s.medianIterations)),
  formatKb(s.peakRssKb),
];

export function sharedTable(summaries: readonly CaseSummary[]): string[] {
  const rows = summaries
    .filter((s) => s.bench.group === "shared")
    .map((s) => [
      s.bench.name,
      s.bench.expected,
      count(s.sections),
      count(s.meetings),
      String(s.bench.seeds.length),
      ...timingCells(s),
    ]);
  if (rows.length === 0) return [...heading("Shared schools"), "(none selected)"];
  return [
    ...heading("Shared schools (../shared/instances)"),
    ...formatTable(
      [
        { header: "school" },
        { header: "expected" },
        { header: "sections", align: R },
        { header: "meetings", align: R },
        { header: "seeds", align: R },
        ...timingColumns,
      ],
      rows,
    ),
  ];
}

/** Infeasible schools: how fast the answer came and what it said, beside the expected reason. */
export function infeasibleTable(
  summaries: readonly CaseSummary[],
  reasons: ReadonlyMap<string, string>,
): string[] {
  const chosen = summaries.filter((s) => s.bench.expected === "infeasible");
  if (chosen.length === 0) return [];
  const lines = [
    ...heading("Infeasible schools: time to answer and the first explanation sentence"),
    ...formatTable(
      [
        { header: "school" },
        { header: "answer" },
        { header: "median", align: R },
        { header: "worst", align: R },
        { header: "first solve", align: R },
      ],
      chosen.map((s) => [
        s.bench.name,
        describeOutcomes(s),
        formatMs(s.medianMs),
        formatMs(s.worstMs),
        formatMs(s.firstMs),
      ]),
    ),
  ];
  for (const s of chosen) {
    lines.push("", `${s.bench.name}:`);
    lines.push(
      `  said:     ${s.error !== null ? shortError(s.error) : (s.firstExplanation ?? "(no explanation: every run solved)")}`,
    );
    const reason = reasons.get(s.bench.name);
    if (reason !== undefined) lines.push(`  expected: ${reason}`);
  }
  return lines;
}

export function generatedTable(summaries: readonly CaseSummary[]): string[] {
  const rows = summaries
    .filter((s) => s.bench.group === "generated")
    .map((s) => [
      s.bench.name,
      s.bench.source.kind === "generated" ? count(s.bench.source.sections) : "-",
      count(s.sections),
      count(s.meetings),
      String(s.bench.seeds.length),
      ...timingCells(s),
    ]);
  if (rows.length === 0) return [...heading("Generated schools"), "(none selected)"];
  return [
    ...heading("Generated schools (generateSchool, school seed 1)"),
    ...formatTable(
      [
        { header: "school" },
        { header: "asked", align: R },
        { header: "sections", align: R },
        { header: "meetings", align: R },
        { header: "seeds", align: R },
        ...timingColumns,
      ],
      rows,
    ),
  ];
}

export type KindFit = { kind: string; fit: PowerFit | null; used: string[]; leftOut: string[] };

/**
 * Per kind, the fit through the generated schools' median times. A school whose median run is not
 * a validated solution is left out: its time is the budget, not the solver's growth.
 */
export function kindFits(summaries: readonly CaseSummary[]): KindFit[] {
  return KINDS.map((kind) => {
    const mine = summaries.filter((s) => s.bench.group === "generated" && s.bench.kind === kind);
    const used = mine.filter((s) => s.error === null && medianIsSolved(s));
    const fit = fitPowerLaw(used.map((s) => ({ n: s.sections, t: s.medianMs })));
    return {
      kind,
      fit,
      used: used.map((s) => count(s.sections)),
      leftOut: mine.filter((s) => !used.includes(s)).map((s) => s.bench.name),
    };
  });
}

export function fitTable(summaries: readonly CaseSummary[]): string[] {
  const rows = kindFits(summaries).map(({ kind, fit, used, leftOut }) => [
    kind,
    fit === null ? "-" : fit.b.toFixed(2),
    fit === null ? "-" : fit.a.toPrecision(3),
    fit === null ? "-" : fit.r2.toFixed(3),
    used.length === 0 ? "-" : used.join(", "),
    leftOut.length === 0 ? "" : `${leftOut.join(", ")} (not solved)`,
  ]);
  return [
    ...heading("Growth with size: median time = a * sections^b, least squares in log-log"),
    ...formatTable(
      [
        { header: "kind" },
        { header: "b", align: R },
        { header: "a (ms)", align: R },
        { header: "R^2", align: R },
        { header: "sections fitted" },
        { header: "left out" },
      ],
      rows,
    ),
    "b = 1 is linear growth, b = 2 quadratic; a fit needs two solved sizes, and two give R^2 = 1.",
  ];
}

export function fetTable(summaries: readonly CaseSummary[]): string[] {
  const byName = new Map(summaries.map((s) => [s.bench.name, s]));
  const rows = FET_FIGURES.map(({ school, figure }) => {
    const ours = byName.get(school);
    return [
      school,
      describeFet(figure),
      ours === undefined ? "not measured" : formatMs(ours.medianMs),
      ours === undefined ? "-" : formatMs(ours.worstMs),
      ours === undefined ? "-" : describeOutcomes(ours),
      ours === undefined ? "-" : fetRatio(figure, ours),
    ];
  });
  return [
    ...heading("Against FET 6.8.5 (published figures, measured on another machine)"),
    ...formatTable(
      [
        { header: "school" },
        { header: "FET 6.8.5" },
        { header: "ours median", align: R },
        { header: "ours worst", align: R },
        { header: "ours status" },
        { header: "FET / ours", align: R },
      ],
      rows,
    ),
  ];
}

export function targetTable(summaries: readonly CaseSummary[]): string[] {
  const rows = targetRows(summaries).map((t) => [
    t.target,
    t.school,
    t.measured,
    t.verdict,
    t.note,
  ]);
  return [
    ...heading("Targets (this machine)"),
    ...formatTable(
      [
        { header: "target" },
        { header: "school" },
        { header: "measured", align: R },
        { header: "verdict" },
        { header: "note" },
      ],
      rows,
    ),
    "met = every run a validated solution (or, for infeasible, a validated infeasible answer) in time.",
    "Medians are of the timed runs, after the warm-up solves; an infeasible school's answer is",
    "judged on its slowest run or its first solve in a fresh process, whichever took longer.",
  ];
}

/** Schools that produced no runs, with the reason; empty when every child answered. */
export function errorLines(summaries: readonly CaseSummary[]): string[] {
  const failed = summaries.filter((s) => s.error !== null);
  if (failed.length === 0) return [];
  return [
    ...heading("Errors (whole messages and stacks are in --json)"),
    ...failed.map((s) => `${s.bench.name}: ${shortError(s.error ?? "")}`),
  ];
}
