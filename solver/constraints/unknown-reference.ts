import type { Constraint } from "./constraint.ts";

export const unknownReference: Constraint<"unknown-reference"> = {
  rule: "unknown-reference",
  protects: "Every section, team, teacher, group, room, day and period the schedule names exists.",
  scope: "timetable",
  // Found while the index is built, because an entry with an unknown id cannot be indexed.
  check: (occ) => [...occ.unresolved],
};
