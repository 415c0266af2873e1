// Each team's common planning as a principal reads it: which slots it got, at what real times,
// whether that is everything the school promised it, and whether it is enough time to matter.
// Whether a slot counts is the validator's word, never recomputed here, so the dashboard and
// the validator cannot disagree about which team is short.
import type { TeamKind, Model, Occupancy, RuleName, Violation } from "../../../solver/index.ts";
import { bellSpan, cyclesPerWeek } from "../../lib/dates.ts";

/** Research on middle-school teaming recommends at least four sessions of 30 minutes a week. */
export const RECOMMENDED_SESSIONS_PER_WEEK = 4;
export const MIN_SESSION_MINUTES = 30;

export type PersonRef = { index: number; id: string; name: string };

/** One planning slot the schedule lists for the team. */
export type PlanningBlock = {
  day: number;
  period: number;
  start: string | null;
  end: string | null;
  minutes: number | null;
  /** The validator finds nothing wrong with the team at this slot, so it counts. */
  given: boolean;
};

export type TeamStatus =
  | { kind: "no-requirement" }
  | { kind: "complete" }
  /** `missing` may be 0 when every slot is there but a planning rule is still broken. */
  | { kind: "incomplete"; missing: number; reasons: string[] };

export type TeamReport = {
  index: number;
  id: string;
  name: string;
  kind: TeamKind;
  members: PersonRef[];
  lead: PersonRef | null;
  /** Planning slots per cycle the school asks for (0: no requirement). */
  required: number;
  blocks: PlanningBlock[];
  status: TeamStatus;
  /** Bell minutes of the given slots; null when a bell time is missing. */
  minutesPerCycle: number | null;
  /** Sessions of at least 30 minutes per school week; null without a requirement or times. */
  sessionsPerWeek: number | null;
  /** Fewer than four such sessions a week; null when it cannot be told. */
  fewSessions: boolean | null;
};

/** Rules that speak about a team's planning; the first four also name the slot they spoil. */
const SLOT_RULES: ReadonlySet<RuleName> = new Set<RuleName>([
  "teacher-clash",
  "teacher-unavailable",
  "lunch-busy",
  "planning-period-not-allowed",
]);
const TEAM_RULES: ReadonlySet<RuleName> = new Set<RuleName>([
  ...SLOT_RULES,
  "planning-count",
  "planning-max-per-day",
  "planning-same-period",
]);

const person = (model: Model, t: number): PersonRef => {
  const teacher = model.teachers[t]!;
  return { index: t, id: teacher.id, name: teacher.name };
};

/** The team's distinct planning slots in the schedule, in time order, as slot numbers. */
export function teamSlots(occ: Occupancy, team: number): number[] {
  const slots = new Set<number>();
  for (const id of occ.planningsOfTeam[team] ?? []) {
    const pm = occ.plannings[id];
    if (pm) slots.add(pm.day * occ.model.periodCount + pm.period);
  }
  return [...slots].sort((a, b) => a - b);
}

/**
 * Sessions a team sits in: given slots on one day in consecutive periods are one meeting. Each
 * session's length runs from the first period's start to the last one's end.
 */
export function sessionMinutes(model: Model, blocks: readonly PlanningBlock[]): (number | null)[] {
  const out: (number | null)[] = [];
  const given = blocks.filter((b) => b.given);
  for (let i = 0; i < given.length; i++) {
    const first = given[i]!;
    let last = first;
    while (given[i + 1]?.day === first.day && given[i + 1]!.period === last.period + 1) {
      last = given[++i]!;
    }
    out.push(bellSpan(model.school.calendar, first.period, last.period)?.minutes ?? null);
  }
  return out;
}

export function teamReports(occ: Occupancy, violations: readonly Violation[]): TeamReport[] {
  const { model, schedule } = occ;
  const infeasible = schedule.status === "infeasible";
  const perWeek = cyclesPerWeek(model.school.calendar);
  return model.teams.map((team) => {
    const required = team.planning?.perCycle ?? 0;
    const mine = violations.filter(
      (v) => TEAM_RULES.has(v.rule) && (v.teams ?? []).includes(team.id),
    );
    const spoiled = new Set(
      mine.filter((v) => SLOT_RULES.has(v.rule)).map((v) => `${v.day ?? ""}|${v.period ?? ""}`),
    );
    const blocks: PlanningBlock[] = infeasible
      ? []
      : teamSlots(occ, team.index).map((slot) => {
          const day = Math.floor(slot / model.periodCount);
          const period = slot % model.periodCount;
          const span = bellSpan(model.school.calendar, period);
          const key = `${model.dayIds[day]!}|${model.periodIds[period]!}`;
          return {
            day,
            period,
            start: span?.start ?? null,
            end: span?.end ?? null,
            minutes: span?.minutes ?? null,
            given: !spoiled.has(key),
          };
        });
    const given = blocks.filter((b) => b.given);
    let status: TeamStatus;
    if (required === 0) status = { kind: "no-requirement" };
    else if (infeasible) {
      status = {
        kind: "incomplete",
        missing: required,
        reasons: ["The schedule is infeasible, so it gives no planning slots."],
      };
    } else if (mine.length === 0 && given.length === required) status = { kind: "complete" };
    else {
      const missing = Math.max(0, required - given.length);
      status = { kind: "incomplete", missing, reasons: mine.map((v) => v.message) };
    }
    const minutes = given.map((b) => b.minutes);
    const minutesPerCycle = minutes.includes(null)
      ? null
      : minutes.reduce<number>((sum, m) => sum + (m ?? 0), 0);
    const sessions = sessionMinutes(model, blocks);
    const sessionsPerWeek =
      required === 0 || sessions.includes(null)
        ? null
        : sessions.filter((m) => m !== null && m >= MIN_SESSION_MINUTES).length * perWeek;
    return {
      index: team.index,
      id: team.id,
      name: model.school.teams?.[team.index]?.name ?? team.id,
      kind: team.kind,
      members: team.members.map((t) => person(model, t)),
      lead: team.lead >= 0 ? person(model, team.lead) : null,
      required,
      blocks,
      status,
      minutesPerCycle,
      sessionsPerWeek,
      fewSessions:
        sessionsPerWeek === null ? null : sessionsPerWeek < RECOMMENDED_SESSIONS_PER_WEEK - 1e-9,
    };
  });
}

/** Teams with a planning requirement that got all of it, out of all teams with one. */
export function planningShare(teams: readonly TeamReport[]): { complete: number; of: number } {
  const asked = teams.filter((t) => t.required > 0);
  return { complete: asked.filter((t) => t.status.kind === "complete").length, of: asked.length };
}
