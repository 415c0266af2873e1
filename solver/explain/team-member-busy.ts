// Proves: a team member's teaching (and lunches, and other teams' planning) leaves fewer slots in
// the team's allowed periods than the team's perCycle, so the team cannot meet often enough.
import type { Model } from "../model/model.ts";
import type { Check, Finding } from "./finding.ts";
import type { Facts } from "./facts.ts";
import { cycleSlots, listing, periodList, teacherName, teamName } from "./describe.ts";

/** The fewest periods of one meeting of section s that fall in the window, over its starts. */
function leastOverlap(model: Model, s: number, window: readonly boolean[]): number {
  const section = model.sections[s]!;
  let least = Infinity;
  section.allowedStarts.forEach((ok, p) => {
    if (!ok) return;
    let inside = 0;
    for (let q = p; q < p + section.length; q++) if (window[q]) inside++;
    least = Math.min(least, inside);
  });
  return least === Infinity ? 0 : least;
}

type Slack = { available: number; teaching: number; lunch: number; other: number[] };

/** How many of the team's allowed slots the member could still give it, and what takes the rest. */
function memberSlack(facts: Facts, team: number, t: number): Slack {
  const { model } = facts;
  const window = model.teams[team]!.planning!.allowedPeriods;
  const tf = facts.teachers[t]!;
  let available = 0;
  model.teachers[t]!.unavailable.forEach((off, slot) => {
    if (!off && window[slot % model.periodCount]) available++;
  });
  // Teaching in the window: each meeting's unavoidable overlap, or whatever cannot fit outside.
  let overlap = 0;
  for (const s of model.sectionsOfTeacher[t]!) {
    overlap += model.sections[s]!.meetings * leastOverlap(model, s, window);
  }
  const teaching = Math.min(available, Math.max(overlap, tf.teaching - (tf.available - available)));
  const lunchInside = model.lunchPeriods?.every((inLunch, p) => !inLunch || window[p]) ?? false;
  const workDays = Math.min(tf.minWorkDays, tf.dayCapacity.filter((c) => c > 0).length);
  const lunch = lunchInside ? workDays : 0;
  // Another team whose allowed periods lie inside this team's window plans inside it too.
  const other = model.teamsOfTeacher[t]!.filter((i) => {
    const plan = model.teams[i]!.planning!;
    return (
      i !== team && plan.perCycle > 0 && plan.allowedPeriods.every((ok, p) => !ok || window[p])
    );
  });
  return { available, teaching, lunch, other };
}

function message(facts: Facts, team: number, t: number, slack: Slack): string {
  const { model } = facts;
  const plan = model.teams[team]!.planning!;
  const tf = facts.teachers[t]!;
  const head = `${teamName(model, team)} needs ${plan.perCycle} planning slot(s) in which every member is free, but ${teacherName(model, t)}`;
  const name = model.teachers[t]!.name;
  if (tf.teaching > 0 && tf.teaching >= tf.available) {
    const slots =
      tf.available === model.slotCount
        ? cycleSlots(model)
        : `${tf.available} slots in which they are available`;
    const fills = tf.teaching === tf.available ? "fills all" : "is more than the";
    const lunch = facts.lunch ? " and can never take lunch either" : "";
    return `${head} teaches ${tf.teaching} section-periods, which ${fills} ${slots}, so ${name} is never free${lunch}.`;
  }
  const everyPeriod = plan.allowedPeriods.every(Boolean);
  const where = everyPeriod ? "" : ` in the team's ${periodList(model, plan.allowedPeriods)}`;
  if (slack.available === 0) return `${head} is never available${where}.`;
  const uses = [`at least ${slack.teaching} go to teaching`];
  if (slack.lunch > 0) uses.push(`${slack.lunch} to lunch`);
  for (const i of slack.other) {
    uses.push(`${model.teams[i]!.planning!.perCycle} to planning with ${teamName(model, i)}`);
  }
  const left = Math.max(
    0,
    slack.available - slack.teaching - slack.lunch - otherCount(facts, slack),
  );
  return `${head} has at most ${left} such slot(s): of the ${slack.available} slots${where} in which they are available, ${listing(uses)}.`;
}

const otherCount = (facts: Facts, slack: Slack): number =>
  slack.other.reduce((sum, i) => sum + facts.model.teams[i]!.planning!.perCycle, 0);

export const teamMemberBusy: Check = {
  name: "team-member-busy",
  run(facts) {
    const { model } = facts;
    const out: Finding[] = [];
    for (const team of model.teams) {
      const plan = team.planning;
      if (!plan || plan.perCycle === 0) continue;
      for (const t of team.members) {
        const slack = memberSlack(facts, team.index, t);
        const left = slack.available - slack.teaching - slack.lunch - otherCount(facts, slack);
        if (left >= plan.perCycle) continue;
        out.push({
          check: "team-member-busy",
          message: message(facts, team.index, t, slack),
          teams: [team.id, ...slack.other.map((i) => model.teams[i]!.id)],
          teachers: [model.teachers[t]!.id],
        });
      }
    }
    return out;
  },
};
