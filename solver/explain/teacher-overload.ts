// Proves: a teacher's teaching and planning do not fit in what their working days leave after
// unavailability, lunch and minFreePerDay.
import type { Check, Finding } from "./finding.ts";
import { total } from "./facts.ts";
import { plural, teacherName } from "./describe.ts";
import { availabilityText, dailyCostText } from "./teacher-days.ts";

export const teacherOverload: Check = {
  name: "teacher-overload",
  run(facts) {
    const { model } = facts;
    const out: Finding[] = [];
    facts.teachers.forEach((tf, t) => {
      const busy = tf.teaching + tf.planning;
      const room = total(tf.dayCapacity);
      if (busy <= room) return;
      const load =
        tf.planning > 0
          ? `must teach ${tf.teaching} section-periods and sit in ${plural(tf.planning, "planning meeting")} (${busy} periods in all)`
          : `must teach ${tf.teaching} section-periods`;
      out.push({
        check: "teacher-overload",
        message: `${teacherName(model, t)} ${load}, but can be busy in at most ${room}: ${availabilityText(facts, t)}${dailyCostText(facts, t)}.`,
        teachers: [model.teachers[t]!.id],
      });
    });
    return out;
  },
};
