// The words the planning pages use for figures, kept out of the components so they can be tested
// and so the dashboard, the team page and the printout say the same thing.
import type { Model } from "../../../solver/index.ts";
import type { TeacherDay } from "./teacher-report.ts";
import {
  RECOMMENDED_SESSIONS_PER_WEEK,
  type PlanningBlock,
  type TeamReport,
} from "./team-report.ts";

export const count = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** "Mon", or the day's name when the calendar gives one ("Monday"). */
export const dayName = (model: Model, d: number): string =>
  model.school.calendar.days[d]?.name ?? model.dayIds[d]!;

export const periodName = (model: Model, p: number): string =>
  model.school.calendar.periods[p]?.name ?? `Period ${model.periodIds[p]!}`;

/** "08:30–09:16", or "" when the bell schedule gives no times. */
export const timeRange = (start: string | null, end: string | null): string =>
  start && end ? `${start}–${end}` : "";

/** "Mon, Period 3, 09:20–10:06", with the day's id, for tables. */
export function shortBlockText(model: Model, block: PlanningBlock): string {
  const time = timeRange(block.start, block.end);
  return `${model.dayIds[block.day]!}, ${periodName(model, block.period)}${time ? `, ${time}` : ""}`;
}

export type StatusWords = { icon: string; label: string; detail: string | null };

/** The status in words, with an icon that repeats it (never colour alone). */
export function teamStatusWords(team: TeamReport): StatusWords {
  const { status } = team;
  switch (status.kind) {
    case "no-requirement":
      return { icon: "–", label: "No planning requirement", detail: null };
    case "complete":
      return { icon: "✓", label: `All ${count(team.required, "slot")} given`, detail: null };
    case "incomplete": {
      const label =
        status.missing > 0
          ? `${status.missing} of ${count(team.required, "slot")} missing`
          : "Every slot given, but a planning rule is broken";
      return { icon: "⚠", label, detail: status.reasons.join(" ") || null };
    }
  }
}

/** "2.5 sessions a week", with whether it falls short of the recommendation. */
export function sessionsWords(team: TeamReport): { text: string; short: boolean } {
  if (team.required === 0) return { text: "", short: false };
  if (team.sessionsPerWeek === null) return { text: "Unknown (no bell times)", short: false };
  const n = Math.round(team.sessionsPerWeek * 100) / 100;
  const text = `${count(n, "session")} a week`;
  return team.fewSessions
    ? { text: `${text}: fewer than the ${RECOMMENDED_SESSIONS_PER_WEEK} recommended`, short: true }
    : { text, short: false };
}

export const minutesWords = (minutes: number | null): string =>
  minutes === null ? "Unknown (no bell times)" : count(minutes, "minute");

/** "5 teaching, 1 planning, 1 free, lunch Period 5" for one teacher's day. */
export function dayWords(model: Model, day: TeacherDay): string {
  const lunch =
    day.lunch.length === 0
      ? "no lunch"
      : `lunch ${day.lunch.map((p) => periodName(model, p)).join(" and ")}`;
  return `${day.teaching} teaching, ${day.planning} planning, ${day.free} free, ${lunch}`;
}

/** "92%" of a share, or "–" when there is nothing to share. */
export const percent = (part: number, whole: number): string =>
  // Rounded down, so that one team short of all never reads as 100%.
  whole === 0 ? "–" : `${Math.floor((part / whole) * 100)}%`;
