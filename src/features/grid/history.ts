// The grid's undo and redo. A move is a step of the version's log; a pin is a step of the
// school's log. Undo takes the newer of the two tops (entry ids grow across both logs), redo the
// older of the two undone steps, so the grid's edits undo in the order they were made, across a
// reload. Only the school steps the grid makes (pins) take part: the grid never undoes, say, a
// teacher added in Setup.
import type { HistoryEntry } from "../../data/index.ts";

export type LogTops = { undo: HistoryEntry | null; redo: HistoryEntry | null };
export type GridStep = { log: "version" | "school"; entry: HistoryEntry };

export const isGridSchoolEdit = (label: string): boolean => /^(Pin|Unpin) /.test(label);

const gridEntry = (entry: HistoryEntry | null): HistoryEntry | null =>
  entry && isGridSchoolEdit(entry.label) ? entry : null;

export function nextUndo(version: LogTops | null, school: LogTops | null): GridStep | null {
  const v = version?.undo ?? null;
  const s = gridEntry(school?.undo ?? null);
  if (v && (!s || v.id > s.id)) return { log: "version", entry: v };
  return s ? { log: "school", entry: s } : null;
}

export function nextRedo(version: LogTops | null, school: LogTops | null): GridStep | null {
  const v = version?.redo ?? null;
  const s = gridEntry(school?.redo ?? null);
  if (v && (!s || v.id < s.id)) return { log: "version", entry: v };
  return s ? { log: "school", entry: s } : null;
}
