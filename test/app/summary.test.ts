import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { School } from "../../solver/model/format.ts";
import { describePeriods, summarizeSchool } from "../../src/features/school/summary.ts";

const countsOf = (school: School) =>
  Object.fromEntries(summarizeSchool(school).counts.map((c) => [c.label, c.value]));

const tiny = (): School => ({
  format: "commons-school/1",
  name: "Tiny",
  calendar: {
    days: [{ id: "Mon" }, { id: "Tue" }, { id: "Wed" }],
    periods: [{ id: "1" }, { id: "2" }, { id: "3" }, { id: "4" }],
  },
  teachers: [
    { id: "t-a", name: "Ana" },
    { id: "t-b", name: "Ben" },
  ],
  sections: [
    { id: "s1", course: "Math", teachers: ["t-a"] },
    { id: "s2", course: "Art", teachers: ["t-b"], allowedDays: ["Mon", "Wed"] },
    { id: "s3", course: "PE", teachers: ["t-b"], meetings: 1 },
  ],
  teams: [
    {
      id: "team",
      members: ["t-a", "t-b"],
      lead: "t-b",
      planning: { perCycle: 2, periods: ["2", "3", "4"], samePeriod: true },
    },
    { id: "club", name: "Club", members: ["t-a"] },
  ],
});

describe("summarizeSchool", () => {
  it("counts meetings with the spec's default of one a day on every allowed day", () => {
    const counts = countsOf(tiny());
    expect(counts["Meetings per cycle"]).toBe(3 + 2 + 1);
    expect(counts["Planning slots per cycle"]).toBe(2);
    expect(counts["Teachers"]).toBe(2);
    expect(counts["Rooms"]).toBe(0);
    expect(counts["Groups"]).toBe(0);
  });

  it("names members, marks the lead and describes planning", () => {
    const summary = summarizeSchool(tiny());
    expect(summary.calendar).toBe("3 days a cycle, 4 periods a day");
    const [team, club] = summary.teams;
    expect(team?.name).toBe("team");
    expect(team?.members).toEqual([
      { id: "t-a", name: "Ana", isLead: false },
      { id: "t-b", name: "Ben", isLead: true },
    ]);
    expect(team?.planning).toBe(
      "2 slots a cycle, at most 1 a day, all at one period, in periods 2–4",
    );
    expect(club?.planning).toBeNull();
  });

  it("agrees with the instance table for a shared example school", () => {
    const url = new URL("../../../shared/instances/middle-s-1.school.json", import.meta.url);
    const school = JSON.parse(readFileSync(url, "utf8")) as School;
    // Figures from shared/instances/README.md, an independent account of the same file.
    expect(countsOf(school)).toEqual({
      Teachers: 31,
      Groups: 18,
      Sections: 90,
      Teams: 9,
      Rooms: 27,
      "Meetings per cycle": 390,
      "Planning slots per cycle": 24,
    });
  });
});

describe("describePeriods", () => {
  const ids = ["1", "2", "3", "4", "5", "6"];
  it("collapses runs of three or more and lists pairs and singles", () => {
    expect(describePeriods([false, true, true, true, false, true], ids)).toBe("2–4, 6");
    expect(describePeriods([true, true, false, false, true, false], ids)).toBe("1, 2, 5");
    expect(describePeriods([false, false, false, false, false, false], ids)).toBe("");
  });
});
