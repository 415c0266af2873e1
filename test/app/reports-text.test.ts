import { describe, expect, it } from "vitest";
import {
  parseRoute,
  routeHref,
  type PlanningRoute,
} from "../../src/features/reports/planning-route.ts";
import { percent, sessionsWords, teamStatusWords } from "../../src/features/reports/report-text.ts";
import type { TeamReport } from "../../src/features/reports/team-report.ts";

describe("planning routes", () => {
  it("round-trips every page, ids with slashes and spaces included", () => {
    const routes: PlanningRoute[] = [
      { page: "dashboard" },
      { page: "all-teams" },
      { page: "team", id: "team-6a" },
      { page: "teacher", id: "t/odd id%" },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
    expect(routeHref({ page: "team", id: "team 6a" })).toBe("#/planning/team/team%206a");
  });

  it("falls back to the dashboard for any other address", () => {
    for (const hash of [
      "",
      "#",
      "#/grid",
      "#/planning/team",
      "#/planning/team/a/b",
      "#/planning/x/y",
      "#/planning/team/%E0%A4%A",
    ]) {
      expect(parseRoute(hash)).toEqual({ page: "dashboard" });
    }
  });
});

const team = (more: Partial<TeamReport>): TeamReport => ({
  index: 0,
  id: "t",
  name: "T",
  kind: "grade",
  members: [],
  lead: null,
  required: 5,
  blocks: [],
  status: { kind: "complete" },
  minutesPerCycle: 230,
  sessionsPerWeek: 5,
  fewSessions: false,
  ...more,
});

describe("words for figures", () => {
  it("says a team's status with an icon and words", () => {
    expect(teamStatusWords(team({}))).toEqual({
      icon: "✓",
      label: "All 5 slots given",
      detail: null,
    });
    expect(teamStatusWords(team({ required: 1 })).label).toBe("All 1 slot given");
    expect(
      teamStatusWords(team({ status: { kind: "incomplete", missing: 2, reasons: ["A.", "B."] } })),
    ).toEqual({ icon: "⚠", label: "2 of 5 slots missing", detail: "A. B." });
    expect(
      teamStatusWords(team({ status: { kind: "incomplete", missing: 0, reasons: [] } })).label,
    ).toBe("Every slot given, but a planning rule is broken");
    expect(teamStatusWords(team({ required: 0, status: { kind: "no-requirement" } })).icon).toBe(
      "–",
    );
  });

  it("flags fewer than four sessions a week and rounds A/B figures", () => {
    expect(sessionsWords(team({}))).toEqual({ text: "5 sessions a week", short: false });
    expect(sessionsWords(team({ sessionsPerWeek: 2.5, fewSessions: true }))).toEqual({
      text: "2.5 sessions a week: fewer than the 4 recommended",
      short: true,
    });
    expect(sessionsWords(team({ sessionsPerWeek: 5 / 3 })).text).toBe("1.67 sessions a week");
    expect(sessionsWords(team({ sessionsPerWeek: null, fewSessions: null })).text).toMatch(
      /Unknown/,
    );
  });

  it("rounds a share down, so that all but one never reads 100%", () => {
    expect(percent(199, 200)).toBe("99%");
    expect(percent(22, 22)).toBe("100%");
    expect(percent(0, 0)).toBe("–");
  });
});
