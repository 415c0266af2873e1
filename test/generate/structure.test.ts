// Each kind of school has the shape the shared examples have (shared/instances/README.md), and
// the generated limits leave a solver real choices rather than only the planted timetable.
import { describe, expect, it } from "vitest";
import { generateSchool } from "../../solver/generate/index.ts";
import type { School } from "../../solver/model/format.ts";

const elementary = generateSchool({ kind: "elementary", sections: 240, seed: 5 });
const middle = generateSchool({ kind: "middle", sections: 240, seed: 5 });
const high = generateSchool({ kind: "high", sections: 400, seed: 5 });

const groupsOf = (school: School) => school.groups ?? [];
const childrenOf = (school: School, id: string) => groupsOf(school).filter((g) => g.parent === id);

describe("elementary", () => {
  const { school } = elementary;

  it("keeps each fullDay homeroom with its teacher for a daily two-period ELA block", () => {
    const homerooms = groupsOf(school).filter((g) => g.fullDay);
    expect(homerooms.length).toBeGreaterThanOrEqual(24);
    for (const hr of homerooms) {
      const ela = school.sections.filter(
        (s) => s.course.startsWith("ELA") && s.groups?.includes(hr.id),
      );
      expect(ela).toHaveLength(1);
      expect(ela[0]!.length).toBe(2);
      const own = school.sections.filter(
        (s) => s.groups?.includes(hr.id) && s.department !== "Specials",
      );
      expect(new Set(own.map((s) => s.teachers[0]))).toEqual(new Set([ela[0]!.teachers[0]]));
    }
    expect(school.lunch?.periods).toEqual(["4", "5"]);
  });

  it("sends homerooms to specials in rooms with the right feature, and grade teams plan twice", () => {
    const specials = school.sections.filter((s) => s.department === "Specials");
    expect(new Set(specials.map((s) => s.course))).toEqual(
      new Set(["Art", "Music", "Physical Education", "Library", "STEM"]),
    );
    for (const s of specials) expect(s.roomFeatures).toHaveLength(1);
    const grade = (school.teams ?? []).filter((t) => t.kind === "grade");
    expect(grade).toHaveLength(6);
    for (const t of grade) expect(t.planning?.perCycle).toBe(2);
    expect(school.sections.some((s) => s.teachers.length === 2)).toBe(true);
  });
});

describe("middle", () => {
  const { school } = middle;

  it("nests fullDay homerooms under teams under grades, four core teachers per team", () => {
    for (const grade of ["g6", "g7", "g8"]) {
      const teams = childrenOf(school, grade);
      expect(teams.length).toBeGreaterThanOrEqual(2);
      for (const team of teams) {
        const homerooms = childrenOf(school, team.id);
        expect(homerooms.length).toBeGreaterThanOrEqual(3);
        for (const hr of homerooms) expect(hr.fullDay).toBe(true);
      }
    }
    const gradeTeams = (school.teams ?? []).filter((t) => t.kind === "grade");
    for (const t of gradeTeams) {
      expect(t.members).toHaveLength(4);
      expect(t.planning?.perCycle).toBe(5);
    }
    expect((school.teams ?? []).some((t) => t.planning == null)).toBe(true);
  });

  it("has two-teacher PE for two homerooms, language three days and health two", () => {
    const pe = school.sections.filter((s) => s.course.startsWith("Physical Education"));
    expect(pe.some((s) => s.groups?.length === 2 && s.teachers.length === 2)).toBe(true);
    for (const s of school.sections) {
      if (s.department === "World Languages") expect(s.meetings).toBe(3);
      if (s.department === "Health") expect(s.meetings).toBe(2);
    }
    const partTime = school.teachers.filter((t) => (t.unavailable ?? []).length >= 8);
    expect(partTime.length).toBeGreaterThan(0);
  });
});

describe("high", () => {
  const { school, planted } = high;

  it("runs an A/B cycle of four blocks with no lunch and no fullDay group", () => {
    expect(school.calendar.days.map((d) => d.id)).toEqual(["A", "B"]);
    expect(school.calendar.periods).toHaveLength(4);
    expect(school.calendar.term?.rotation).toBe("cycle");
    expect(school.lunch).toBeUndefined();
    expect(groupsOf(school).some((g) => g.fullDay)).toBe(false);
    expect(planted.placements).toHaveLength(school.sections.length);
    for (const t of school.teachers) expect(t.maxTeachingPerDay).toBe(3);
  });

  it("gives each academy four cohorts and a seminar in a hall with no capacity", () => {
    const academies = groupsOf(school).filter((g) => g.id.startsWith("acad-"));
    expect(academies.length).toBeGreaterThanOrEqual(1);
    for (const a of academies) {
      expect(childrenOf(school, a.id)).toHaveLength(4);
      const seminar = school.sections.find((s) => s.groups?.includes(a.id));
      expect(seminar?.course).toBe("Freshman Seminar");
      const room = planted.placements.find((p) => p.section === seminar!.id)?.room;
      expect(school.rooms?.find((r) => r.id === room)?.capacity).toBeUndefined();
    }
  });

  it("puts each teacher in at most one planning team and co-teaches with special education", () => {
    const seen = new Map<string, number>();
    for (const t of school.teams ?? [])
      if (t.planning) for (const m of t.members) seen.set(m, (seen.get(m) ?? 0) + 1);
    expect(Math.max(...seen.values())).toBe(1);
    const sped = new Set(
      school.teachers.filter((t) => t.departments?.includes("Special Education")).map((t) => t.id),
    );
    expect(school.sections.some((s) => s.teachers.length === 2 && sped.has(s.teachers[1]!))).toBe(
      true,
    );
  });
});

describe("every kind", () => {
  for (const [kind, generated] of Object.entries({ elementary, middle, high })) {
    it(`${kind}: leaves most sections free to move and pins only a few`, () => {
      const { school } = generated;
      const open = school.sections.filter((s) => s.allowedPeriods == null && s.pinned == null);
      expect(open.length / school.sections.length).toBeGreaterThan(0.9);
      const pinned = school.sections.filter((s) => s.pinned != null);
      expect(pinned.length).toBeGreaterThan(0);
      expect(pinned.length).toBeLessThan(15);
    });

    it(`${kind}: omits optional fields the way hand-written files do`, () => {
      const { school } = generated;
      const withField = (key: string) => school.sections.filter((s) => key in s).length;
      for (const key of ["length", "samePeriod", "room"]) {
        expect(withField(key)).toBeGreaterThan(0);
        expect(withField(key)).toBeLessThan(school.sections.length);
      }
    });
  }
});
