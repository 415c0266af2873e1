// Proves: a team's planning slots cannot all fall while one of its members' fullDay groups is
// with teachers from outside the team or at lunch.
//
// Why this holds: in a planning slot no member teaches, yet a fullDay group must be in a class in
// every period but its lunch. So at each of the team's planning slots, each fullDay group is
// either at lunch or in a section (of it or an ancestor) none of whose teachers is a member. On a
// day, the slots the team can use are therefore at most the periods those outside sections can
// take that day (each section meets at most once a day, for `length` periods) plus one lunch (if
// the lunch window meets the team's periods), at most maxPerDay, and only at periods where an
// outside section may meet or lunch may fall; with samePeriod the slots share one such period on
// distinct days. Sections taught by members are exactly what the bound leaves out, which is why it
// only matters for the groups the team teaches; groups it does not teach pass trivially.
import type { Model } from "../model/model.ts";
import type { Check, Finding } from "./finding.ts";
import type { Facts } from "./facts.ts";
import { groupName, someOf, teamName } from "./describe.ts";
import { total } from "./facts.ts";
import { coveringSections } from "./group-sections.ts";

type Bound = { outside: number; most: number };

/**
 * The periods each section may occupy (a start it allows and the periods its length runs on),
 * listed once a check: every team asks again about the sections of every fullDay group.
 */
function reachOf(model: Model): number[][] {
  return model.sections.map((section) => {
    const reach = new Set<number>();
    section.allowedStarts.forEach((ok, p) => {
      if (ok) for (let q = p; q < p + section.length; q++) reach.add(q);
    });
    return [...reach];
  });
}

/**
 * The most planning slots of `team` compatible with a fullDay group covered by `sections`, or
 * null if no member teaches it. `taught[s]` says whether a member teaches section s; `reach` is
 * reachOf(model); `seen` is scratch, one entry a period.
 */
function bound(
  facts: Facts,
  team: number,
  taught: Uint8Array,
  sections: readonly number[],
  reach: readonly number[][],
  seen: Uint8Array,
): Bound | null {
  const { model } = facts;
  const plan = model.teams[team]!.planning!;
  if (!sections.some((s) => taught[s] === 1)) return null;
  const outside = sections.filter((s) => taught[s] === 0);
  const lunchAt = (p: number) => facts.lunch === 1 && model.lunchPeriods![p] === true;
  const lunchInWindow = plan.allowedPeriods.some((ok, p) => ok && lunchAt(p)) ? 1 : 0;
  const daysAt = new Array<number>(model.periodCount).fill(0);
  let perDay = 0;
  for (let d = 0; d < model.dayCount; d++) {
    // Some outside section may be meeting in period p today: seen[p].
    seen.fill(0);
    let periods = 0;
    for (const s of outside) {
      const section = model.sections[s]!;
      if (!section.allowedDays[d]) continue;
      periods += section.length;
      for (const q of reach[s]!) seen[q] = 1;
    }
    let options = 0;
    plan.allowedPeriods.forEach((ok, p) => {
      if (!ok || !(seen[p] || lunchAt(p))) return;
      options++;
      daysAt[p]!++;
    });
    perDay += Math.min(plan.maxPerDay, options, periods + lunchInWindow);
  }
  const outsidePeriods = total(outside.map((s) => facts.sectionPeriods[s]!));
  let most = Math.min(perDay, outsidePeriods + lunchInWindow * model.dayCount);
  if (plan.samePeriod) most = Math.min(most, Math.max(0, ...daysAt));
  return { outside: outsidePeriods, most };
}

export const teamStudents: Check = {
  name: "team-students",
  run(facts) {
    const { model } = facts;
    const out: Finding[] = [];
    const fullDay = model.groups.filter((g) => g.fullDay).map((g) => g.index);
    const covering = fullDay.map((g) => coveringSections(model, g));
    const reach = reachOf(model);
    const seen = new Uint8Array(model.periodCount);
    const taught = new Uint8Array(model.sections.length);
    for (const team of model.teams) {
      const plan = team.planning;
      if (!plan || plan.perCycle === 0) continue;
      const short: { g: number; b: Bound }[] = [];
      // Marked once a team, not asked of each section's teachers: every team meets every fullDay
      // group here (a 1,300-section school has 65 teams, some of 83 members, and 223 groups).
      taught.fill(0);
      for (const t of team.members) for (const s of model.sectionsOfTeacher[t]!) taught[s] = 1;
      for (const [i, g] of fullDay.entries()) {
        const b = bound(facts, team.index, taught, covering[i]!, reach, seen);
        if (b && b.most < plan.perCycle) short.push({ g, b });
      }
      const first = short[0];
      if (!first) continue;
      const lunch = facts.lunch ? " or at lunch" : "";
      const others = short.slice(1).map(({ g }) => groupName(model, g));
      const likewise = others.length > 0 ? ` (and likewise ${someOf(others)})` : "";
      out.push({
        check: "team-students",
        message: `${teamName(model, team.index)} needs ${plan.perCycle} planning slot(s), and in each of them ${groupName(model, first.g)}, whom its members teach, must be in a class with a teacher from outside the team${lunch}, but its ${first.b.outside} section-periods per cycle with other teachers${facts.lunch ? " and its lunches" : ""} can fall in at most ${first.b.most} of the team's allowed slots${likewise}.`,
        teams: [team.id],
        groups: short.map(({ g }) => model.groups[g]!.id),
      });
    }
    return out;
  },
};
