// @vitest-environment jsdom
import "fake-indexeddb/auto";
import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { getDb, getSchool } from "../../src/data/index.ts";
import {
  CurrentSchoolProvider,
  useCurrentSchool,
} from "../../src/features/school/current-school.tsx";
import { storageNotice } from "../../src/features/storage/storage-notice.ts";
import { must, tinySchool } from "../data/fixtures.ts";

// The app's own database, with writes to schools failing as a full disk does (the browser's
// DOMException, raised below all of our code) while `full` is true.
let full = false;
getDb().use({
  stack: "dbcore",
  name: "simulated-full-disk",
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (req) =>
          full && name === "schools"
            ? Promise.reject(new DOMException("The quota has been exceeded.", "QuotaExceededError"))
            : table.mutate(req),
      };
    },
  }),
});

const wrapper = ({ children }: { children: ReactNode }) => (
  <CurrentSchoolProvider loadSample={() => tinySchool("Sample")} fallback={() => null}>
    {children}
  </CurrentSchoolProvider>
);

describe("a write that fails for lack of space", () => {
  it("keeps the edit on screen, marks it not saved, and stores it on retry", async () => {
    const { result } = renderHook(() => useCurrentSchool(), { wrapper });
    await waitFor(() => expect(result.current?.record?.name).toBe("Sample"));
    const id = result.current.schoolId!;

    full = true;
    act(() => {
      result.current.update({ ...result.current.school, name: "Kept in memory" }, "Rename");
    });
    await waitFor(() => expect(result.current.save.status).toBe("failed"));
    const save = result.current.save;
    expect(save.status === "failed" && save.error.kind).toBe("quota");
    expect(result.current.school.name).toBe("Kept in memory");
    expect(must(await getSchool(id)).name).toBe("Sample");
    expect(storageNotice(null, save)?.actions).toContain("retry");
    // Undo would act on the stored history under an unsaved edit: it waits.
    expect(result.current.canUndo).toBe(false);

    // A second edit queues behind the failed one, still in memory.
    act(() => {
      result.current.update({ ...result.current.school, name: "Kept twice" }, "Rename again");
    });
    expect(result.current.school.name).toBe("Kept twice");

    full = false;
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.save.status).toBe("saved"));
    expect(must(await getSchool(id)).name).toBe("Kept twice");
    expect(result.current.undoLabel).toBe("Rename again");
  });
});
