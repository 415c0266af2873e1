// Proves: a leaf group has more section-periods than the cycle (or one day) has slots, less the
// daily lunch of a fullDay group above it; its sections cannot all avoid each other.
import type { Check, Finding } from "./finding.ts";
import { total } from "./facts.ts";
import { cycleSlots, groupName, plural, sectionName, someOf } from "./describe.ts";
import { forcedOnDay, whoseSections } from "./group-sections.ts";

export const groupLoad: Check = {
  name: "group-load",
  run(facts) {
    const { model } = facts;
    const out: Finding[] = [];
    for (const group of model.groups) {
      // A fullDay leaf's sections are exactly the ones that count for it: full-day covers it.
      if (!group.isLeaf || group.fullDay) continue;
      const sections = model.sectionsOfGroup[group.index]!;
      const lunch = group.ancestors.some((a) => model.groups[a]!.fullDay) ? facts.lunch : 0;
      const load = total(sections.map((s) => facts.sectionPeriods[s]!));
      const room = model.slotCount - lunch * model.dayCount;
      const afterLunch = lunch
        ? `, ${room} once a fullDay group's lunch each day is set aside`
        : "";
      const found = (message: string, ids: readonly number[]): Finding => ({
        check: "group-load",
        message,
        groups: [group.id],
        sections: ids.map((s) => model.sections[s]!.id),
      });
      if (load > room) {
        out.push(
          found(
            `${groupName(model, group.index)} has ${load} section-periods of classes per cycle (${whoseSections(model, group.index, sections)}), but there are only ${cycleSlots(model)}${afterLunch}, so two of them must overlap.`,
            sections,
          ),
        );
        continue;
      }
      const dayRoom = model.periodCount - lunch;
      for (let d = 0; d < model.dayCount; d++) {
        const forced = forcedOnDay(model, sections, facts.allowedDayCount, d);
        const periods = total(forced.map((s) => model.sections[s]!.length));
        if (periods <= dayRoom) continue;
        out.push(
          found(
            `${groupName(model, group.index)} has ${periods} periods of classes on ${model.dayIds[d]!} from sections that meet on every day they may (${someOf(forced.map((s) => sectionName(model, s)))}), but the day has only ${plural(dayRoom, "period")}${lunch ? " besides lunch" : ""}, so two of them must overlap.`,
            forced,
          ),
        );
        break;
      }
    }
    return out;
  },
};
