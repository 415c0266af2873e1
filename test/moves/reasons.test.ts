// One test per reason a drop can be refused, each on the smallest school where a single move
// breaks that rule and nothing else.
import { describe, expect, it } from "vitest";
import { lunch, place, plan, schedule, school, section, teacher } from "../validate/builder.ts";
import { kinds, session } from "./helpers.ts";

const two = [teacher("t1"), teacher("t2")];

describe("a drop is refused with its reason", () => {
  it("pinned: the meeting was pinned where it is", () => {
    const s = session(
      school({
        teachers: [teacher("t1")],
        sections: [section("s1", ["t1"], { pinned: [{ day: "Mon", period: "1" }] })],
      }),
      schedule({ placements: place("s1@Mon/1") }),
    );
    const verdict = s.check(s.moveMeeting("s1", "Mon", "Mon/2"));
    expect(verdict.allowed).toBe(false);
    expect(kinds(verdict)).toEqual(["pinned"]);
    expect(verdict.reasons[0]!.message).toMatch(/s1 is pinned at Mon period 1/);
  });

  it("teacher busy: the teacher teaches another section then", () => {
    const s = session(
      school({ teachers: two, sections: [section("s1", ["t1"]), section("s2", ["t1"])] }),
      schedule({ placements: place("s1@Mon/1", "s2@Mon/2") }),
    );
    const verdict = s.check(s.moveMeeting("s1", "Mon", "Mon/2"));
    expect(kinds(verdict)).toEqual(["teacher-busy"]);
    expect(verdict.reasons[0]!.message).toMatch(/Teacher t1 \(t1\) teaches s1 and s2/);
  });

  it("group busy: the students have another section then", () => {
    const s = session(
      school({
        teachers: two,
        groups: [{ id: "g", name: "Grade 6" }],
        sections: [
          section("s1", ["t1"], { groups: ["g"] }),
          section("s2", ["t2"], { groups: ["g"] }),
        ],
      }),
      schedule({ placements: place("s1@Mon/1", "s2@Mon/2") }),
    );
    expect(kinds(s.check(s.moveMeeting("s1", "Mon", "Mon/2")))).toEqual(["group-busy"]);
  });

  it("room taken: another section meets in the room then", () => {
    const s = session(
      school({
        teachers: two,
        rooms: [{ id: "r1" }, { id: "r2" }],
        sections: [section("s1", ["t1"]), section("s2", ["t2"])],
      }),
      schedule({ placements: place("s1@Mon/1#r1", "s2@Mon/2#r1") }),
    );
    expect(kinds(s.check(s.moveMeeting("s1", "Mon", "Mon/2", "r1")))).toEqual(["room-taken"]);
  });

  it("room too small: the room has fewer seats than the section has students", () => {
    const s = session(
      school({
        teachers: two,
        groups: [{ id: "g", name: "Class", size: 30 }],
        rooms: [
          { id: "big", capacity: 32 },
          { id: "small", capacity: 10 },
        ],
        sections: [section("s1", ["t1"], { groups: ["g"] })],
      }),
      schedule({ placements: place("s1@Mon/1#big") }),
    );
    expect(kinds(s.check(s.moveMeeting("s1", "Mon", "Mon/1", "small")))).toEqual([
      "room-too-small",
    ]);
  });

  it("room lacks a feature: the section needs a lab", () => {
    const s = session(
      school({
        teachers: two,
        rooms: [{ id: "lab", features: ["science-lab"] }, { id: "101" }],
        sections: [section("s1", ["t1"], { roomFeatures: ["science-lab"] })],
      }),
      schedule({ placements: place("s1@Mon/1#lab") }),
    );
    expect(kinds(s.check(s.moveMeeting("s1", "Mon", "Mon/2", "101")))).toEqual([
      "room-lacks-feature",
    ]);
  });

  it("room unavailable: the room is closed then", () => {
    const s = session(
      school({
        teachers: two,
        rooms: [{ id: "r1", unavailable: [{ day: "Mon", period: "2" }] }],
        sections: [section("s1", ["t1"])],
      }),
      schedule({ placements: place("s1@Mon/1#r1") }),
    );
    expect(kinds(s.check(s.moveMeeting("s1", "Mon", "Mon/2")))).toEqual(["room-unavailable"]);
  });

  it("room fixed: the section must meet in its own room", () => {
    const s = session(
      school({
        teachers: two,
        rooms: [{ id: "r1" }, { id: "r2" }],
        sections: [section("s1", ["t1"], { room: "r1" })],
      }),
      schedule({ placements: place("s1@Mon/1#r1") }),
    );
    expect(kinds(s.check(s.moveMeeting("s1", "Mon", "Mon/1", "r2")))).toEqual(["room-fixed"]);
  });

  it("teacher unavailable: the teacher marked the slot unavailable", () => {
    const s = session(
      school({
        teachers: [teacher("t1", { unavailable: [{ day: "Mon", period: "2" }] })],
        sections: [section("s1", ["t1"])],
      }),
      schedule({ placements: place("s1@Mon/1") }),
    );
    expect(kinds(s.check(s.moveMeeting("s1", "Mon", "Mon/2")))).toEqual(["teacher-unavailable"]);
  });

  it("planning lost: the section lands in the team's planning slot", () => {
    const s = session(
      school({
        teachers: two,
        sections: [section("s1", ["t1"])],
        teams: [{ id: "tm", name: "Core", members: ["t1", "t2"], planning: { perCycle: 1 } }],
      }),
      schedule({ placements: place("s1@Mon/1"), planning: plan("tm@Mon/2") }),
    );
    const verdict = s.check(s.moveMeeting("s1", "Mon", "Mon/2"));
    expect(kinds(verdict)).toEqual(["planning-lost"]);
    expect(verdict.reasons[0]!.message).toMatch(/during the planning meeting of Team "Core"/);
  });

  it("planning rule: the team may plan only in some periods", () => {
    const s = session(
      school({
        teachers: two,
        teams: [
          { id: "tm", members: ["t1", "t2"], planning: { perCycle: 1, periods: ["2", "3"] } },
        ],
      }),
      schedule({ planning: plan("tm@Mon/2") }),
    );
    expect(kinds(s.check(s.movePlanning("tm", "Mon", "Mon/1")))).toEqual(["planning-rule"]);
  });

  it("a lunch would vanish: no free period is left in the lunch window", () => {
    const s = session(
      school({ teachers: two, sections: [section("s1", ["t1"])], lunch: { periods: ["2"] } }),
      schedule({ placements: place("s1@Mon/1"), lunch: lunch("t1@Mon/2") }),
    );
    const verdict = s.check(s.moveMeeting("s1", "Mon", "Mon/2"));
    expect(kinds(verdict)).toEqual(["lunch-vanishes"]);
  });

  it("a limit would be broken: maxTeachingPerDay", () => {
    const s = session(
      school({
        days: ["Mon", "Tue"],
        teachers: [teacher("t1", { maxTeachingPerDay: 1 })],
        sections: [section("s1", ["t1"], { meetings: 1 }), section("s2", ["t1"], { meetings: 1 })],
      }),
      schedule({ placements: place("s1@Mon/1", "s2@Tue/1") }),
    );
    const verdict = s.check(s.moveMeeting("s2", "Tue", "Mon/2"));
    expect(kinds(verdict)).toEqual(["limit"]);
    expect(verdict.reasons[0]!.rule).toBe("max-teaching-per-day");
  });

  it("students left without a class: a fullDay group's period empties", () => {
    // The group has no class at period 3 already; moving s1 there empties period 1 instead.
    const s = session(
      school({
        teachers: two,
        groups: [{ id: "hr", name: "Homeroom", fullDay: true }],
        sections: [
          section("s1", ["t1"], { groups: ["hr"] }),
          section("s2", ["t2"], { groups: ["hr"] }),
        ],
      }),
      schedule({ placements: place("s1@Mon/1", "s2@Mon/2") }),
    );
    const verdict = s.check(s.moveMeeting("s1", "Mon", "Mon/3"));
    expect(kinds(verdict)).toEqual(["students-without-class"]);
    expect(verdict.reasons[0]!.message).toMatch(/no class at Mon period 1/);
    expect(verdict.mended.map((v) => v.message)).toEqual([
      "Homeroom (hr) has no class at Mon period 3, and it is not its lunch.",
    ]);
  });

  it("not allowed here: the section may meet only in some periods", () => {
    const s = session(
      school({
        teachers: [teacher("t1")],
        sections: [section("s1", ["t1"], { allowedPeriods: ["1", "2"] })],
      }),
      schedule({ placements: place("s1@Mon/1") }),
    );
    expect(kinds(s.check(s.moveMeeting("s1", "Mon", "Mon/3")))).toEqual(["not-allowed-here"]);
  });
});
