import { describe, expect, it } from "vitest";
import type { Schedule, School } from "../../solver/model/format.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { validateSchedule } from "../../solver/validate/index.ts";
import { planningReport } from "../../src/features/reports/planning-report.ts";
import type { TeamReport } from "../../src/features/reports/team-report.ts";
import { instanceFiles } from "../shared-path.ts";
import { loadInstance } from "./reports-fixtures.ts";
import { smallSchedule, smallSchool } from "./reports-small.ts";

const team = (teams: TeamReport[], id: string): TeamReport => {
  const found = teams.find((t) => t.id === id);
  if (!found) throw new Error(`no team ${id}`);
  return found;
};

/** Minutes of a team's planning entries, from the raw files' bell times. */
function rawMinutes(school: School, schedule: Schedule, teamId: string): number {
  const slots = new Set(
    schedule.planning.filter((p) => p.team === teamId).map((p) => `${p.day}|${p.period}`),
  );
  let total = 0;
  for (const slot of slots) {
    const period = school.calendar.periods.find((p) => p.id === slot.split("|")[1])!;
    const [sh, sm] = period.start!.split(":").map(Number);
    const [eh, em] = period.end!.split(":").map(Number);
    total += eh! * 60 + em! - (sh! * 60 + sm!);
  }
  return total;
}

/** Rules about people that can spoil a planning slot (and then name the team). */
const PEOPLE_RULES: string[] = ["teacher-clash", "teacher-unavailable", "lunch-busy"];

const middle = (mutation: string) =>
  loadInstance("middle-m-1.school.json", `middle-m-1.mutation-${mutation}.schedule.json`, true);

describe("teams on the shared instances", () => {
  it.each(instanceFiles(".planted.json"))("gives every team all its planning in %s", (file) => {
    const { school, model, schedule } = loadInstance(file.replace(".planted.", ".school."), file);
    const report = planningReport(model, schedule);
    const asked = (school.teams ?? []).filter((t) => (t.planning?.perCycle ?? 0) > 0);
    expect(report.share).toEqual({ complete: asked.length, of: asked.length });
    for (const t of report.teams) {
      const raw = school.teams!.find((x) => x.id === t.id)!;
      expect(t.status.kind).toBe(raw.planning ? "complete" : "no-requirement");
      expect(t.blocks.every((b) => b.given)).toBe(true);
      expect(t.blocks.length).toBe(raw.planning?.perCycle ?? t.blocks.length);
      expect(t.minutesPerCycle).toBe(rawMinutes(school, schedule, t.id));
    }
  });

  it("counts a missing slot (mutation 04)", () => {
    const { model, schedule } = middle("04");
    const report = planningReport(model, schedule);
    const t = team(report.teams, "team-6a");
    expect(t.status).toEqual({
      kind: "incomplete",
      missing: 1,
      reasons: [expect.stringMatching(/has 4 of its 5 planning slots/)],
    });
    expect(report.share.complete).toBe(report.share.of - 1);
    expect(t.minutesPerCycle).toBe(4 * 46);
  });

  it("does not count a slot in which members teach, and says who (mutation 05)", () => {
    const { model, schedule } = middle("05");
    const t = team(planningReport(model, schedule).teams, "team-6a");
    const mon2 = t.blocks.find(
      (b) => model.dayIds[b.day] === "Mon" && model.periodIds[b.period] === "2",
    );
    expect(mon2?.given).toBe(false);
    expect(t.blocks.filter((b) => b.given)).toHaveLength(4);
    expect(t.status.kind).toBe("incomplete");
    if (t.status.kind !== "incomplete") return;
    expect(t.status.missing).toBe(1);
    for (const member of ["t-vargas", "t-lewis", "t-gibson", "t-kim"]) {
      expect(t.status.reasons.some((r) => r.includes(`(${member}) teaches`))).toBe(true);
    }
  });

  it("does not count a slot in which a member takes lunch (mutation 06)", () => {
    const { model, schedule } = middle("06");
    const report = planningReport(model, schedule);
    const hit = report.teams.filter((t) => t.status.kind === "incomplete");
    expect(hit.map((t) => t.members.some((m) => m.id === "t-evans"))).toEqual([true]);
    expect(hit[0]!.status).toMatchObject({ missing: 1 });
  });

  it("keeps every slot but reports the broken rule when a team plans twice a day (mutation 07)", () => {
    const { model, schedule } = middle("07");
    const t = team(planningReport(model, schedule).teams, "team-7a");
    expect(t.blocks.every((b) => b.given)).toBe(true);
    expect(t.status).toEqual({
      kind: "incomplete",
      missing: 0,
      reasons: [expect.stringMatching(/plans 2 times on Thu/)],
    });
  });

  it("agrees with the validator on which teams a broken schedule shortchanges", () => {
    for (const n of ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10"]) {
      const { model, schedule } = middle(n);
      const report = planningReport(model, schedule);
      const named = new Set(
        validateSchedule(model, schedule)
          .filter((v) => v.rule.startsWith("planning-") || PEOPLE_RULES.includes(v.rule))
          .flatMap((v) => v.teams ?? []),
      );
      const asked = new Set(report.teams.filter((t) => t.required > 0).map((t) => t.id));
      const incomplete = report.teams
        .filter((t) => t.status.kind === "incomplete")
        .map((t) => t.id);
      expect(incomplete.sort()).toEqual([...named].filter((id) => asked.has(id)).sort());
    }
  });
});

