import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import {
  createSchool,
  deleteSchool,
  getSetting,
  listSchools,
  setCurrentSchool,
} from "../../src/data/index.ts";
import { emptySchool, freshSchoolName } from "../../src/features/school/empty-school.ts";
import { openStartSchool, openStartSchoolOnce } from "../../src/features/school/start-school.ts";
import { checkSchool } from "../../solver/format/parse-school.ts";
import { closeAll, freshDb, must, tick, tinySchool } from "../data/fixtures.ts";

afterEach(closeAll);

const sample = () => tinySchool("Sample School");

describe("openStartSchool", () => {
  it("stores the sample on the first start and makes it current", async () => {
    const db = freshDb();
    const start = must(await openStartSchool(sample, db));
    expect(start.created).toBe(true);
    const schools = must(await listSchools({}, db));
    expect(schools.map((s) => s.name)).toEqual(["Sample School"]);
    expect(must(await getSetting("currentSchoolId", db))).toBe(start.schoolId);
  });

  it("opens the current school on later starts, without storing the sample again", async () => {
    const db = freshDb();
    must(await openStartSchool(sample, db));
    const other = must(await createSchool(tinySchool("Other"), db));
    must(await setCurrentSchool(other.id, db));
    const again = must(await openStartSchool(sample, db));
    expect(again).toEqual({ schoolId: other.id, created: false });
    expect(must(await listSchools({}, db))).toHaveLength(2);
  });

  it("falls back to the most recently edited school when the current one is gone", async () => {
    const db = freshDb();
    const first = must(await createSchool(tinySchool("First"), db));
    await tick();
    const second = must(await createSchool(tinySchool("Second"), db));
    must(await setCurrentSchool(second.id, db));
    must(await deleteSchool(second.id, second.revision, db));
    const start = must(await openStartSchool(sample, db));
    expect(start).toEqual({ schoolId: first.id, created: false });
    expect(must(await getSetting("currentSchoolId", db))).toBe(first.id);
  });

  it("stores the sample once when two starts overlap (strict mode runs effects twice)", async () => {
    const db = freshDb();
    const [a, b] = await Promise.all([
      openStartSchoolOnce(sample, db),
      openStartSchoolOnce(sample, db),
    ]);
    expect(must(a).schoolId).toBe(must(b).schoolId);
    expect(must(await listSchools({}, db))).toHaveLength(1);
  });
});

describe("a new school", () => {
  it("passes the parser from the start, so it can be stored", () => {
    const checked = checkSchool(emptySchool("New school"));
    expect(checked.ok).toBe(true);
  });

  it("gets a name no other school has", () => {
    expect(freshSchoolName(["Lincoln"])).toBe("New school");
    expect(freshSchoolName(["New school", "New school 2"])).toBe("New school 3");
  });
});
