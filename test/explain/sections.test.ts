// The section, pin and room checks, each on the smallest school that breaks it and on a near miss
// that a written schedule proves feasible.
import { describe, expect, it } from "vitest";
import type { Room, School, Section } from "../../solver/model/format.ts";
import { place, schedule, school, section, teacher } from "../validate/builder.ts";
import { expectFeasible, onlyFinding } from "./helpers.ts";

const at = (day: string, period: string) => ({ day, period });

describe("section-time", () => {
  const staggered = (samePeriod: boolean): School =>
    school({
      days: ["Mon", "Tue"],
      periods: ["1", "2"],
      teachers: [teacher("t1", { unavailable: [at("Mon", "1"), at("Tue", "2")] })],
      sections: [section("s1", ["t1"], { samePeriod })],
    });

  it("needs one period at which the teacher is available on every meeting day", () => {
    const f = onlyFinding(staggered(true), "section-time");
    expect(f.message).toBe(
      "Section s1 (Course s1) must meet 2 times per cycle, all at one period, but Teacher t1 (t1) is available at any one allowed period on only 1 day.",
    );
    expect(f.sections).toEqual(["s1"]);
    expect(f.teachers).toEqual(["t1"]);
  });

  it("passes the same availability without samePeriod", () => {
    expectFeasible(staggered(false), schedule({ placements: place("s1@Mon/2", "s1@Tue/1") }));
  });

  const closedRoom = (closed: { day: string; period: string }[]): School =>
    school({
      days: ["Mon", "Tue"],
      periods: ["1", "2"],
      teachers: [teacher("t1")],
      rooms: [{ id: "r1", unavailable: closed }],
      sections: [section("s1", ["t1"], { room: "r1" })],
    });

  it("needs its rooms available too", () => {
    expect(onlyFinding(closedRoom([at("Mon", "1"), at("Mon", "2")]), "section-time").message).toBe(
      "Section s1 (Course s1) must meet 2 times per cycle, all at one period, but its only room (r1) is available at any one allowed period, together with its teachers, on only 1 day.",
    );
  });

  it("passes when the room is open in one period of each day", () => {
    expectFeasible(
      closedRoom([at("Mon", "1")]),
      schedule({ placements: place("s1@Mon/2#r1", "s1@Tue/2#r1") }),
    );
  });
});

describe("pin-unavailable", () => {
  const pinnedAt = (period: string): School =>
    school({
      teachers: [teacher("t1", { unavailable: [at("Mon", "2")] })],
      sections: [section("s1", ["t1"], { pinned: [at("Mon", period)] })],
    });

  it("finds a pin in a teacher's unavailable slot", () => {
    const f = onlyFinding(pinnedAt("2"), "pin-unavailable");
    expect(f.message).toBe(
      "Section s1 (Course s1) is pinned to Mon period 2, when Teacher t1 (t1) is unavailable.",
    );
    expect(f.teachers).toEqual(["t1"]);
  });

  it("passes a pin one period earlier", () => {
    expectFeasible(pinnedAt("1"), schedule({ placements: place("s1@Mon/1") }));
  });

  const roomPin = (closed: string, room?: string): School =>
    school({
      teachers: [teacher("t1")],
      rooms: [
        { id: "r1", unavailable: [at("Mon", closed)] },
        { id: "r2", unavailable: [at("Mon", "2")] },
      ],
      sections: [
        section("s1", ["t1"], { pinned: [{ ...at("Mon", "2"), ...(room ? { room } : {}) }] }),
      ],
    });

  it("finds a pin in its pinned room's unavailable slot", () => {
    expect(onlyFinding(roomPin("2", "r1"), "pin-unavailable").message).toBe(
      "Section s1 (Course s1) is pinned to Mon period 2, when its room r1 is unavailable.",
    );
  });

  it("finds a pin when every room that fits is unavailable", () => {
    expect(onlyFinding(roomPin("2"), "pin-unavailable").message).toBe(
      "Section s1 (Course s1) is pinned to Mon period 2, when none of the rooms that fit it (r1 and r2) is available.",
    );
  });

  it("passes when the pinned room is open then", () => {
    expectFeasible(roomPin("3", "r1"), schedule({ placements: place("s1@Mon/2#r1") }));
  });
});

