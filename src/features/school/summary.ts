// What the overview shows about a school, computed from the resolved model so that the numbers
// (meetings per cycle, planning slots) apply the same defaults as the solver.
import {
  resolveSchool,
  type School,
  type Model,
  type PlanningM,
  type TeamM,
} from "../../../solver/index.ts";

export type Count = { label: string; value: number };

export type TeamMember = { id: string; name: string; isLead: boolean };

export type TeamRow = {
  id: string;
  name: string;
  kind: string;
  members: TeamMember[];
  /** A sentence about the team's planning requirement, or null when it has none. */
  planning: string | null;
};

export type SchoolSummary = {
  name: string;
  /** "5 days a cycle, 8 periods a day". */
  calendar: string;
  counts: Count[];
  teams: TeamRow[];
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Lists ids in order, collapsing runs of consecutive periods: "2–7" or "1, 3, 5". */
export function describePeriods(allowed: readonly boolean[], periodIds: readonly string[]): string {
  const parts: string[] = [];
  let p = 0;
  while (p < allowed.length) {
    if (!allowed[p]) {
      p++;
      continue;
    }
    let end = p;
    while (end + 1 < allowed.length && allowed[end + 1]) end++;
    const first = periodIds[p] ?? String(p);
    const last = periodIds[end] ?? String(end);
    parts.push(end - p >= 2 ? `${first}–${last}` : end > p ? `${first}, ${last}` : first);
    p = end + 1;
  }
  return parts.join(", ");
}

export function describePlanning(planning: PlanningM, periodIds: readonly string[]): string {
  const parts = [
    `${plural(planning.perCycle, "slot", "slots")} a cycle`,
    `at most ${planning.maxPerDay} a day`,
  ];
  if (planning.samePeriod) parts.push("all at one period");
  if (planning.allowedPeriods.some((allowed) => !allowed)) {
    parts.push(`in periods ${describePeriods(planning.allowedPeriods, periodIds)}`);
  }
  return parts.join(", ");
}

function teamRow(model: Model, team: TeamM): TeamRow {
  return {
    id: team.id,
    name: team.name,
    kind: team.kind,
    members: team.members.map((t) => ({
      id: model.teachers[t]!.id,
      name: model.teachers[t]!.name,
      isLead: t === team.lead,
    })),
    planning: team.planning && describePlanning(team.planning, model.periodIds),
  };
}

export function summarizeModel(model: Model): SchoolSummary {
  const meetings = model.sections.reduce((sum, s) => sum + s.meetings, 0);
  const planningSlots = model.teams.reduce((sum, t) => sum + (t.planning?.perCycle ?? 0), 0);
  return {
    name: model.school.name,
    calendar: `${plural(model.dayCount, "day", "days")} a cycle, ${plural(model.periodCount, "period", "periods")} a day`,
    counts: [
      { label: "Teachers", value: model.teachers.length },
      { label: "Groups", value: model.groups.length },
      { label: "Sections", value: model.sections.length },
      { label: "Teams", value: model.teams.length },
      { label: "Rooms", value: model.rooms.length },
      { label: "Meetings per cycle", value: meetings },
      { label: "Planning slots per cycle", value: planningSlots },
    ],
    teams: model.teams.map((team) => teamRow(model, team)),
  };
}

/** The school must have passed the parser: resolving a malformed school is a bug. */
export function summarizeSchool(school: School): SchoolSummary {
  return summarizeModel(resolveSchool(school));
}
