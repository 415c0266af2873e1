// Two versions of a schedule compared, in sentences: which sections moved where, and which teams
// gained or lost planning slots (and whether they still have what they need). Pure.
import type { School, Slot } from "../../../solver/index.ts";
import type { MeetingPlace, VersionComparison } from "../../data/index.ts";

export type ComparisonText = {
  summary: string;
  moves: string[];
  planning: { team: string; text: string; short: boolean }[];
};

function names(school: School) {
  const day = new Map(school.calendar.days.map((d) => [d.id, d.name ?? d.id]));
  const period = new Map(school.calendar.periods.map((p) => [p.id, p.name ?? `period ${p.id}`]));
  const section = new Map(school.sections.map((s) => [s.id, `${s.course} (${s.id})`]));
  const team = new Map((school.teams ?? []).map((t) => [t.id, t.name ?? t.id]));
  const slot = (s: Slot) => `${day.get(s.day) ?? s.day} ${period.get(s.period) ?? s.period}`;
  const place = (p: MeetingPlace) => (p.room ? `${slot(p)} in ${p.room}` : slot(p));
  return {
    slot,
    place,
    section: (id: string) => section.get(id) ?? id,
    team: (id: string) => team.get(id) ?? id,
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeComparison(school: School, comparison: VersionComparison): ComparisonText {
  const n = names(school);
  if (comparison.same)
    return { summary: "The two versions are the same.", moves: [], planning: [] };
  const moves = comparison.moved.map((m) => {
    const who = n.section(m.section);
    if (m.before === null) return `${who}: newly placed at ${n.place(m.after!)}`;
    if (m.after === null) return `${who}: no longer placed (was ${n.place(m.before)})`;
    return `${who}: ${n.place(m.before)} → ${n.place(m.after)}`;
  });
  const planning = comparison.planning.map((p) => {
    const parts: string[] = [];
    if (p.gained.length > 0) parts.push(`gains ${p.gained.map(n.slot).join(", ")}`);
    if (p.lost.length > 0) parts.push(`loses ${p.lost.map(n.slot).join(", ")}`);
    const need = p.required === null ? "" : ` of the ${p.required} it needs`;
    const short = p.required !== null && p.after < p.required;
    return {
      team: p.team,
      text: `${n.team(p.team)} ${parts.join(" and ")}: ${p.before} → ${p.after} planning slots${need}`,
      short,
    };
  });
  const sections = new Set(comparison.moved.map((m) => m.section)).size;
  const summary = [
    comparison.moved.length > 0
      ? `${plural(comparison.moved.length, "meeting", "meetings")} of ${plural(sections, "section", "sections")} moved`
      : "no meeting moved",
    comparison.planning.length > 0
      ? `${plural(comparison.planning.length, "team's", "teams'")} planning changed`
      : "no team's planning changed",
  ].join("; ");
  return { summary: `${summary.charAt(0).toUpperCase()}${summary.slice(1)}.`, moves, planning };
}
