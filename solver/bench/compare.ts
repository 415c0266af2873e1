// The yardsticks: FET 6.8.5's published times on the same shared schools, and the project's own
// targets. Each row is judged from the summaries alone, so the verdicts are testable.
import type { CaseSummary } from "./summary.ts";
import { medianIsSolved } from "./summary.ts";
import { formatMs, formatRatio, formatSeconds } from "./units.ts";

/** A published FET time: a range over its runs, or a run that had not finished at some time. */
export type FetFigure =
  { kind: "range"; minS: number; maxS: number } | { kind: "unfinished"; afterS: number };

/** From issue 3 ("Benchmark"), measured by FET 6.8.5 on its authors' machine, not this one. */
export const FET_FIGURES: readonly { school: string; figure: FetFigure }[] = [
  { school: "middle-m-1", figure: { kind: "range", minS: 75, maxS: 156 } },
  { school: "elementary-m-1", figure: { kind: "unfinished", afterS: 300 } },
  { school: "elementary-l-1", figure: { kind: "range", minS: 91, maxS: 247 } },
  { school: "high-m-1", figure: { kind: "range", minS: 0.13, maxS: 0.13 } },
  { school: "high-l-1", figure: { kind: "range", minS: 0.2, maxS: 0.2 } },
];

export function describeFet(figure: FetFigure): string {
  if (figure.kind === "unfinished") return `not finished in ${formatSeconds(figure.afterS)}`;
  return figure.minS === figure.maxS
    ? formatSeconds(figure.minS)
    : `${formatSeconds(figure.minS)} - ${formatSeconds(figure.maxS)}`;
}

/**
 * FET's time over our median ("how many times faster we are"). Only when most of our runs are
 * validated solutions: a median that is a time-out would flatter neither side honestly.
 */
export function fetRatio(figure: FetFigure, ours: CaseSummary): string {
  if (ours.error !== null) return "n/a (error)";
  if (!medianIsSolved(ours)) return `n/a (ours solved ${ours.solvedValid}/${ours.runs})`;
  const oursS = ours.medianMs / 1000;
  if (figure.kind === "unfinished") return `> ${formatRatio(figure.afterS / oursS)}`;
  const low = formatRatio(figure.minS / oursS);
  const high = formatRatio(figure.maxS / oursS);
  return low === high ? low : `${low} - ${high}`;
}

export type TargetVerdict = "met" | "not met" | "not measured";

export type TargetRow = {
  target: string;
  school: string;
  measured: string;
  verdict: TargetVerdict;
  note: string;
};

/** The row of a target whose school was not in this run, or failed to run. */
const notMeasured = (target: string, school: string, s: CaseSummary | undefined): TargetRow => ({
  target,
  school,
  measured: "-",
  verdict: "not measured",
  note: s?.error ? "error" : "",
});

/** Median under limitMs, with every run a validated solution (a fast wrong answer is no answer). */
export function solveTarget(
  target: string,
  school: string,
  limitMs: number,
  s: CaseSummary | undefined,
): TargetRow {
  if (s === undefined || s.error !== null) return notMeasured(target, school, s);
  const allSolved = s.solvedValid === s.runs && s.warmUpsInvalid === 0;
  const fast = s.medianMs < limitMs;
  const notes = [
    ...(s.solvedValid === s.runs ? [] : [`solved ${s.solvedValid}/${s.runs}`]),
    ...(s.warmUpsInvalid === 0 ? [] : [`warm-up invalid ${s.warmUpsInvalid}/${s.warmUps}`]),
    ...(fast ? [] : [`${formatMs(s.medianMs - limitMs)} over`]),
    `first solve ${formatMs(s.firstMs)}`,
  ];
  return {
    target,
    school,
    measured: `median ${formatMs(s.medianMs)}`,
    verdict: allSolved && fast ? "met" : "not met",
    note: notes.join(", "),
  };
}

/** Every run says infeasible, the validator accepts the answer, and the slowest is under limitMs. */
export function infeasibleTarget(
  target: string,
  school: string,
  limitMs: number,
  s: CaseSummary | undefined,
): TargetRow {
  if (s === undefined || s.error !== null) return notMeasured(target, school, s);
  const answered =
    s.outcomes.infeasible === s.runs && s.validRuns === s.runs && s.warmUpsInvalid === 0;
  // A scheduler's first answer comes from a fresh worker: it counts as much as any.
  const slowest = Math.max(s.worstMs, Number.isFinite(s.firstMs) ? s.firstMs : 0);
  const fast = slowest < limitMs;
  const notes = [
    ...(s.outcomes["timed out"] > 0 ? [`timed out ${s.outcomes["timed out"]}/${s.runs}`] : []),
    ...(s.outcomes.solved + s.outcomes.partial > 0 ? ["claimed a schedule"] : []),
    ...(s.validRuns < s.runs ? [`invalid ${s.runs - s.validRuns}/${s.runs}`] : []),
    ...(s.warmUpsInvalid === 0 ? [] : [`warm-up invalid ${s.warmUpsInvalid}/${s.warmUps}`]),
  ];
  return {
    target,
    school,
    measured: `worst ${formatMs(slowest)}`,
    verdict: answered && fast ? "met" : "not met",
    note: notes.join(", "),
  };
}

/** The targets of issue 3, in its order, judged on whichever of their schools this run measured. */
export function targetRows(summaries: readonly CaseSummary[]): TargetRow[] {
  const byName = new Map(summaries.map((s) => [s.bench.name, s]));
  const rows: TargetRow[] = [
    solveTarget("middle-m < 100 ms", "middle-m-1", 100, byName.get("middle-m-1")),
    solveTarget("elementary-l < 200 ms", "elementary-l-1", 200, byName.get("elementary-l-1")),
    solveTarget("high-l < 200 ms", "high-l-1", 200, byName.get("high-l-1")),
  ];
  for (const kind of ["elementary", "middle", "high"]) {
    const generated = summaries.filter(
      (s) => s.bench.group === "generated" && s.bench.kind === kind,
    );
    const largest = generated.reduce<CaseSummary | undefined>(
      (best, s) => (best === undefined || sectionsOf(s) > sectionsOf(best) ? s : best),
      undefined,
    );
    rows.push(
      solveTarget(`largest generated ${kind} < 500 ms`, largest?.bench.name ?? "-", 500, largest),
    );
  }
  const infeasible = summaries.filter(
    (x) => x.bench.group === "shared" && x.bench.expected === "infeasible",
  );
  for (const s of infeasible) {
    rows.push(infeasibleTarget("infeasible answered < 1 s", s.bench.name, 1000, s));
  }
  if (infeasible.length === 0) {
    rows.push(infeasibleTarget("infeasible answered < 1 s", "-", 1000, undefined));
  }
  return rows;
}

/** The requested size when the school could not be measured, so the largest still ranks. */
const sectionsOf = (s: CaseSummary): number =>
  Number.isFinite(s.sections)
    ? s.sections
    : s.bench.source.kind === "generated"
      ? s.bench.source.sections
      : 0;
