import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { parseSchedule } from "../../solver/format/parse-schedule.ts";
import { parseSchool } from "../../solver/format/parse-school.ts";
import type { CommonsDb } from "../../src/data/db.ts";
import { exportBackup } from "../../src/data/repositories/backup.ts";
import { importScheduleText, importSchoolText } from "../../src/data/repositories/import.ts";
import { closeAll, freshDb, instanceText as readInstance, must, tinySchool } from "./fixtures.ts";

afterEach(closeAll);

const snapshot = async (db: CommonsDb) => {
  const { exportedAt: _, ...tables } = must(await exportBackup(db));
  return tables;
};

describe("importing files", () => {
  it("imports a school file as written, and its known valid schedule as a version", async () => {
    const db = freshDb();
    const schoolText = readInstance("elementary-s-1.school.json");
    const school = must(await importSchoolText(schoolText, db));
    expect(school.school).toEqual(JSON.parse(schoolText));
    expect(school.name).toBe("Highland Elementary School");

    const scheduleText = readInstance("elementary-s-1.planted.json");
    const version = must(
      await importScheduleText(school.id, scheduleText, { name: "Planted" }, db),
    );
    expect(version).toMatchObject({ name: "Planted", origin: "import", status: "solved" });
    expect(version.schedule).toEqual(JSON.parse(scheduleText));
  });

  it.each([
    ["text that is not JSON", '{"format": "commons-school/1", "name": '],
    ["an empty file", ""],
    ["a school with an unknown teacher", JSON.stringify({ ...tinySchool(), teachers: [] })],
  ])("refuses %s with the parser's errors and stores nothing", async (_, text) => {
    const db = freshDb();
    const before = await snapshot(db);
    const result = await importSchoolText(text, db);
    const parsed = parseSchool(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(result).toEqual({
      ok: false,
      error: { kind: "invalid", message: expect.any(String), errors: parsed.errors },
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it("refuses a schedule of another school, naming the problem, and stores nothing", async () => {
    const db = freshDb();
    const school = must(await importSchoolText(readInstance("elementary-s-1.school.json"), db));
    const before = await snapshot(db);
    const other = readInstance("middle-s-1.planted.json");
    const result = await importScheduleText(school.id, other, {}, db);
    const parsed = parseSchedule(other, school.school);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(result).toMatchObject({ ok: false, error: { kind: "invalid", errors: parsed.errors } });
    expect(parsed.errors.some((e) => e.path === "school")).toBe(true);
    expect(await snapshot(db)).toEqual(before);
  });

  it("names an imported version after the time when no name is given", async () => {
    const db = freshDb();
    const school = must(await importSchoolText(readInstance("high-s-1.school.json"), db));
    const version = must(
      await importScheduleText(school.id, readInstance("high-s-1.planted.json"), {}, db),
    );
    expect(version.name).toMatch(/^Imported /);
  });
});
