// Proves: a fullDay group's sections cannot fill exactly its periods less one lunch a day: over
// the cycle they add up to more (a clash) or fewer (a hole), on one day they must hold more than
// the day has or can hold less, or some period of a day no section of it may cover.
import type { Model } from "../model/model.ts";
import type { Check, Finding } from "./finding.ts";
import type { Facts } from "./facts.ts";
import { dayList, groupName, periodList, plural, sectionName, someOf } from "./describe.ts";
import { total } from "./facts.ts";
import { coveringSections, forcedOnDay, whoseSections } from "./group-sections.ts";

/** "in exactly 35 periods per cycle (5 days x 7 periods besides lunch)". */
const needText = (model: Model, lunch: number): string =>
  `in exactly ${model.dayCount * (model.periodCount - lunch)} periods per cycle (${plural(model.dayCount, "day")} x ${plural(model.periodCount - lunch, "period")}${lunch ? " besides lunch" : ""})`;

function cycleFinding(facts: Facts, g: number, sections: number[]): string | null {
  const { model, lunch } = facts;
  const need = model.dayCount * (model.periodCount - lunch);
  const have = total(sections.map((s) => facts.sectionPeriods[s]!));
  if (have === need) return null;
  const head = `${groupName(model, g)} is a full-day group, in class ${needText(model, lunch)}, but ${whoseSections(model, g, sections)} add up to`;
  return have > need
    ? `${head} ${have} section-periods, so two of them must overlap.`
    : `${head} only ${have} section-periods, so it is left without a class for at least ${plural(need - have, "period")}.`;
}

function dayFinding(facts: Facts, g: number, sections: number[]): string | null {
  const { model, lunch } = facts;
  const need = model.periodCount - lunch;
  const besides = lunch ? " besides lunch" : "";
  for (let d = 0; d < model.dayCount; d++) {
    const day = model.dayIds[d]!;
    const forced = forcedOnDay(model, sections, facts.allowedDayCount, d);
    const must = total(forced.map((s) => model.sections[s]!.length));
    if (must > need) {
      return `${groupName(model, g)} has ${must} periods of classes on ${day} from sections that meet on every day they may (${someOf(forced.map((s) => sectionName(model, s)))}), but the day has only ${plural(need, "period")}${besides}, so two of them must overlap.`;
    }
    const possible = total(
      sections
        .filter((s) => model.sections[s]!.allowedDays[d])
        .map((s) => model.sections[s]!.length),
    );
    if (possible < need) {
      return `${groupName(model, g)} is a full-day group and needs a class in ${plural(need, "period")}${besides} on ${day}, but the sections that may meet on ${day} add up to only ${plural(possible, "period")}.`;
    }
  }
  return null;
}

/** Periods of day d that no section of the group may cover. */
function uncovered(model: Model, sections: number[], d: number): boolean[] {
  const covered = new Array<boolean>(model.periodCount).fill(false);
  for (const s of sections) {
    const section = model.sections[s]!;
    if (!section.allowedDays[d]) continue;
    section.allowedStarts.forEach((ok, p) => {
      if (!ok) return;
      for (let q = p; q < p + section.length; q++) covered[q] = true;
    });
  }
  return covered.map((c) => !c);
}

function periodFinding(facts: Facts, g: number, sections: number[]): string | null {
  const { model, lunch } = facts;
  // Days with the same impossible periods share one sentence.
  const byPeriods = new Map<string, { mask: boolean[]; days: number[] }>();
  for (let d = 0; d < model.dayCount; d++) {
    const mask = uncovered(model, sections, d);
    const count = mask.filter(Boolean).length;
    const outsideLunch = mask.some((u, p) => u && !model.lunchPeriods?.[p]);
    if (!outsideLunch && count <= lunch) continue;
    const key = mask.join();
    const entry = byPeriods.get(key) ?? { mask, days: [] };
    entry.days.push(d);
    byPeriods.set(key, entry);
  }
  const first = [...byPeriods.values()][0];
  if (!first) return null;
  const onlyLunch = first.mask.every((u, p) => !u || model.lunchPeriods?.[p]);
  const tail = onlyLunch ? ", and only one of them can be its lunch" : "";
  return `${groupName(model, g)} is a full-day group and needs a class in every period${lunch ? " but its lunch" : ""}, but none of its sections may meet in ${periodList(model, first.mask)} on ${dayList(model, first.days)}${tail}.`;
}

export const fullDay: Check = {
  name: "full-day",
  run(facts) {
    const { model } = facts;
    const out: Finding[] = [];
    for (const group of model.groups) {
      if (!group.fullDay) continue;
      const sections = coveringSections(model, group.index);
      // One finding per group: the cycle's count first, then a day's, then a period's.
      const message =
        cycleFinding(facts, group.index, sections) ??
        dayFinding(facts, group.index, sections) ??
        periodFinding(facts, group.index, sections);
      if (message === null) continue;
      out.push({
        check: "full-day",
        message,
        groups: [group.id],
        sections: sections.map((s) => model.sections[s]!.id),
      });
    }
    return out;
  },
};