describe("fixed-clash", () => {
  const twoPins = (second: string): School =>
    school({
      teachers: [teacher("t1")],
      sections: [
        section("s1", ["t1"], { pinned: [at("Mon", "1")], length: 2 }),
        section("s2", ["t1"], { pinned: [at("Mon", second)] }),
      ],
    });

  it("finds two pinned meetings of one teacher that overlap", () => {
    const f = onlyFinding(twoPins("2"), "fixed-clash");
    expect(f.message).toBe(
      "Section s1 (Course s1) is pinned to Mon period 1 and section s2 (Course s2) is pinned to Mon period 2, but both are taught by Teacher t1 (t1).",
    );
    expect(f.sections).toEqual(["s1", "s2"]);
    expect(f.teachers).toEqual(["t1"]);
  });

  it("passes when the second starts after the first ends", () => {
    expectFeasible(twoPins("3"), schedule({ placements: place("s1@Mon/1", "s2@Mon/3") }));
  });

  it("treats a meeting with only one possible time as fixed", () => {
    const s = school({
      teachers: [teacher("t1")],
      sections: [
        section("s1", ["t1"], { pinned: [at("Mon", "2")] }),
        section("s2", ["t1"], { allowedPeriods: ["2"] }),
      ],
    });
    expect(onlyFinding(s, "fixed-clash").message).toBe(
      "Section s1 (Course s1) is pinned to Mon period 2 and section s2 (Course s2) can only meet at Mon period 2, but both are taught by Teacher t1 (t1).",
    );
  });

  const grade = (other: string): School =>
    school({
      teachers: [teacher("t1"), teacher("t2")],
      groups: [
        { id: "g6", name: "Grade 6" },
        { id: "g6-a1", name: "6A1", parent: "g6" },
        { id: "g7", name: "Grade 7" },
      ],
      sections: [
        section("s1", ["t1"], { groups: ["g6"], pinned: [at("Mon", "1")] }),
        section("s2", ["t2"], { groups: [other], pinned: [at("Mon", "1")] }),
      ],
    });

  it("finds pinned meetings of a group and its ancestor at once", () => {
    const f = onlyFinding(grade("g6-a1"), "fixed-clash");
    expect(f.message).toBe(
      "Section s1 (Course s1) is pinned to Mon period 1 and section s2 (Course s2) is pinned to Mon period 1, but both involve the students of Grade 6 (g6) and 6A1 (g6-a1).",
    );
    expect(f.groups).toEqual(["g6", "g6-a1"]);
  });

  it("passes unrelated groups at once", () => {
    expectFeasible(grade("g7"), schedule({ placements: place("s1@Mon/1", "s2@Mon/1") }));
  });

  const sameRoom = (second: string): School =>
    school({
      teachers: [teacher("t1"), teacher("t2")],
      rooms: [{ id: "r1" }, { id: "r2" }],
      sections: [
        section("s1", ["t1"], { pinned: [{ ...at("Mon", "1"), room: "r1" }] }),
        section("s2", ["t2"], { pinned: [{ ...at("Mon", "1"), room: second }] }),
      ],
    });

  it("finds two meetings pinned to one room at once", () => {
    expect(onlyFinding(sameRoom("r1"), "fixed-clash").message).toBe(
      "Section s1 (Course s1) is pinned to Mon period 1 and section s2 (Course s2) is pinned to Mon period 1, but both must use room r1.",
    );
  });

  it("passes them in two rooms", () => {
    expectFeasible(sameRoom("r2"), schedule({ placements: place("s1@Mon/1#r1", "s2@Mon/1#r2") }));
  });
});

describe("room-fit", () => {
  const rooms: Room[] = [
    { id: "r1", capacity: 20 },
    { id: "r2", capacity: 30, features: ["lab"] },
    { id: "r3", capacity: 40, features: ["kiln"] },
  ];
  const needing = (size: number, roomFeatures: string[]): School =>
    school({
      teachers: [teacher("t1")],
      rooms,
      sections: [section("s1", ["t1"], { size, roomFeatures })],
    });
  const cases: [number, string[], string][] = [
    [31, ["lab"], "needs a room for 31 students with lab, but the largest room with lab seats 30."],
    [
      10,
      ["lab", "kiln"],
      "needs a room for 10 students with lab and kiln, but no room has all of lab and kiln.",
    ],
    [10, ["pool"], "needs a room for 10 students with pool, but no room has pool."],
    [41, [], "needs a room for 41 students, but the largest room seats 40."],
  ];
  for (const [size, features, tail] of cases) {
    it(`names what no room offers: ${features.join(", ") || "seats"}`, () => {
      const f = onlyFinding(needing(size, features), "room-fit");
      expect(f.message).toBe(`Section s1 (Course s1) ${tail}`);
      expect(f.sections).toEqual(["s1"]);
    });
  }

  it("passes a section one student smaller", () => {
    expectFeasible(needing(30, ["lab"]), schedule({ placements: place("s1@Mon/1#r2") }));
  });
});

describe("room-demand", () => {
  const labs = (n: number, plain: number): School => {
    const sections: Section[] = [];
    for (let i = 1; i <= n; i++)
      sections.push(section(`lab${i}`, [`t${i}`], { roomFeatures: ["lab"] }));
    for (let i = 1; i <= plain; i++) sections.push(section(`art${i}`, [`u${i}`]));
    return school({
      periods: ["1", "2"],
      teachers: [...sections.flatMap((s) => s.teachers.map((t) => teacher(t)))],
      rooms: [{ id: "r1", features: ["lab"] }, { id: "r2" }],
      sections,
    });
  };

  it("finds more meetings than the only fitting room has slots", () => {
    const f = onlyFinding(labs(3, 0), "room-demand");
    expect(f.message).toBe(
      "3 sections (lab1 (Course lab1), lab2 (Course lab2) and lab3 (Course lab3)) can only meet in room r1 and need 3 room-periods per cycle, but that room has only 2 available slots.",
    );
    expect(f.sections).toEqual(["lab1", "lab2", "lab3"]);
  });

  it("counts the sections of a smaller set inside a larger one", () => {
    const f = onlyFinding(labs(2, 3), "room-demand");
    expect(f.message).toBe(
      "5 sections (lab1 (Course lab1), lab2 (Course lab2), art1 (Course art1), art2 (Course art2) and 1 more) can only meet in rooms r1 and r2 and need 5 room-periods per cycle, but those 2 rooms have only 4 available slots.",
    );
    expect(f.sections).toEqual(["lab1", "lab2", "art1", "art2", "art3"]);
  });

  it("passes one meeting fewer", () => {
    expectFeasible(
      labs(2, 2),
      schedule({
        placements: place("lab1@Mon/1#r1", "lab2@Mon/2#r1", "art1@Mon/1#r2", "art2@Mon/2#r2"),
      }),
    );
  });
});
