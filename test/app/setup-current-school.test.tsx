// @vitest-environment jsdom
import "fake-indexeddb/auto";
import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import type { School } from "../../solver/model/format.ts";
import { CommonsDb, getSchool, updateSchool } from "../../src/data/index.ts";
import {
  CurrentSchoolProvider,
  useCurrentSchool,
} from "../../src/features/school/current-school.tsx";
import { useCurrentVersion } from "../../src/features/school/current-version.ts";
import { must, tinySchedule, tinySchool } from "../data/fixtures.ts";

const wrapper = ({ children }: { children: ReactNode }) => (
  <CurrentSchoolProvider loadSample={() => tinySchool("Sample")} fallback={() => null}>
    {children}
  </CurrentSchoolProvider>
);

const renamed = (school: School, name: string): School => ({ ...school, name });

describe("useCurrentSchool and useCurrentVersion (the app's storage doors)", () => {
  it("store the sample, save valid edits, keep invalid ones as a draft, undo, follow other tabs", async () => {
    const { result } = renderHook(
      () => ({ school: useCurrentSchool(), version: useCurrentVersion() }),
      {
        wrapper,
      },
    );
    await waitFor(() => expect(result.current?.school.record?.name).toBe("Sample"));
    const id = result.current.school.schoolId!;

    // A draft: not stored, errors kept, the checked school unchanged.
    const broken = { ...result.current.school.school, teachers: [] };
    let outcome: string | undefined;
    act(() => {
      outcome = result.current.school.update(broken, "Remove every teacher");
    });
    expect(outcome).toBe("draft");
    expect(result.current.school.draft?.errors.length).toBeGreaterThan(0);
    expect(result.current.school.school.teachers).toHaveLength(2);

    // Fixing the draft saves it as one step, under the label of the edit that fixed it.
    act(() => {
      outcome = result.current.school.update(
        renamed(result.current.school.school, "Adams"),
        "Rename",
      );
    });
    expect(outcome).toBe("saved");
    expect(result.current.school.draft).toBeNull();
    await waitFor(() => expect(result.current.school.save.status).toBe("saved"));
    await waitFor(() => expect(result.current.school.undoLabel).toBe("Rename"));
    expect(must(await getSchool(id)).name).toBe("Adams");

    act(() => result.current.school.undo());
    await waitFor(() => expect(result.current.school.school.name).toBe("Sample"));
    await waitFor(() => expect(result.current.school.canRedo).toBe(true));
    expect(must(await getSchool(id)).name).toBe("Sample");

    // Another tab's save shows up here, and this tab's next edit builds on it.
    const otherTab = new CommonsDb();
    const stored = must(await getSchool(id, otherTab));
    must(
      await updateSchool(
        id,
        renamed(stored.school, "Theirs"),
        { expectedRevision: stored.revision, label: "x" },
        otherTab,
      ),
    );
    await waitFor(() => expect(result.current.school.school.name).toBe("Theirs"));
    act(() => {
      result.current.school.update(
        renamed(result.current.school.school, "Mine on theirs"),
        "Rename",
      );
    });
    await waitFor(() => expect(result.current.school.save.status).toBe("saved"));
    expect(must(await getSchool(id)).name).toBe("Mine on theirs");
    otherTab.close();

    // Two edits in one go (no render between them) both land: `edit` builds on the latest.
    act(() => {
      result.current.school.edit("Add a day", (s) => ({
        ...s,
        calendar: { ...s.calendar, days: [...s.calendar.days, { id: "Wed" }] },
      }));
      result.current.school.edit("Rename", (s) => renamed(s, "Both"));
    });
    await waitFor(() => expect(result.current.school.save.status).toBe("saved"));
    const both = must(await getSchool(id)).school;
    expect(both.name).toBe("Both");
    expect(both.calendar.days.map((d) => d.id)).toEqual(["Mon", "Tue", "Wed"]);

    // A schedule saved as a new version becomes the current one.
    const schedule = tinySchedule(result.current.school.school);
    await act(async () => {
      must(await result.current.version.saveNew(schedule, { name: "First", origin: "solver" }));
    });
    await waitFor(() => {
      expect(result.current.version.record?.name).toBe("First");
      expect(result.current.version.versions.map((v) => v.name)).toEqual(["First"]);
    });
    await act(async () => {
      const moved = { ...schedule, placements: schedule.placements.slice(1) };
      must(
        await result.current.version.update(
          { ...moved, status: "partial", unplaced: [{ section: "alg1-1", reason: "test" }] },
          "Unplace one",
        ),
      );
    });
    // The record and its history are two live queries: each may show the change a render apart.
    await waitFor(() => {
      expect(result.current.version.canUndo).toBe(true);
      expect(result.current.version.record?.status).toBe("partial");
    });
  });
});
