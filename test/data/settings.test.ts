import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { createSchool } from "../../src/data/repositories/schools.ts";
import {
  deleteSetting,
  getSetting,
  setCurrentSchool,
  setCurrentVersion,
  setSetting,
} from "../../src/data/repositories/settings.ts";
import { createVersion } from "../../src/data/repositories/versions.ts";
import { asSchoolId } from "../../src/data/ids.ts";
import { closeAll, freshDb, must, reopen, tinySchedule, tinySchool } from "./fixtures.ts";

afterEach(closeAll);

describe("settings", () => {
  it("answers null for a setting never set, then the value set, across a reload", async () => {
    const db = freshDb();
    expect(must(await getSetting("ui.grid", db))).toBeNull();
    must(await setSetting("ui.grid", { zoom: 1.5, columns: ["Mon", "Tue"] }, db));
    expect(must(await getSetting("ui.grid", reopen(db)))).toEqual({
      zoom: 1.5,
      columns: ["Mon", "Tue"],
    });
    must(await deleteSetting("ui.grid", db));
    expect(must(await getSetting("ui.grid", db))).toBeNull();
  });

  it("switching school forgets a current version of another school", async () => {
    const db = freshDb();
    const a = must(await createSchool(tinySchool("A"), db));
    const b = must(await createSchool(tinySchool("B"), db));
    const va = must(
      await createVersion(a.id, tinySchedule(), { name: "A1", origin: "manual" }, db),
    );
    must(await setCurrentVersion(va.id, db));
    must(await setCurrentSchool(a.id, db));
    expect(must(await getSetting("currentVersionId", db))).toBe(va.id);
    must(await setCurrentSchool(b.id, db));
    expect(must(await getSetting("currentSchoolId", db))).toBe(b.id);
    expect(must(await getSetting("currentVersionId", db))).toBeNull();
    expect(await setCurrentSchool(asSchoolId("nope"), db)).toMatchObject({
      ok: false,
      error: { kind: "not-found" },
    });
    expect(must(await getSetting("currentSchoolId", db))).toBe(b.id);
  });
});
