import { useCurrentSchool } from "./current-school.tsx";

/** A quiet line that says whether every change is stored (there is no Save button). */
export function SaveStatus() {
  const { save, draft, record } = useCurrentSchool();
  const text = draft
    ? "Not saved yet: fix the problems marked in Setup"
    : save.status === "saving"
      ? "Saving…"
      : save.status === "failed"
        ? "Not saved — see the message above"
        : save.status === "memory"
          ? "Not kept: this browser stores nothing"
          : record
            ? `All changes saved in this browser · ${new Date(record.updatedAt).toLocaleString()}`
            : "All changes saved";
  const warn = draft !== null || save.status === "failed" || save.status === "memory";
  return <p className={warn ? "source source-warn" : "source"}>{text}</p>;
}
