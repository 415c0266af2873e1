import { describe, expect, it } from "vitest";
import { generateSchool, type SchoolKind } from "../../solver/generate/index.ts";
import { checkGenerated, describeViolations } from "./helpers.ts";

const SIZES: Record<SchoolKind, number[]> = {
  elementary: [150, 320, 600],
  middle: [90, 300, 800],
  high: [200, 650, 1300],
};

describe("generateSchool", () => {
  for (const kind of ["elementary", "middle", "high"] as const) {
    describe(kind, () => {
      it("gives byte-identical output for the same options and different output for another seed", () => {
        const a = JSON.stringify(generateSchool({ kind, sections: 160, seed: 11 }));
        const b = JSON.stringify(generateSchool({ kind, sections: 160, seed: 11 }));
        const c = JSON.stringify(generateSchool({ kind, sections: 160, seed: 12 }));
        expect(b).toBe(a);
        expect(c).not.toBe(a);
      });

      for (const [i, sections] of SIZES[kind].entries()) {
        it(`plants a schedule the validator accepts, about ${sections} sections`, () => {
          const { school, planted } = generateSchool({ kind, sections, seed: 100 + i });
          const checked = checkGenerated(school, planted);
          expect(checked.schoolErrors).toEqual([]);
          expect(checked.scheduleErrors).toEqual([]);
          expect(describeViolations(checked.violations)).toEqual([]);
          expect(planted.status).toBe("solved");
          expect(planted.school).toBe(school.name);
          expect(school.sections.length).toBeGreaterThanOrEqual(sections * 0.85);
          expect(school.sections.length).toBeLessThanOrEqual(sections * 1.15);
        });
      }
    });
  }

  it("uses the name it is given", () => {
    const { school, planted } = generateSchool({
      kind: "high",
      sections: 120,
      seed: 3,
      name: "Test High",
    });
    expect(school.name).toBe("Test High");
    expect(planted.school).toBe("Test High");
  });
});
