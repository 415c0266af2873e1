import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";

export const status: Constraint<"status"> = {
  rule: "status",
  protects:
    "The status tells the truth: solved has nothing unplaced, partial lists what it could not " +
    "place, infeasible says why.",
  scope: "document",
  check: ({ schedule }) => {
    const out: Violation[] = [];
    const say = (message: string) => out.push({ rule: "status", message });
    const unplaced = schedule.unplaced ?? [];
    const explanation = schedule.explanation ?? [];
    switch (schedule.status) {
      case "solved":
        if (unplaced.length > 0) {
          say(`The schedule says "solved" but lists ${unplaced.length} unplaced meeting(s).`);
        }
        break;
      case "partial":
        if (unplaced.length === 0)
          say(`The schedule says "partial" but lists no unplaced meeting.`);
        break;
      case "infeasible":
        if (!explanation.some((line) => typeof line === "string" && line.trim() !== "")) {
          say(`The schedule says "infeasible" but gives no explanation.`);
        }
        break;
      default:
        say(
          `The schedule's status is "${String(schedule.status)}"; it must be "solved", "partial" or "infeasible".`,
        );
    }
    return out;
  },
};
