// The shared instances are the validator's ground truth: every planted schedule is valid, and
// every mutation breaks exactly the rule its README row names (mutations/README.md).
import { describe, expect, it } from "vitest";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { validateSchedule, type RuleName } from "../../solver/validate/index.ts";
import { INSTANCES, MUTATIONS, filesIn, readSchedule, schoolOf } from "./instances.ts";

/** The README table, file by file; middle-m-1.mutation-01 removes a homeroom's meeting. */
const MUTATION_RULES: Record<string, RuleName[]> = {
  "middle-m-1.mutation-01.schedule.json": ["full-day-hole", "meeting-count"],
  "middle-m-1.mutation-02.schedule.json": ["room-too-small"],
  "middle-m-1.mutation-03.schedule.json": ["same-period"],
  "middle-m-1.mutation-04.schedule.json": ["planning-count"],
  "middle-m-1.mutation-05.schedule.json": ["teacher-clash"],
  "middle-m-1.mutation-06.schedule.json": ["lunch-busy"],
  "middle-m-1.mutation-07.schedule.json": ["planning-max-per-day"],
  "middle-m-1.mutation-08.schedule.json": ["lunch-outside-window"],
  "middle-m-1.mutation-09.schedule.json": ["min-free-per-day"],
  "middle-m-1.mutation-10.schedule.json": ["min-free-per-cycle"],
  "high-m-1.mutation-01.schedule.json": ["teacher-clash"],
  "high-m-1.mutation-02.schedule.json": ["group-clash"],
  "high-m-1.mutation-03.schedule.json": ["room-lacks-feature"],
  "high-m-1.mutation-04.schedule.json": ["room-clash"],
  "high-m-1.mutation-05.schedule.json": ["pin-moved"],
  "high-m-1.mutation-06.schedule.json": ["max-teaching-per-day"],
};

describe("planted schedules", () => {
  const planted = filesIn(INSTANCES, ".planted.json");

  it("are all here (one per school of the README)", () => {
    expect(planted).toHaveLength(9);
  });

  for (const file of planted) {
    it(`${file} breaks no rule`, () => {
      const schedule = readSchedule(`${INSTANCES}${file}`);
      expect(validateSchedule(resolveSchool(schoolOf(file)), schedule)).toEqual([]);
    });
  }
});

describe("mutated schedules", () => {
  const mutations = filesIn(MUTATIONS, ".schedule.json");

  it("are exactly the README's rows", () => {
    expect(mutations).toEqual(Object.keys(MUTATION_RULES).sort());
  });

  for (const file of mutations) {
    it(`${file} breaks ${MUTATION_RULES[file]?.join(" and ")} and nothing else`, () => {
      const violations = validateSchedule(
        resolveSchool(schoolOf(file)),
        readSchedule(`${MUTATIONS}${file}`),
      );
      expect([...new Set(violations.map((v) => v.rule))].sort()).toEqual(MUTATION_RULES[file]);
    });
  }
});

describe("messages", () => {
  const messagesOf = (file: string) =>
    validateSchedule(resolveSchool(schoolOf(file)), readSchedule(`${MUTATIONS}${file}`)).map(
      (v) => v.message,
    );

  it("name teams and teachers by name and id, and the slot", () => {
    expect(messagesOf("middle-m-1.mutation-04.schedule.json")).toEqual([
      'Team "6A Mavericks" (team-6a) has 4 of its 5 planning slots.',
    ]);
    expect(messagesOf("high-m-1.mutation-01.schedule.json")).toEqual([
      "Ines Harrison (t-harrison) teaches engl9-1 and engl9-6 at B period 3.",
    ]);
  });
});
