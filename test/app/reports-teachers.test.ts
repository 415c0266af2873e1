import { describe, expect, it } from "vitest";
import type { Schedule } from "../../solver/model/format.ts";
import type { Model } from "../../solver/model/model.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { validateSchedule } from "../../solver/validate/index.ts";
import { planningReport } from "../../src/features/reports/planning-report.ts";
import { isLimitFlag, type TeacherReport } from "../../src/features/reports/teacher-report.ts";
import { instanceFiles, MUTATIONS_DIR } from "../shared-path.ts";
import { loadInstance } from "./reports-fixtures.ts";
import { smallSchedule, smallSchool } from "./reports-small.ts";

const LIMITS = new Set([
  "max-teaching-per-day",
  "min-free-per-day",
  "min-free-per-cycle",
  "max-planning-per-cycle",
]);

/** "rule teacher day" for each limit flag of the reports, and for the validator's violations. */
function limitKeys(model: Model, schedule: Schedule): { ours: string[]; validator: string[] } {
  const report = planningReport(model, schedule);
  const ours = report.teachers.flatMap((t) =>
    t.flags
      .filter(isLimitFlag)
      .map((f) => `${f.rule} ${t.id} ${f.day === null ? "-" : model.dayIds[f.day]}`),
  );
  const validator = validateSchedule(model, schedule)
    .filter((v) => LIMITS.has(v.rule))
    .map((v) => `${v.rule} ${v.teachers?.[0]} ${v.day ?? "-"}`);
  return { ours: ours.sort(), validator: validator.sort() };
}

const byId = (teachers: TeacherReport[], id: string): TeacherReport => {
  const found = teachers.find((t) => t.id === id);
  if (!found) throw new Error(`no teacher ${id}`);
  return found;
};

describe("teacher limits agree with the validator", () => {
  it.each(instanceFiles(".planted.json"))("flags no limit on the valid schedule %s", (file) => {
    const { model, schedule } = loadInstance(file.replace(".planted.", ".school."), file);
    const { ours, validator } = limitKeys(model, schedule);
    expect(validator).toEqual([]);
    expect(ours).toEqual([]);
  });

  it.each(instanceFiles(".schedule.json", MUTATIONS_DIR))(
    "flags the same teachers, rules and days as the validator on %s",
    (file) => {
      const schoolFile = `${file.split(".")[0]}.school.json`;
      const { model, schedule } = loadInstance(schoolFile, file, true);
      const { ours, validator } = limitKeys(model, schedule);
      expect(ours).toEqual(validator);
    },
  );

  it("names the teachers the mutations README names", () => {
    const nine = loadInstance(
      "middle-m-1.school.json",
      "middle-m-1.mutation-09.schedule.json",
      true,
    );
    expect(limitKeys(nine.model, nine.schedule).ours).toContain("min-free-per-day t-peterson Mon");
    const ten = loadInstance(
      "middle-m-1.school.json",
      "middle-m-1.mutation-10.schedule.json",
      true,
    );
    expect(limitKeys(ten.model, ten.schedule).ours).toContain(
      "min-free-per-cycle t-lewis-hassan -",
    );
    const six = loadInstance("high-m-1.school.json", "high-m-1.mutation-06.schedule.json", true);
    expect(limitKeys(six.model, six.schedule).ours).toContain("max-teaching-per-day t-harrison B");
  });
});

describe("a teacher's days, counted by hand on the small school", () => {
  const model = resolveSchool(smallSchool());

  it("counts teaching (a double period counts 2), planning, free periods and lunch", () => {
    const { teachers } = planningReport(model, smallSchedule());
    const ada = byId(teachers, "t-a");
    expect(ada.days).toEqual([
      { teaching: 2, planning: 1, free: 0, lunch: [3], works: true },
      { teaching: 0, planning: 1, free: 2, lunch: [3], works: true },
    ]);
    expect([ada.teaching, ada.planning, ada.free]).toEqual([2, 2, 2]);
    expect(ada.flags).toEqual([]);
    // Bo is away on Tue period 1: that period is not free.
    const bo = byId(teachers, "t-b");
    expect(bo.days.map((d) => d.free)).toEqual([1, 1]);
  });

  it("flags each limit a change breaks, with the day it breaks on", () => {
    const base = smallSchedule();
    const schedule: Schedule = {
      ...base,
      placements: [...base.placements, { section: "art-1", day: "Tue", period: "2", room: "art" }],
      planning: [...base.planning, { team: "team-ab", day: "Tue", period: "1" }],
    };
    const strict = resolveSchool(
      smallSchool({
        teachers: [
          { id: "t-a", name: "Ada Ames", minFreePerCycle: 2, maxPlanningPerCycle: 2 },
          { id: "t-b", name: "Bo Birch", maxTeachingPerDay: 0, minFreePerDay: 1 },
        ],
      }),
    );
    const { teachers } = planningReport(strict, schedule);
    const flags = (id: string) =>
      byId(teachers, id).flags.map((f) => `${f.rule} ${f.day === null ? "-" : f.day}`);
    expect(flags("t-a")).toEqual([
      "min-free-per-cycle -",
      "max-planning-per-cycle -",
      "meetings-crowd-out-preparation -",
    ]);
    expect(flags("t-b")).toEqual([
      "max-teaching-per-day 0",
      "max-teaching-per-day 1",
      "min-free-per-day 1",
      "meetings-crowd-out-preparation -",
    ]);
    expect(limitKeys(strict, schedule).ours).toEqual(limitKeys(strict, schedule).validator);
  });

  it("flags meetings that outnumber free periods even when the school sets no limit", () => {
    const base = smallSchedule();
    // Ada gives up one of her two free periods to an extra Tue meeting: 3 meetings, 1 free.
    const crowded: Schedule = {
      ...base,
      planning: [...base.planning, { team: "team-ab", day: "Tue", period: "2" }],
    };
    const lax = resolveSchool(
      smallSchool({
        teachers: [
          { id: "t-a", name: "Ada Ames" },
          { id: "t-b", name: "Bo Birch" },
        ],
      }),
    );
    const ada = byId(planningReport(lax, crowded).teachers, "t-a");
    expect(ada.flags.map((f) => f.rule)).toEqual(["meetings-crowd-out-preparation"]);
    expect(ada.flags[0]!.message).toMatch(/3 planning meetings.*1 free period/);
    // One meeting fewer than free periods is balanced.
    expect(byId(planningReport(lax, base).teachers, "t-a").flags).toEqual([]);
  });

  it("reports no days for an infeasible answer, which claims no timetable", () => {
    const infeasible: Schedule = {
      ...smallSchedule(),
      status: "infeasible",
      explanation: ["Nothing fits."],
    };
    expect(planningReport(model, infeasible).teachers).toEqual([]);
  });
});
