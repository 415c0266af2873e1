// Proves: maxTeachingPerDay, over the days a teacher can work, allows less teaching than they
// have (reported only when the daily limit, not their time as a whole, is what falls short).
import type { Check, Finding } from "./finding.ts";
import { total } from "./facts.ts";
import { plural, teacherName } from "./describe.ts";
import { workableDays } from "./teacher-days.ts";

export const teachingPerDay: Check = {
  name: "max-teaching-per-day",
  run(facts) {
    const { model } = facts;
    const out: Finding[] = [];
    facts.teachers.forEach((tf, t) => {
      const limit = model.teachers[t]!.maxTeachingPerDay;
      if (limit === Infinity) return;
      const allowed = total(tf.teachCapacity);
      if (tf.teaching <= allowed || tf.teaching > total(tf.dayCapacity)) return;
      const days = workableDays(facts, t);
      const shorter = tf.dayCapacity.some((c) => c > 0 && c < limit)
        ? ", fewer where their availability, lunch or minFreePerDay leave less room"
        : "";
      out.push({
        check: "max-teaching-per-day",
        message: `${teacherName(model, t)} must teach ${tf.teaching} section-periods, but may teach at most ${limit} a day (maxTeachingPerDay), which on the ${plural(days, "day")} they can work allows at most ${allowed}${shorter}.`,
        teachers: [model.teachers[t]!.id],
      });
    });
    return out;
  },
};
