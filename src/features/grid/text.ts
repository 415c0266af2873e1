// The grid's words: chip lines, slot names, verdicts and the screen-reader announcements of a
// drag. Pure, so what a person hears is tested like any other behaviour.
import type { Model, LunchEdit, MoveVerdict, Occupancy } from "../../../solver/index.ts";
import type { Column } from "./cells.ts";
import type { DragSource, DropTarget } from "./drag.ts";
import type { RowOwner } from "./rows.ts";

export const periodName = (model: Model, p: number): string =>
  model.school.calendar.periods[p]?.name ?? `period ${model.periodIds[p]!}`;

export const dayName = (model: Model, d: number): string =>
  model.school.calendar.days[d]?.name ?? model.dayIds[d]!;

/** "Tue period 2" (ids, as in the validator's messages), or "period 2" for a compact column. */
export const slotText = (model: Model, day: number | null, period: number): string =>
  day === null
    ? `period ${model.periodIds[period]!}`
    : `${model.dayIds[day]!} period ${model.periodIds[period]!}`;

export const columnText = (model: Model, column: Column): string =>
  slotText(model, column.day, column.period);

/** "Mon–Fri", "Mon, Wed, Fri" or "A": the days a compact item meets. */
export function daysText(model: Model, days: readonly number[]): string {
  if (days.length === model.dayCount && days.length > 2) {
    return `${model.dayIds[0]!}–${model.dayIds[model.dayCount - 1]!}`;
  }
  return [...days]
    .sort((a, b) => a - b)
    .map((d) => model.dayIds[d]!)
    .join(", ");
}

export function ownerName(model: Model, owner: RowOwner): string {
  switch (owner.kind) {
    case "teacher":
      return model.teachers[owner.index]!.name;
    case "group":
      return model.groups[owner.index]!.name;
    case "room":
      return `room ${model.rooms[owner.index]!.id}`;
    case "team":
      return model.teams[owner.index]!.name;
  }
}

/** The groups of a section as a short label: "6A1" or "6A1 +2". */
export function groupsLabel(model: Model, section: number): string {
  const groups = model.sections[section]!.groups;
  if (groups.length === 0) return "";
  const first = model.groups[groups[0]!]!.name;
  return groups.length === 1 ? first : `${first} +${groups.length - 1}`;
}

export function teachersLabel(model: Model, section: number): string {
  return model.sections[section]!.teachers.map((t) => model.teachers[t]!.name).join(", ");
}

export const roomLabel = (model: Model, room: number): string =>
  room >= 0 ? model.rooms[room]!.id : "";

/** Where a dragged thing is now: "Mon–Fri period 3" for a section meeting every day at 3. */
export function sourcePlace(occ: Occupancy, source: DragSource): string {
  const { model } = occ;
  const places =
    source.kind === "meeting"
      ? occ.meetingsOfSection[source.section]!.flatMap((id) => {
          const m = occ.meetings[id];
          return m ? [m] : [];
        })
      : occ.planningsOfTeam[source.team]!.flatMap((id) => {
          const p = occ.plannings[id];
          return p ? [p] : [];
        });
  const periods = new Set(places.map((p) => p.period));
  if (periods.size === 1) {
    const days = places.map((p) => p.day);
    return `${daysText(model, days)} period ${model.periodIds[places[0]!.period]!}`;
  }
  return places.map((p) => slotText(model, p.day, p.period)).join(", ");
}

export function sourceName(model: Model, source: DragSource): string {
  if (source.kind === "planning") return `the planning of ${model.teams[source.team]!.name}`;
  const section = model.sections[source.section]!;
  return `${section.course}, section ${section.id}`;
}

function lunchText(occ: Occupancy, edit: LunchEdit): string | null {
  const { model } = occ;
  const l = edit.kind === "moved" ? occ.lunches[edit.id] : edit;
  if (!l) return null;
  const who = l.teacher >= 0 ? model.teachers[l.teacher]!.name : model.groups[l.group]!.name;
  const day = model.dayIds[l.day]!;
  if (edit.kind === "moved") {
    return `${who}'s lunch on ${day} moves to period ${model.periodIds[edit.to.period]!}`;
  }
  return edit.kind === "added"
    ? `${who} gets lunch on ${day} in period ${model.periodIds[edit.period]!}`
    : `${who} no longer needs lunch on ${day}`;
}

/** One sentence on what a drop would do: allowed (and what else moves), or why not. */
export function verdictText(occ: Occupancy, verdict: MoveVerdict): string {
  if (verdict.unchanged) return "It is already here.";
  if (verdict.allowed) {
    const notes = verdict.lunches.flatMap((e) => lunchText(occ, e) ?? []);
    const mended =
      verdict.mended.length > 0 ? ` It mends ${verdict.mended.length} broken rule(s).` : "";
    return `Allowed${notes.length > 0 ? `; ${notes.join("; ")}` : ""}.${mended}`;
  }
  const first = verdict.reasons[0]!;
  const more = verdict.reasons.length > 1 ? ` (and ${verdict.reasons.length - 1} more)` : "";
  return `Not allowed. ${first.label}: ${first.message}${more}`;
}

export const announcePickUp = (occ: Occupancy, source: DragSource): string => {
  const together =
    source.kind === "meeting" && occ.model.sections[source.section]!.samePeriod
      ? " All its meetings move together."
      : "";
  return (
    `Picked up ${sourceName(occ.model, source)}, at ${sourcePlace(occ, source)}.${together} ` +
    "Use the arrow keys to move, Space to drop, Escape to cancel."
  );
};

export const announceOver = (
  occ: Occupancy,
  target: DropTarget,
  verdict: MoveVerdict | null,
): string => {
  const where = `${columnText(occ.model, target.column)}, ${ownerName(occ.model, target.owner)}`;
  if (verdict === null) return `Over ${where}: not a place for it (another row).`;
  return `Over ${where}. ${verdictText(occ, verdict)}`;
};
