// Proves: after teaching, planning and a lunch on each day a teacher must work, fewer free
// periods are left than their minFreePerCycle (free periods count on every day of the cycle).
import type { Check, Finding } from "./finding.ts";
import { listing, plural, teacherName } from "./describe.ts";

export const freePerCycle: Check = {
  name: "min-free-per-cycle",
  run(facts) {
    const { model } = facts;
    const out: Finding[] = [];
    facts.teachers.forEach((tf, t) => {
      const want = model.teachers[t]!.minFreePerCycle;
      // An infinite minWorkDays means the load does not fit at all: teacher-overload says so.
      if (want <= 0 || tf.minWorkDays === Infinity) return;
      const lunches = facts.lunch * tf.minWorkDays;
      const left = tf.available - tf.teaching - tf.planning - lunches;
      if (left >= want) return;
      const uses = [`${tf.teaching} go to teaching`];
      if (tf.planning > 0) uses.push(`${tf.planning} to planning`);
      if (lunches > 0) {
        uses.push(
          `at least ${lunches} to lunch (they must work on at least ${plural(tf.minWorkDays, "day")})`,
        );
      }
      out.push({
        check: "min-free-per-cycle",
        message: `${teacherName(model, t)} must keep ${plural(want, "free period")} per cycle (minFreePerCycle), but of their ${tf.available} available slots ${listing(uses)}, which leaves at most ${left}.`,
        teachers: [model.teachers[t]!.id],
      });
    });
    return out;
  },
};
