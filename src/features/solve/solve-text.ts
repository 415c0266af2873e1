// The sentences the Generate panel shows. Status is always said in words with an icon, never by
// colour alone.
import { format } from "date-fns";
import type { Schedule } from "../../../solver/index.ts";
import { schoolFileName } from "../../lib/files.ts";
import type { SolveProgressEvent } from "../../workers/protocol.ts";

export type StatusView = {
  label: "Solved" | "Partial" | "No schedule found";
  icon: string;
  tone: "good" | "warning" | "bad";
  detail: string;
};

const plural = (n: number, one: string, many: string = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;

export function statusView(schedule: Schedule): StatusView {
  switch (schedule.status) {
    case "solved":
      return {
        label: "Solved",
        icon: "✓",
        tone: "good",
        detail: "Every meeting is placed and every team has all its common planning time.",
      };
    case "partial":
      return {
        label: "Partial",
        icon: "◐",
        tone: "warning",
        detail: `${plural(schedule.unplaced.length, "meeting")} could not be placed; every team still has all its planning time.`,
      };
    case "infeasible":
      return { label: "No schedule found", icon: "✕", tone: "bad", detail: "" };
  }
}

/** Whole seconds, as a person counts them while waiting. */
export function progressText(progress: SolveProgressEvent | null): string {
  if (progress === null) return "Starting…";
  const seconds = Math.floor(progress.elapsedMs / 1000);
  return `Searching… ${plural(progress.conflicts, "conflict")} left, ${seconds} s`;
}

export function verdictText(violations: number): string {
  return `Checked: ${plural(violations, "rule violation")}`;
}

export function elapsedText(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** "Lincoln Middle School" → "lincoln-middle-school.schedule.json". */
export function scheduleFileName(schoolName: string): string {
  return schoolFileName(schoolName).replace(/\.school\.json$/, ".schedule.json");
}

/** The name a stored version gets: "Generated, seed 1, 2026-05-04 14:03". */
export function versionName(seed: number, at: Date): string {
  return `Generated, seed ${seed}, ${format(at, "yyyy-MM-dd HH:mm")}`;
}
