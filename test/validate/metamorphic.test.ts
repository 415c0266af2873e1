// Changes that must not change the verdict: what things are called, the order of the file's
// entries, and whether the index was built fresh or edited in place (the grid's drag and drop).
import { describe, expect, it } from "vitest";
import type { Schedule, School } from "../../solver/model/format.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { createRng } from "../../solver/rng.ts";
import {
  buildOccupancy,
  checkOccupancy,
  moveMeeting,
  validateSchedule,
  type Violation,
} from "../../solver/validate/index.ts";
import { INSTANCES, MUTATIONS, filesIn, readSchedule, schoolOf } from "./instances.ts";
import { renameSchedule, renameSchool, type Renamer } from "./rename.ts";
import { RULE_CASES } from "./rule-cases.ts";

const cases: { name: string; school: School; schedule: Schedule }[] = [
  ...["middle-m-1.planted.json", "high-s-1.planted.json", "elementary-s-1.planted.json"].map(
    (f) => ({
      name: f,
      school: schoolOf(f),
      schedule: readSchedule(`${INSTANCES}${f}`),
    }),
  ),
  ...filesIn(MUTATIONS, ".schedule.json").map((f) => ({
    name: f,
    school: schoolOf(f),
    schedule: readSchedule(`${MUTATIONS}${f}`),
  })),
  ...RULE_CASES.map((c) => ({
    name: `tiny ${c.rule}`,
    school: c.failSchool ?? c.school,
    schedule: c.fail,
  })),
];

const verdict = (school: School, schedule: Schedule): string[] =>
  validateSchedule(resolveSchool(school), schedule)
    .map((v) => v.rule)
    .sort();

/** Messages, sorted; an entry's position in the file ("Placement 12") moves with reordering. */
const messages = (violations: Violation[]): string[] =>
  violations
    .map(
      (v) =>
        `${v.rule}: ${v.message.replace(/^(Placement|Planning entry|Lunch entry|Unplaced entry) \d+/, "$1")}`,
    )
    .sort();

const shuffled = <T>(items: readonly T[], seed: number): T[] => createRng(seed).shuffle([...items]);

describe("renaming every id consistently", () => {
  // Distinct per kind, so that a rule which mixed up two kinds of id would now miss.
  const rename: Renamer = (kind, id) => `${kind[0]!}:${id}~`;

  for (const c of cases) {
    it(`keeps the verdict on ${c.name}`, () => {
      const before = verdict(c.school, c.schedule);
      const after = verdict(renameSchool(c.school, rename), renameSchedule(c.schedule, rename));
      expect(after).toEqual(before);
    });
  }
});

/** The reordering tests use every tiny case but only some instances, to keep the suite fast. */
const someCases = cases.filter((c, i) => c.name.startsWith("tiny") || i % 4 === 0);

describe("reordering the schedule's entries", () => {
  for (const [i, c] of someCases.entries()) {
    it(`keeps every message on ${c.name}`, () => {
      const model = resolveSchool(c.school);
      const reordered: Schedule = {
        ...c.schedule,
        placements: shuffled(c.schedule.placements, i + 1),
        planning: shuffled(c.schedule.planning, i + 2),
        lunch: shuffled(c.schedule.lunch, i + 3),
      };
      expect(messages(validateSchedule(model, reordered))).toEqual(
        messages(validateSchedule(model, c.schedule)),
      );
    });
  }
});

describe("reordering the school's lists", () => {
  for (const [i, c] of someCases.entries()) {
    it(`keeps the verdict on ${c.name}`, () => {
      const reordered: School = {
        ...c.school,
        teachers: shuffled(c.school.teachers, i + 7),
        sections: shuffled(c.school.sections, i + 8),
        groups: shuffled(c.school.groups ?? [], i + 9),
        rooms: shuffled(c.school.rooms ?? [], i + 10),
        teams: shuffled(c.school.teams ?? [], i + 11),
      };
      expect(verdict(reordered, c.schedule)).toEqual(verdict(c.school, c.schedule));
    });
  }
});

describe("editing the index in place", () => {
  it("gives the same violations as building it from the edited schedule", () => {
    const file = "high-m-1.planted.json";
    const model = resolveSchool(schoolOf(file));
    const planted = readSchedule(`${INSTANCES}${file}`);
    const rng = createRng(2026);
    const occ = buildOccupancy(model, planted);
    const placements = planted.placements.map((p) => ({ ...p }));
    let broken = 0;
    for (let step = 0; step < 20; step++) {
      const id = rng.int(placements.length);
      const day = rng.int(model.dayCount);
      const period = rng.int(model.periodCount);
      const room = rng.int(model.rooms.length);
      moveMeeting(occ, id, { day, period, room });
      placements[id] = {
        ...placements[id]!,
        day: model.dayIds[day]!,
        period: model.periodIds[period]!,
        room: model.rooms[room]!.id,
      };
      const edited = checkOccupancy(occ);
      expect(messages(edited)).toEqual(
        messages(validateSchedule(model, { ...planted, placements })),
      );
      if (edited.length > 0) broken++;
    }
    // The random moves must actually break things, or the comparison proves little.
    expect(broken).toBeGreaterThan(15);
  });
});
