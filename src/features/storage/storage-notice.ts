// What the storage banner says for each failure, and which ways out it offers. Pure, so that the
// wording for every error kind is tested without a browser.
import type { StorageError } from "../../data/index.ts";
import type { SaveState } from "../school/current-school.tsx";

export type NoticeAction =
  "retry" | "reload-school" | "reload-page" | "save-school" | "export-backup";

export type StorageNotice = {
  tone: "error" | "warning";
  title: string;
  message: string;
  actions: NoticeAction[];
};

const unsaved = (n: number): string =>
  n === 1
    ? "Your last change is kept in this tab."
    : `Your last ${n} changes are kept in this tab.`;

/** The banner for a problem outside any call (wins: it affects every write) or a save state. */
export function storageNotice(problem: StorageError | null, save: SaveState): StorageNotice | null {
  if (problem?.kind === "version") {
    return {
      tone: "error",
      title: "Commons was updated in another tab",
      message: problem.message,
      actions: ["reload-page", "save-school"],
    };
  }
  if (problem?.kind === "blocked") {
    return {
      tone: "warning",
      title: "Close the other Commons tabs",
      message: problem.message,
      actions: [],
    };
  }
  if (save.status === "memory") {
    return {
      tone: "warning",
      title: "Nothing is saved in this browser",
      message: save.problem.message,
      actions: ["save-school"],
    };
  }
  if (save.status !== "failed") return null;
  const { error } = save;
  switch (error.kind) {
    case "conflict":
      return {
        tone: "error",
        title: "Changed in another tab — not saved",
        message:
          "This school was changed in another tab or window, so your last change was not saved " +
          "over it. Reload the saved school to see the other tab's work, then make your change " +
          "again.",
        actions: ["reload-school", "save-school"],
      };
    case "not-found":
      return {
        tone: "error",
        title: "This school was deleted in another tab",
        message: `${error.message} Save it as a file to keep your changes.`,
        actions: ["save-school", "reload-school"],
      };
    case "quota":
      return {
        tone: "error",
        title: "Not saved — the browser's storage is full",
        message: `${unsaved(save.unsaved)} ${error.message}`,
        actions: ["retry", "export-backup", "save-school"],
      };
    default:
      return {
        tone: "error",
        title: "Not saved — retry",
        message: `${unsaved(save.unsaved)} ${error.message}`,
        actions: ["retry", "save-school", "export-backup"],
      };
  }
}
