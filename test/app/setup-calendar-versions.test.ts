import { describe, expect, it } from "vitest";
import { checkSchool } from "../../solver/format/parse-school.ts";
import type { School } from "../../solver/model/format.ts";
import { compareSchedules } from "../../src/data/index.ts";
import { emptySchool } from "../../src/features/school/empty-school.ts";
import {
  addPeriod,
  defaultTerm,
  nextDay,
  presetDays,
  removePeriod,
  replaceDays,
  setCalendarItem,
  setLunch,
} from "../../src/features/setup/calendar-edits.ts";
import { describeComparison } from "../../src/features/setup/version-compare.ts";
import { moved, tinySchedule, tinySchool } from "../data/fixtures.ts";

function weekSchool(): School {
  const school = emptySchool("Week School");
  school.teachers = [{ id: "t-lee", name: "Ana Lee", unavailable: [{ day: "Fri", period: "7" }] }];
  school.sections = [
    { id: "s1", course: "Art", teachers: ["t-lee"], allowedDays: ["Mon", "Fri"], meetings: 2 },
  ];
  school.lunch = { periods: ["4", "7"] };
  school.calendar.term = { start: "2026-09-01", end: "2027-06-15", rotation: "weekdays" };
  return school;
}

describe("calendar edits", () => {
  it("add a period after the last, with the same length and gap", () => {
    const school = addPeriod(emptySchool("x"));
    expect(school.calendar.periods.at(-1)).toEqual({
      id: "8",
      name: "Period 8",
      start: "14:25",
      end: "15:15",
    });
    expect(checkSchool(school).ok).toBe(true);
  });

  it("continue the week or the rotation when adding a day", () => {
    expect(nextDay(presetDays("week"))).toEqual({ id: "Sat", name: "Saturday" });
    expect(nextDay(presetDays("ab"))).toEqual({ id: "C", name: "Day C" });
  });

  it("replace a week by a rotation, moving references by position and the term to the cycle", () => {
    const school = replaceDays(weekSchool(), presetDays("ab"));
    expect(school.calendar.days.map((d) => d.id)).toEqual(["A", "B"]);
    // Mon became A; Fri (the fifth day) has no counterpart and is removed.
    expect(school.sections[0]!.allowedDays).toEqual(["A"]);
    expect(school.teachers[0]!.unavailable).toEqual([]);
    expect(school.calendar.term?.rotation).toBe("cycle");
  });

  it("rename a period everywhere, and drop the lunch rule with its last period", () => {
    const renamed = setCalendarItem(weekSchool(), "periods", 6, "id", "P7");
    expect(renamed.lunch?.periods).toEqual(["4", "P7"]);
    expect(renamed.teachers[0]!.unavailable).toEqual([{ day: "Fri", period: "P7" }]);
    const onlyLunch = setLunch(weekSchool(), ["7"]);
    const removed = removePeriod(onlyLunch, 6);
    expect(removed).not.toHaveProperty("lunch");
    expect(removed.calendar.periods).toHaveLength(6);
    expect(checkSchool(removed).ok).toBe(true);
  });

  it("start a term in September of the current school year", () => {
    expect(defaultTerm(new Date(2026, 1, 10), presetDays("week"))).toEqual({
      start: "2025-09-01",
      end: "2026-06-15",
      rotation: "weekdays",
    });
    expect(defaultTerm(new Date(2026, 7, 10), presetDays("ab")).rotation).toBe("cycle");
  });
});

describe("describeComparison", () => {
  it("names the moved meetings and the teams whose planning changed", () => {
    const school = tinySchool();
    const before = tinySchedule(school);
    const after = {
      ...moved(before, 0, "Mon", "3"),
      planning: [{ team: "team-9", day: "Tue", period: "3" }],
    };
    const text = describeComparison(school, compareSchedules(school, before, after));
    expect(text.summary).toBe("1 meeting of 1 section moved; 1 team's planning changed.");
    expect(text.moves).toEqual(["Algebra 1 (alg1-1): Monday Period 1 → Monday Period 3"]);
    expect(text.planning).toEqual([
      {
        team: "team-9",
        text: "Grade 9 gains Tuesday Period 3 and loses Monday Period 3: 1 → 1 planning slots of the 1 it needs",
        short: false,
      },
    ]);
  });

  it("flags a team left short of its planning, and says when nothing changed", () => {
    const school = tinySchool();
    const before = tinySchedule(school);
    const short = describeComparison(
      school,
      compareSchedules(school, before, { ...before, planning: [] }),
    );
    expect(short.planning[0]?.short).toBe(true);
    expect(describeComparison(school, compareSchedules(school, before, before)).summary).toBe(
      "The two versions are the same.",
    );
  });
});
