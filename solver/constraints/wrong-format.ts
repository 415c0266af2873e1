import { SCHEDULE_FORMAT } from "../model/format.ts";
import type { Constraint } from "./constraint.ts";

export const wrongFormat: Constraint<"wrong-format"> = {
  rule: "wrong-format",
  protects: `The file is a schedule of this format version ("${SCHEDULE_FORMAT}").`,
  scope: "document",
  check: (occ) =>
    occ.schedule.format === SCHEDULE_FORMAT
      ? []
      : [
          {
            rule: "wrong-format",
            message: `The schedule's format is "${String(occ.schedule.format)}", not "${SCHEDULE_FORMAT}".`,
          },
        ],
};
