// The group checks (fullDay groups and group load), each on the smallest school that breaks it and
// on a near miss that a written schedule proves feasible.
import { describe, expect, it } from "vitest";
import type { Group, School, Section } from "../../solver/model/format.ts";
import { lunch, place, schedule, school, section, teacher } from "../validate/builder.ts";
import { expectFeasible, onlyFinding } from "./helpers.ts";

const teachers = ["t1", "t2", "t3", "t4"].map((id) => teacher(id));
const grade6 = (fullDay: { grade?: boolean; homeroom?: boolean } = {}): Group[] => [
  { id: "g6", name: "Grade 6", fullDay: fullDay.grade ?? false },
  { id: "g6-a1", name: "6A1", parent: "g6", fullDay: fullDay.homeroom ?? false },
];
/** Section i taught by teacher t(i+1), so that only the groups can clash. */
const classes = (specs: [string, Partial<Section>][]): Section[] =>
  specs.map(([id, more], i) => section(id, [`t${i + 1}`], more));

/** Three sections of one group, two days of two periods: s1 every day, s2 on Mon, s3 on s3Day. */
const mondayOverfilled = (group: Group, s3Day: string): School =>
  school({
    days: ["Mon", "Tue"],
    periods: ["1", "2"],
    teachers,
    groups: [group],
    sections: classes([
      ["s1", { groups: [group.id] }],
      ["s2", { groups: [group.id], allowedDays: ["Mon"] }],
      ["s3", { groups: [group.id], allowedDays: [s3Day] }],
    ]),
  });

describe("full-day", () => {
  const lengths = (a: number, b: number): School =>
    school({
      teachers,
      groups: grade6({ homeroom: true }),
      sections: classes([
        ["a", { groups: ["g6-a1"], length: a }],
        ["b", { groups: ["g6"], length: b }],
      ]),
    });

  it("finds more section-periods than the group's day holds, counting its ancestors' sections", () => {
    const f = onlyFinding(lengths(2, 2), "full-day");
    expect(f.message).toBe(
      "6A1 (g6-a1) is a full-day group, in class in exactly 3 periods per cycle (1 day x 3 periods), but the sections of Grade 6 (g6) and 6A1 (g6-a1) add up to 4 section-periods, so two of them must overlap.",
    );
    expect(f.groups).toEqual(["g6-a1"]);
    expect(f.sections).toEqual(["a", "b"]);
  });

  it("finds fewer section-periods than the group's day holds", () => {
    expect(onlyFinding(lengths(1, 1), "full-day").message).toBe(
      "6A1 (g6-a1) is a full-day group, in class in exactly 3 periods per cycle (1 day x 3 periods), but the sections of Grade 6 (g6) and 6A1 (g6-a1) add up to only 2 section-periods, so it is left without a class for at least 1 period.",
    );
  });

  it("passes exactly the periods of the cycle", () => {
    expectFeasible(lengths(2, 1), schedule({ placements: place("a@Mon/1", "b@Mon/3") }));
  });

  // s1 meets every day; s2 only on Mon and Wed, every time it may; s3 once, on Mon or Wed (or Tue).
  const tuesday = (s3Days: string[]): School =>
    school({
      days: ["Mon", "Tue", "Wed"],
      periods: ["1", "2"],
      teachers,
      groups: [{ id: "hr", name: "Homeroom", fullDay: true }],
      sections: classes([
        ["s1", { groups: ["hr"] }],
        ["s2", { groups: ["hr"], allowedDays: ["Mon", "Wed"] }],
        ["s3", { groups: ["hr"], allowedDays: s3Days, meetings: 1 }],
      ]),
    });

  it("finds a day its sections cannot fill", () => {
    expect(onlyFinding(tuesday(["Mon", "Wed"]), "full-day").message).toBe(
      "Homeroom (hr) is a full-day group and needs a class in 2 periods on Tue, but the sections that may meet on Tue add up to only 1 period.",
    );
  });

  it("passes when one more section may meet that day", () => {
    expectFeasible(
      tuesday(["Mon", "Tue", "Wed"]),
      schedule({
        placements: place("s1@Mon/1", "s1@Tue/1", "s1@Wed/1", "s2@Mon/2", "s2@Wed/2", "s3@Tue/2"),
      }),
    );
  });

  // Sections that meet on every day they may, on Mon; s3 moves to Tue in the near miss.
  const monday = (s3Day: string): School =>
    mondayOverfilled({ id: "hr", name: "Homeroom", fullDay: true }, s3Day);

  it("finds a day its sections overfill", () => {
    expect(onlyFinding(monday("Mon"), "full-day").message).toBe(
      "Homeroom (hr) has 3 periods of classes on Mon from sections that meet on every day they may (s1 (Course s1), s2 (Course s2) and s3 (Course s3)), but the day has only 2 periods, so two of them must overlap.",
    );
  });

  it("passes when one of them meets another day", () => {
    expectFeasible(
      monday("Tue"),
      schedule({ placements: place("s1@Mon/1", "s1@Tue/1", "s2@Mon/2", "s3@Tue/2") }),
    );
  });

  const lastPeriod = (s3Periods: string[]): School =>
    school({
      teachers,
      groups: [{ id: "hr", name: "Homeroom", fullDay: true }],
      sections: classes([
        ["s1", { groups: ["hr"], allowedPeriods: ["1", "2"] }],
        ["s2", { groups: ["hr"], allowedPeriods: ["1", "2"] }],
        ["s3", { groups: ["hr"], allowedPeriods: s3Periods }],
      ]),
    });

  it("finds a period none of its sections may cover", () => {
    expect(onlyFinding(lastPeriod(["1", "2"]), "full-day").message).toBe(
      "Homeroom (hr) is a full-day group and needs a class in every period, but none of its sections may meet in period 3 on Mon.",
    );
  });

  it("passes when one section may meet in that period", () => {
    expectFeasible(
      lastPeriod(["2", "3"]),
      schedule({ placements: place("s1@Mon/1", "s2@Mon/2", "s3@Mon/3") }),
    );
  });

  const lunchWindow = (s3Periods: string[]): School =>
    school({
      periods: ["1", "2", "3", "4"],
      teachers,
      groups: [{ id: "hr", name: "Homeroom", fullDay: true }],
      sections: classes([
        ["s1", { groups: ["hr"], allowedPeriods: ["1", "2"] }],
        ["s2", { groups: ["hr"], allowedPeriods: ["1", "2"] }],
        ["s3", { groups: ["hr"], allowedPeriods: s3Periods }],
      ]),
      lunch: { periods: ["3", "4"] },
    });

  it("allows one uncovered period a day for lunch, and no more", () => {
    expect(onlyFinding(lunchWindow(["1", "2"]), "full-day").message).toBe(
      "Homeroom (hr) is a full-day group and needs a class in every period but its lunch, but none of its sections may meet in periods 3 and 4 on Mon, and only one of them can be its lunch.",
    );
  });

  it("passes when only one period is left for lunch", () => {
    expectFeasible(
      lunchWindow(["3"]),
      schedule({
        placements: place("s1@Mon/1", "s2@Mon/2", "s3@Mon/3"),
        lunch: lunch("group:hr@Mon/4", "t1@Mon/3", "t2@Mon/3", "t3@Mon/4"),
      }),
    );
  });
});

