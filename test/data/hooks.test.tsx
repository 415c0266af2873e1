// @vitest-environment jsdom
import "fake-indexeddb/auto";
import { act, renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import {
  useHistory,
  useSchool,
  useSchools,
  useSetting,
  useStorageProblem,
  useVersion,
  useVersions,
} from "../../src/data/hooks.ts";
import { LATEST_SCHEMA_VERSION } from "../../src/data/migrations.ts";
import { undo } from "../../src/data/repositories/history.ts";
import { createSchool, renameSchool } from "../../src/data/repositories/schools.ts";
import { setCurrentVersion } from "../../src/data/repositories/settings.ts";
import {
  createVersion,
  deleteVersion,
  updateSchedule,
} from "../../src/data/repositories/versions.ts";
import { CommonsDb } from "../../src/data/db.ts";
import { versionLog } from "../../src/data/records.ts";
import { closeAll, freshDb, moved, must, reopen, tinySchedule, tinySchool } from "./fixtures.ts";

afterEach(closeAll);

const ready = <T,>(live: { status: string; value?: T }): T | undefined =>
  live.status === "ready" ? live.value : undefined;

describe("hooks", () => {
  it("start loading, then follow changes made through another connection (another tab)", async () => {
    const db = freshDb();
    const otherTab = reopen(db);
    const { result } = renderHook(() => useSchools({}, db));
    expect(result.current.status).toBe("loading");
    await waitFor(() => expect(ready(result.current)).toEqual([]));

    const school = must(await createSchool(tinySchool("Adams"), otherTab));
    await waitFor(() => expect(ready(result.current)?.map((s) => s.name)).toEqual(["Adams"]));
    must(await renameSchool(school.id, "Adams Middle", 1, otherTab));
    await waitFor(() =>
      expect(ready(result.current)?.map((s) => s.name)).toEqual(["Adams Middle"]),
    );

    const one = renderHook(() => useSchool(school.id, db));
    await waitFor(() => expect(ready(one.result.current)?.revision).toBe(2));
    const missing = renderHook(() => useSchool(null, db));
    await waitFor(() => expect(missing.result.current).toEqual({ status: "ready", value: null }));
  });

  it("show a version's edits, its history and the school's version list live", async () => {
    const db = freshDb();
    const school = must(await createSchool(tinySchool(), db));
    const version = must(
      await createVersion(school.id, tinySchedule(), { name: "Draft", origin: "manual" }, db),
    );
    const hooks = renderHook(() => ({
      version: useVersion(version.id, db),
      history: useHistory(version.id, db),
      versions: useVersions(school.id, {}, db),
      current: useSetting("currentVersionId", db),
    }));
    await waitFor(() => expect(ready(hooks.result.current.history)?.canUndo).toBe(false));

    const label = "Move alg1-1 to Tue period 3";
    const next = moved(version.schedule, 0, "Tue", "3");
    must(await updateSchedule(version.id, next, { expectedRevision: 1, label }, reopen(db)));
    await waitFor(() => expect(ready(hooks.result.current.history)?.undo?.label).toBe(label));
    expect(ready(hooks.result.current.version)?.schedule).toEqual(next);

    must(await undo(versionLog(version.id), {}, db));
    await waitFor(() => expect(ready(hooks.result.current.history)?.redo?.label).toBe(label));
    await waitFor(() => expect(ready(hooks.result.current.version)?.revision).toBe(3));

    must(await setCurrentVersion(version.id, db));
    await waitFor(() => expect(ready(hooks.result.current.current)).toBe(version.id));
    must(await deleteVersion(version.id, 3, db));
    await waitFor(() => expect(ready(hooks.result.current.versions)).toEqual([]));
  });

  it("surface an upgrade made by another tab as a problem to show", async () => {
    const db = freshDb();
    await db.open();
    const { result } = renderHook(() => useStorageProblem(db));
    expect(result.current).toBeNull();
    const next = new CommonsDb(db.name);
    next.version(LATEST_SCHEMA_VERSION + 1).stores({ notes: "id" });
    await act(() => next.open().then(() => undefined));
    expect(result.current?.kind).toBe("version");
    next.close();
  });
});
