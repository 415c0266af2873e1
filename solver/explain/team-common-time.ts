// Proves: the slots of a team's allowed periods in which every member is available and teaches
// no pinned or otherwise fixed class are too few for its perCycle, given maxPerDay and samePeriod.
import type { Check, Finding } from "./finding.ts";
import type { Facts } from "./facts.ts";
import { periodList, plural, someOf, teacherName, teamName } from "./describe.ts";

type Common = { slots: number; usable: number; blockers: number[] };

function commonTime(facts: Facts, team: number): Common {
  const { model } = facts;
  const { members, planning } = model.teams[team]!;
  const plan = planning!;
  const P = model.periodCount;
  const blockers = new Set<number>();
  const daysAtPeriod = new Array<number>(P).fill(0);
  let slots = 0;
  let spread = 0;
  for (let d = 0; d < model.dayCount; d++) {
    let today = 0;
    for (let p = 0; p < P; p++) {
      if (!plan.allowedPeriods[p]) continue;
      const busy = members.filter((t) => facts.blocked[t]![d * P + p]);
      for (const t of busy) blockers.add(t);
      if (busy.length > 0) continue;
      today++;
      daysAtPeriod[p]!++;
    }
    slots += today;
    spread += Math.min(today, plan.maxPerDay);
  }
  // samePeriod puts every slot at one period, so on distinct days.
  const usable = plan.samePeriod ? Math.max(0, ...daysAtPeriod) : spread;
  return { slots, usable, blockers: [...blockers] };
}

export const teamCommonTime: Check = {
  name: "team-common-time",
  run(facts) {
    const { model } = facts;
    const out: Finding[] = [];
    for (const team of model.teams) {
      const plan = team.planning;
      if (!plan || plan.perCycle === 0) continue;
      const common = commonTime(facts, team.index);
      if (common.usable >= plan.perCycle) continue;
      const where = plan.allowedPeriods.every(Boolean)
        ? "the cycle"
        : `its allowed ${periodList(model, plan.allowedPeriods)}`;
      const blocked =
        common.blockers.length > 0
          ? `the unavailable slots and fixed classes of ${someOf(common.blockers.map((t) => teacherName(model, t)))} leave`
          : "its rules leave";
      const head = `${teamName(model, team.index)} needs ${plan.perCycle} planning slot(s) in which every member is free`;
      const body = plan.samePeriod
        ? `${head}, all at one period, but ${blocked} no period of ${where} in which all members are available on more than ${plural(common.usable, "day")}.`
        : common.usable < common.slots
          ? `${head}, but ${blocked} only ${plural(common.slots, "slot")} of ${where} in which all members are available, which allow at most ${common.usable} at ${plan.maxPerDay} a day.`
          : `${head}, but ${blocked} only ${plural(common.slots, "slot")} of ${where} in which all members are available.`;
      out.push({
        check: "team-common-time",
        message: body,
        teams: [team.id],
        teachers: common.blockers.map((t) => model.teachers[t]!.id),
      });
    }
    return out;
  },
};