describe("group-load", () => {
  const crowded = (n: number): School =>
    school({
      teachers,
      groups: grade6(),
      sections: classes(
        (
          [
            ["a", { groups: ["g6-a1"] }],
            ["b", { groups: ["g6-a1"] }],
            ["c", { groups: ["g6"] }],
            ["d", { groups: ["g6"] }],
          ] as [string, Partial<Section>][]
        ).slice(0, n),
      ),
    });

  it("finds a leaf with more section-periods than the cycle has slots", () => {
    const f = onlyFinding(crowded(4), "group-load");
    expect(f.message).toBe(
      "6A1 (g6-a1) has 4 section-periods of classes per cycle (the sections of Grade 6 (g6) and 6A1 (g6-a1)), but there are only 3 slots of the cycle (1 day x 3 periods), so two of them must overlap.",
    );
    expect(f.groups).toEqual(["g6-a1"]);
    expect(f.sections).toEqual(["a", "b", "c", "d"]);
  });

  it("passes one section-period less", () => {
    expectFeasible(crowded(3), schedule({ placements: place("a@Mon/1", "b@Mon/2", "c@Mon/3") }));
  });

  // The grade is fullDay, so its lunch is a slot the homeroom below it cannot use either.
  const underLunch = (homeroomClasses: number): School =>
    school({
      teachers,
      groups: grade6({ grade: true }),
      sections: classes(
        (
          [
            ["c", { groups: ["g6"] }],
            ["d", { groups: ["g6"] }],
            ["a", { groups: ["g6-a1"] }],
          ] as [string, Partial<Section>][]
        ).slice(0, 2 + homeroomClasses),
      ),
      lunch: { periods: ["2"] },
    });

  it("sets aside the lunch of a fullDay group above the leaf", () => {
    expect(onlyFinding(underLunch(1), "group-load").message).toBe(
      "6A1 (g6-a1) has 3 section-periods of classes per cycle (the sections of Grade 6 (g6) and 6A1 (g6-a1)), but there are only 3 slots of the cycle (1 day x 3 periods), 2 once a fullDay group's lunch each day is set aside, so two of them must overlap.",
    );
  });

  it("passes without the homeroom's own class", () => {
    expectFeasible(
      underLunch(0),
      schedule({
        placements: place("c@Mon/1", "d@Mon/3"),
        lunch: lunch("group:g6@Mon/2", "t1@Mon/2", "t2@Mon/2"),
      }),
    );
  });

  const monday = (s3Day: string): School =>
    mondayOverfilled({ id: "g", name: "Singletons" }, s3Day);

  it("finds a day that sections meeting every day they may overfill", () => {
    expect(onlyFinding(monday("Mon"), "group-load").message).toBe(
      "Singletons (g) has 3 periods of classes on Mon from sections that meet on every day they may (s1 (Course s1), s2 (Course s2) and s3 (Course s3)), but the day has only 2 periods, so two of them must overlap.",
    );
  });

  it("passes when one of them meets another day", () => {
    expectFeasible(
      monday("Tue"),
      schedule({ placements: place("s1@Mon/1", "s1@Tue/1", "s2@Mon/2", "s3@Tue/2") }),
    );
  });
});
