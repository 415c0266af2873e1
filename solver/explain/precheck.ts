// Cheap infeasibility checks: necessary conditions of every valid schedule, each answering
// sentences that prove the school cannot be scheduled. An empty answer proves nothing.
import type { Model } from "../model/model.ts";
import type { Check, Finding } from "./finding.ts";
import { buildFacts } from "./facts.ts";
import { fixedClash } from "./fixed-clash.ts";
import { freePerCycle } from "./free-per-cycle.ts";
import { fullDay } from "./full-day.ts";
import { groupLoad } from "./group-load.ts";
import { pinUnavailable } from "./pin-unavailable.ts";
import { planningLimit } from "./planning-limit.ts";
import { roomDemand } from "./room-demand.ts";
import { roomFit } from "./room-fit.ts";
import { sectionTime } from "./section-time.ts";
import { teacherOverload } from "./teacher-overload.ts";
import { teachingPerDay } from "./teaching-per-day.ts";
import { teamCommonTime } from "./team-common-time.ts";
import { teamMemberBusy } from "./team-member-busy.ts";
import { teamStudents } from "./team-students.ts";

/** Teams first (their planning is the app's promise), then people, groups, sections, rooms. */
export const CHECKS: readonly Check[] = [
  teamMemberBusy,
  teamCommonTime,
  teamStudents,
  teacherOverload,
  teachingPerDay,
  planningLimit,
  freePerCycle,
  fullDay,
  groupLoad,
  sectionTime,
  pinUnavailable,
  fixedClash,
  roomFit,
  roomDemand,
];

export function precheck(model: Model): Finding[] {
  const facts = buildFacts(model);
  return CHECKS.flatMap((check) => check.run(facts));
}
