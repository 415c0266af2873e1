// @vitest-environment jsdom
// No fake-indexeddb here: this browser has no IndexedDB at all (private mode, storage off).
import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import {
  CurrentSchoolProvider,
  useCurrentSchool,
} from "../../src/features/school/current-school.tsx";
import { storageNotice } from "../../src/features/storage/storage-notice.ts";
import { tinySchool } from "../data/fixtures.ts";

const wrapper = ({ children }: { children: ReactNode }) => (
  <CurrentSchoolProvider loadSample={() => tinySchool("Sample")} fallback={() => null}>
    {children}
  </CurrentSchoolProvider>
);

describe("a browser that stores nothing", () => {
  it("still opens the sample and edits it in memory, and says so", async () => {
    const { result } = renderHook(() => useCurrentSchool(), { wrapper });
    await waitFor(() => expect(result.current?.save.status).toBe("memory"));
    expect(result.current.school.name).toBe("Sample");
    expect(result.current.schoolId).toBeNull();
    const save = result.current.save;
    expect(storageNotice(null, save)).toMatchObject({
      title: "Nothing is saved in this browser",
      actions: ["save-school"],
    });

    act(() => {
      result.current.update({ ...result.current.school, name: "Edited" }, "Rename");
    });
    await waitFor(() => expect(result.current.school.name).toBe("Edited"));
    expect(result.current.save.status).toBe("memory");
  });
});
