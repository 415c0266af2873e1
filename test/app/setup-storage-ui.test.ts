import { describe, expect, it } from "vitest";
import { BACKUP_FORMAT } from "../../src/data/index.ts";
import { undoKeyOf } from "../../src/features/school/undo-keys.ts";
import { summarizeBackup } from "../../src/features/storage/backup-summary.ts";
import {
  backupFileName,
  fileKindOf,
  isSpreadsheet,
  scheduleFileName,
} from "../../src/features/storage/file-kind.ts";
import { storageNotice } from "../../src/features/storage/storage-notice.ts";

describe("fileKindOf", () => {
  it("tells the three files apart by their format", () => {
    expect(fileKindOf(JSON.stringify({ format: "commons-school/1" }))).toBe("school");
    expect(fileKindOf(JSON.stringify({ format: "commons-schedule/1" }))).toBe("schedule");
    expect(fileKindOf(`\ufeff${JSON.stringify({ format: BACKUP_FORMAT })}`)).toBe("backup");
  });

  it("reads anything else as a school file, so the school parser explains it", () => {
    expect(fileKindOf("{ not json")).toBe("school");
    expect(fileKindOf("[1, 2]")).toBe("school");
    expect(fileKindOf(JSON.stringify({ format: "something/9" }))).toBe("school");
  });
});

describe("isSpreadsheet", () => {
  it("knows a CSV or TSV by its name, unless its text is JSON after all", () => {
    expect(isSpreadsheet("teachers.csv", "Last Name,First Name\nLee,Ana\n")).toBe(true);
    expect(isSpreadsheet("SECTIONS.TSV", "\ufeffCourse\tPeriod\n")).toBe(true);
    expect(isSpreadsheet("school.csv", ' \n{"format": "commons-school/1"}')).toBe(false);
    expect(isSpreadsheet("lincoln.school.json", "Last Name,First Name")).toBe(false);
  });
});

describe("file names", () => {
  it("name schedules after the school and the version", () => {
    expect(scheduleFileName("Lincoln Middle School", "Draft 2")).toBe(
      "lincoln-middle-school.draft-2.schedule.json",
    );
    expect(scheduleFileName("Lincoln", "!!")).toBe("lincoln.schedule.json");
  });

  it("name backups so that they sort by time", () => {
    expect(backupFileName(new Date(2026, 4, 4, 15, 30))).toBe(
      "commons-backup-2026-05-04-1530.json",
    );
  });
});

describe("summarizeBackup", () => {
  it("counts the live schools and versions a backup would bring", () => {
    const summary = summarizeBackup({
      exportedAt: "2026-05-04T10:00:00.000Z",
      schools: [
        { name: "Lincoln", deletedAt: null },
        { name: "Old", deletedAt: 5 },
      ],
      versions: [{ deletedAt: null }, { deletedAt: null }, { deletedAt: 3 }],
    });
    expect(summary.schools).toEqual(["Lincoln"]);
    expect(summary.versions).toBe(2);
    expect(summary.exportedAt?.toISOString()).toBe("2026-05-04T10:00:00.000Z");
  });

  it("says nothing rather than failing on a file that is not a backup", () => {
    expect(summarizeBackup(null)).toEqual({ exportedAt: null, schools: [], versions: 0 });
  });
});

describe("storageNotice", () => {
  const quota = { kind: "quota" as const, message: "The disk is full." };

  it("offers retry and export when a write failed for lack of space", () => {
    const notice = storageNotice(null, { status: "failed", error: quota, unsaved: 2 });
    expect(notice?.tone).toBe("error");
    expect(notice?.actions).toEqual(expect.arrayContaining(["retry", "export-backup"]));
    expect(notice?.message).toContain("last 2 changes are kept");
  });

  it("answers a conflict with a reload, never with a retry that would overwrite", () => {
    const error = {
      kind: "conflict" as const,
      message: "",
      expectedRevision: 1,
      actualRevision: 2,
    };
    const notice = storageNotice(null, { status: "failed", error, unsaved: 1 });
    expect(notice?.title).toMatch(/another tab/);
    expect(notice?.actions).toContain("reload-school");
    expect(notice?.actions).not.toContain("retry");
  });

  it("puts a newer Commons in another tab first, and is silent when all is saved", () => {
    const version = { kind: "version" as const, message: "Reload." };
    expect(storageNotice(version, { status: "saved" })?.actions).toContain("reload-page");
    expect(storageNotice(null, { status: "saved" })).toBeNull();
    expect(storageNotice(null, { status: "saving" })).toBeNull();
  });
});

describe("undoKeyOf", () => {
  const key = (
    k: string,
    mods: Partial<Record<"ctrlKey" | "metaKey" | "shiftKey" | "altKey", boolean>> = {},
  ) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });

  it("reads Ctrl+Z as undo and Ctrl+Shift+Z or Ctrl+Y as redo (Cmd on a Mac)", () => {
    expect(undoKeyOf(key("z", { ctrlKey: true }), false)).toBe("undo");
    expect(undoKeyOf(key("Z", { ctrlKey: true, shiftKey: true }), false)).toBe("redo");
    expect(undoKeyOf(key("y", { metaKey: true }), false)).toBe("redo");
  });

  it("leaves text fields their own undo and ignores other keys", () => {
    expect(undoKeyOf(key("z", { ctrlKey: true }), true)).toBeNull();
    expect(undoKeyOf(key("z"), false)).toBeNull();
    expect(undoKeyOf(key("x", { ctrlKey: true }), false)).toBeNull();
  });
});
