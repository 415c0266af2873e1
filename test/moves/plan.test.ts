// What a drop moves: a samePeriod section's meetings together, days swapped when the target day
// already has one, a free room picked when the drop names none, lunches re-picked.
import { describe, expect, it } from "vitest";
import { applyMoveToSchedule, moveLabel } from "../../solver/moves/index.ts";
import { lunch, place, plan, schedule, school, section, teacher } from "../validate/builder.ts";
import { session } from "./helpers.ts";

const week = (more: Parameters<typeof school>[0]) =>
  school({ days: ["Mon", "Tue", "Wed"], ...more });

describe("planning a drop", () => {
  it("moves every meeting of a samePeriod section to the new period, each on its own day", () => {
    const sch = schedule({ placements: place("s1@Mon/1", "s1@Wed/1") });
    const s = session(
      week({ teachers: [teacher("t1")], sections: [section("s1", ["t1"], { meetings: 2 })] }),
      sch,
    );
    const move = s.moveMeeting("s1", "Mon", "Tue/3");
    const verdict = s.check(move);
    expect(verdict.allowed).toBe(true);
    const next = applyMoveToSchedule(s.model, sch, verdict.plan, verdict.lunches);
    expect(next.placements).toEqual(place("s1@Tue/3", "s1@Wed/3"));
    expect(moveLabel(s.occ, move, verdict.plan)).toBe("Move s1 to Tue period 3");
  });

  it("swaps days when the target day already holds a meeting of the section", () => {
    const sch = schedule({ placements: place("s1@Mon/1", "s1@Wed/1") });
    const s = session(
      week({ teachers: [teacher("t1")], sections: [section("s1", ["t1"], { meetings: 2 })] }),
      sch,
    );
    const verdict = s.check(s.moveMeeting("s1", "Mon", "Wed/2"));
    const next = applyMoveToSchedule(s.model, sch, verdict.plan, verdict.lunches);
    // The dragged Monday meeting goes to Wednesday; Wednesday's takes Monday.
    expect(next.placements).toEqual(place("s1@Wed/2", "s1@Mon/2"));
  });

  it("moves one meeting of a section that may meet at any period", () => {
    const sch = schedule({ placements: place("s1@Mon/1", "s1@Wed/1") });
    const s = session(
      week({
        teachers: [teacher("t1")],
        sections: [section("s1", ["t1"], { meetings: 2, samePeriod: false })],
      }),
      sch,
    );
    const verdict = s.check(s.moveMeeting("s1", "Wed", "Tue/2"));
    const next = applyMoveToSchedule(s.model, sch, verdict.plan, verdict.lunches);
    expect(next.placements).toEqual(place("s1@Mon/1", "s1@Tue/2"));
  });

  it("keeps the room when it is free, else takes a free room that fits", () => {
    const sch = schedule({ placements: place("s1@Mon/1#r1", "s2@Mon/2#r1") });
    const s = session(
      school({
        teachers: [teacher("t1"), teacher("t2")],
        rooms: [{ id: "r1" }, { id: "r2", capacity: 5 }, { id: "r3" }],
        groups: [{ id: "g", name: "Class", size: 20 }],
        sections: [section("s1", ["t1"], { groups: ["g"] }), section("s2", ["t2"])],
      }),
      sch,
    );
    const free = s.check(s.moveMeeting("s1", "Mon", "Mon/3"));
    expect(free.plan.meetings[0]!.to.room).toBe(s.model.roomIndex.get("r1"));
    const taken = s.check(s.moveMeeting("s1", "Mon", "Mon/2"));
    expect(taken.allowed).toBe(true);
    // r2 is free but too small for the class of 20.
    expect(taken.plan.meetings[0]!.to.room).toBe(s.model.roomIndex.get("r3"));
  });

  it("moves a lunch the drop takes to another free period of the window", () => {
    const sch = schedule({ placements: place("s1@Mon/1"), lunch: lunch("t1@Mon/2") });
    const s = session(
      school({
        teachers: [teacher("t1")],
        sections: [section("s1", ["t1"])],
        lunch: { periods: ["2", "3"] },
      }),
      sch,
    );
    const verdict = s.check(s.moveMeeting("s1", "Mon", "Mon/2"));
    expect(verdict.allowed).toBe(true);
    expect(verdict.lunches).toHaveLength(1);
    const next = applyMoveToSchedule(s.model, sch, verdict.plan, verdict.lunches);
    expect(next.lunch).toEqual(lunch("t1@Mon/3"));
  });

  it("gives a lunch on a day the teacher starts working and drops it where they stop", () => {
    const sch = schedule({ placements: place("s1@Mon/1"), lunch: lunch("t1@Mon/2") });
    const s = session(
      week({
        teachers: [teacher("t1")],
        sections: [section("s1", ["t1"], { meetings: 1 })],
        lunch: { periods: ["2"] },
      }),
      sch,
    );
    const verdict = s.check(s.moveMeeting("s1", "Mon", "Tue/1"));
    expect(verdict.allowed).toBe(true);
    const next = applyMoveToSchedule(s.model, sch, verdict.plan, verdict.lunches);
    expect(next.lunch).toEqual(lunch("t1@Tue/2"));
  });

  it("moves a samePeriod team's planning blocks together and refuses a member's class", () => {
    const sch = schedule({
      placements: place("s1@Mon/3"),
      planning: plan("tm@Mon/1", "tm@Tue/1"),
    });
    const s = session(
      week({
        teachers: [teacher("t1"), teacher("t2")],
        sections: [section("s1", ["t1"], { meetings: 1 })],
        teams: [
          {
            id: "tm",
            name: "Core",
            members: ["t1", "t2"],
            planning: { perCycle: 2, samePeriod: true },
          },
        ],
      }),
      sch,
    );
    const ok = s.check(s.movePlanning("tm", "Tue", "Tue/2"));
    expect(ok.allowed).toBe(true);
    expect(applyMoveToSchedule(s.model, sch, ok.plan, ok.lunches).planning).toEqual(
      plan("tm@Mon/2", "tm@Tue/2"),
    );
    const busy = s.check(s.movePlanning("tm", "Tue", "3"));
    expect(busy.reasons.map((r) => r.kind)).toEqual(["teacher-busy"]);
    expect(moveLabel(s.occ, s.movePlanning("tm", "Tue", "3"), busy.plan)).toBe(
      "Move Core's planning to period 3",
    );
  });

  it("says a drop where the meeting already is changes nothing", () => {
    const s = session(
      school({ teachers: [teacher("t1")], sections: [section("s1", ["t1"])] }),
      schedule({ placements: place("s1@Mon/1") }),
    );
    const verdict = s.check(s.moveMeeting("s1", "Mon", "Mon/1"));
    expect(verdict).toMatchObject({ allowed: true, unchanged: true, added: [], mended: [] });
  });
});
