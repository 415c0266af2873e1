import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { serializeSchool } from "../../solver/format/serialize.ts";
import { SAMPLE_PATH, generateSampleSchool } from "../../solver/generate/sample.ts";
import { loadSampleSchool } from "../../src/sample/index.ts";
import { checkGenerated, describeViolations } from "./helpers.ts";

describe("the sample school", () => {
  const generated = generateSampleSchool();

  it("is exactly what the generator writes (run npm run generate -- --sample after changing it)", () => {
    expect(readFileSync(SAMPLE_PATH, "utf8")).toBe(serializeSchool(generated.school));
  });

  it("is a middle school with teams, of 120 to 180 sections, whose planted schedule is valid", () => {
    const { school, planted } = generated;
    expect(school.name).toBe("Lincoln Middle School");
    expect(school.sections.length).toBeGreaterThanOrEqual(120);
    expect(school.sections.length).toBeLessThanOrEqual(180);
    const gradeTeams = (school.teams ?? []).filter((t) => t.kind === "grade" && t.planning);
    expect(gradeTeams.length).toBeGreaterThanOrEqual(3);
    const checked = checkGenerated(school, planted);
    expect(checked.schoolErrors).toEqual([]);
    expect(describeViolations(checked.violations)).toEqual([]);
  });

  it("loads as a fresh copy each time", () => {
    const first = loadSampleSchool();
    expect(first).toEqual(generated.school);
    first.sections.length = 0;
    expect(loadSampleSchool().sections.length).toBe(generated.school.sections.length);
  });
});
