// Proves: a teacher's teams need more planning meetings than their maxPlanningPerCycle allows.
import type { Check, Finding } from "./finding.ts";
import { listing, sumOf, teacherName, teamName } from "./describe.ts";

export const planningLimit: Check = {
  name: "max-planning-per-cycle",
  run(facts) {
    const { model } = facts;
    const out: Finding[] = [];
    facts.teachers.forEach((tf, t) => {
      const limit = model.teachers[t]!.maxPlanningPerCycle;
      if (tf.planning <= limit) return;
      const teams = model.teamsOfTeacher[t]!.filter((i) => model.teams[i]!.planning!.perCycle > 0);
      const counts = teams.map((i) => model.teams[i]!.planning!.perCycle);
      out.push({
        check: "max-planning-per-cycle",
        message: `${teacherName(model, t)} is a member of ${listing(teams.map((i) => teamName(model, i)))}, which need ${tf.planning} planning meetings per cycle${sumOf(counts)}, but may sit in at most ${limit} (maxPlanningPerCycle).`,
        teachers: [model.teachers[t]!.id],
        teams: teams.map((i) => model.teams[i]!.id),
      });
    });
    return out;
  },
};
