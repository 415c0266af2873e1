// Everything the dashboard, the team pages and the teacher pages show, computed once per
// schedule: the validator's verdict, its occupancy index, and the team and teacher reports.
import {
  buildOccupancy,
  checkOccupancy,
  type Schedule,
  type Model,
  type Occupancy,
  type Violation,
} from "../../../solver/index.ts";
import { teacherReports, type TeacherReport } from "./teacher-report.ts";
import { planningShare, teamReports, type TeamReport } from "./team-report.ts";

export type PlanningReport = {
  occ: Occupancy;
  violations: Violation[];
  teams: TeamReport[];
  teachers: TeacherReport[];
  /** Teams with all their planning, of the teams that have a requirement. */
  share: { complete: number; of: number };
};

export function planningReport(model: Model, schedule: Schedule): PlanningReport {
  // The rules read the index without changing it, so one index serves the check and the reports.
  const occ = buildOccupancy(model, schedule);
  const violations = checkOccupancy(occ);
  const teams = teamReports(occ, violations);
  return { occ, violations, teams, teachers: teacherReports(occ), share: planningShare(teams) };
}
