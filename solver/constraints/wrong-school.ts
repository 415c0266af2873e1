import type { Constraint } from "./constraint.ts";

export const wrongSchool: Constraint<"wrong-school"> = {
  rule: "wrong-school",
  protects: "A schedule is checked against the school it was made for (its `school` is the name).",
  scope: "document",
  check: ({ model, schedule }) =>
    schedule.school === model.school.name
      ? []
      : [
          {
            rule: "wrong-school",
            message: `The schedule is for "${String(schedule.school)}", but the school is "${model.school.name}".`,
          },
        ],
};
