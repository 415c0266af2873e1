import { describe, expect, it } from "vitest";
import type { School } from "../../solver/model/format.ts";
import { initialSchoolState, schoolReducer } from "../../src/features/school/school-state.ts";

const school = (name: string): School => ({
  format: "commons-school/1",
  name,
  calendar: { days: [{ id: "A" }], periods: [{ id: "1" }] },
  teachers: [],
  sections: [],
});

describe("schoolReducer", () => {
  const start = initialSchoolState(school("Sample"));

  it("keeps the current school when a file is rejected, and records why", () => {
    const problems = [{ path: "teachers[0]", message: "name is missing" }];
    const next = schoolReducer(start, { type: "rejected", fileName: "bad.json", problems });
    expect(next.school).toBe(start.school);
    expect(next.source).toEqual({ kind: "sample" });
    expect(next.rejected).toEqual({ fileName: "bad.json", problems });
  });

  it("replaces the school on open and clears earlier problems", () => {
    const rejected = schoolReducer(start, { type: "rejected", fileName: "bad.json", problems: [] });
    const opened = school("Lincoln");
    const next = schoolReducer(rejected, { type: "opened", school: opened, fileName: "l.json" });
    expect(next.school).toBe(opened);
    expect(next.source).toEqual({ kind: "file", fileName: "l.json" });
    expect(next.rejected).toBeNull();
    expect(next.notice).toBe("Opened l.json.");
  });

  it("dismisses problems without touching the school", () => {
    const rejected = schoolReducer(start, { type: "rejected", fileName: "bad.json", problems: [] });
    const next = schoolReducer(rejected, { type: "problemsDismissed" });
    expect(next.rejected).toBeNull();
    expect(next.school).toBe(start.school);
  });
});