describe("time enough to matter", () => {
  it("converts an A/B cycle to weeks: one 90-minute block a cycle is 2.5 sessions a week", () => {
    const { model, schedule } = loadInstance("high-s-1.school.json", "high-s-1.planted.json");
    for (const t of planningReport(model, schedule).teams) {
      expect(t.minutesPerCycle).toBe(90);
      expect(t.sessionsPerWeek).toBe(2.5);
      expect(t.fewSessions).toBe(true);
    }
  });

  it("finds five 46-minute sessions a week enough for a middle-school grade team", () => {
    const { model, schedule } = loadInstance("middle-s-1.school.json", "middle-s-1.planted.json");
    const t = team(planningReport(model, schedule).teams, "team-6a");
    expect([t.minutesPerCycle, t.sessionsPerWeek, t.fewSessions]).toEqual([230, 5, false]);
  });

  it("does not count a session under 30 minutes, but joins consecutive periods into one", () => {
    const model = resolveSchool(smallSchool());
    const base = smallSchedule();
    // Periods 1 and 2 last 25 minutes each; together (08:00-08:55) they are one 55-minute session.
    const short: Schedule = {
      ...base,
      planning: [
        { team: "team-ab", day: "Tue", period: "1" },
        { team: "team-ab", day: "Tue", period: "2" },
      ],
    };
    const school = smallSchool({
      teachers: [
        { id: "t-a", name: "Ada Ames" },
        { id: "t-b", name: "Bo Birch" },
      ],
      teams: [{ id: "team-ab", members: ["t-a", "t-b"], planning: { perCycle: 2, maxPerDay: 2 } }],
    });
    const joined = team(planningReport(resolveSchool(school), short).teams, "team-ab");
    expect([joined.minutesPerCycle, joined.sessionsPerWeek]).toEqual([50, 1]);
    const apart: Schedule = {
      ...base,
      planning: [
        { team: "team-ab", day: "Mon", period: "3" },
        { team: "team-ab", day: "Tue", period: "2" },
      ],
    };
    const split = team(planningReport(resolveSchool(school), apart).teams, "team-ab");
    expect([split.minutesPerCycle, split.sessionsPerWeek]).toEqual([70, 1]);
    expect(team(planningReport(model, base).teams, "team-ab").sessionsPerWeek).toBe(2);
  });

  it("cannot tell minutes or sessions when the bell schedule gives no times", () => {
    const school = smallSchool();
    const untimed: School = {
      ...school,
      calendar: {
        ...school.calendar,
        periods: school.calendar.periods.map(({ id, name }) => ({ id, name })),
      },
    };
    const t = team(planningReport(resolveSchool(untimed), smallSchedule()).teams, "team-ab");
    expect(t.status.kind).toBe("complete");
    expect([t.minutesPerCycle, t.sessionsPerWeek, t.fewSessions]).toEqual([null, null, null]);
    expect(t.blocks.map((b) => b.start)).toEqual([null, null]);
  });
});

describe("team details", () => {
  it("names members, lead, kind and the real times of each slot", () => {
    const t = team(planningReport(resolveSchool(smallSchool()), smallSchedule()).teams, "team-ab");
    expect(t.members.map((m) => m.name)).toEqual(["Ada Ames", "Bo Birch"]);
    expect(t.lead?.name).toBe("Bo Birch");
    expect(t.kind).toBe("grade");
    expect(t.blocks.map((b) => [b.day, b.period, b.start, b.end, b.minutes])).toEqual([
      [0, 2, "09:00", "09:45", 45],
      [1, 2, "09:00", "09:45", 45],
    ]);
  });

  it("gives an infeasible answer's teams none of their planning", () => {
    const infeasible: Schedule = { ...smallSchedule(), status: "infeasible", explanation: ["No."] };
    const report = planningReport(resolveSchool(smallSchool()), infeasible);
    expect(report.share).toEqual({ complete: 0, of: 1 });
    expect(team(report.teams, "team-ab").status).toMatchObject({ kind: "incomplete", missing: 2 });
  });
});
