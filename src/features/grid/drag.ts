// What is dragged, where it may be dropped, and the move a drop means. Pure, so the rules of the
// grid (which rows accept a meeting, what a drop in the room view changes) are tested without a
// browser.
import {
  checkMove,
  type Model,
  type BeforeCache,
  type Move,
  type MoveVerdict,
  type Occupancy,
} from "../../../solver/index.ts";
import type { Column } from "./cells.ts";
import type { RowOwner } from "./rows.ts";

export type DragSource =
  { kind: "meeting"; id: number; section: number } | { kind: "planning"; id: number; team: number };

export type DropTarget = { owner: RowOwner; column: Column };

/** Droppable ids: unique per row (a teacher may have two rows) and column. */
export const dropId = (rowKey: string, column: Column): string => `drop|${rowKey}|${column.key}`;

/**
 * A row accepts a drop when a drop there changes only time (or the room, in the room view): the
 * section's own teachers and groups, the team's members and the team itself, and any room.
 */
export function acceptsRow(model: Model, source: DragSource, owner: RowOwner): boolean {
  if (source.kind === "planning") {
    if (owner.kind === "team") return owner.index === source.team;
    if (owner.kind === "teacher") return model.teams[source.team]!.members.includes(owner.index);
    return false;
  }
  const section = model.sections[source.section]!;
  switch (owner.kind) {
    case "teacher":
      return section.teachers.includes(owner.index);
    case "group": {
      const shown = [owner.index, ...model.groups[owner.index]!.ancestors];
      return section.groups.some((g) => shown.includes(g));
    }
    case "room":
      return model.hasRooms;
    case "team":
      return false;
  }
}

export function moveFor(source: DragSource, target: DropTarget): Move {
  const { day, period } = target.column;
  if (source.kind === "planning") return { kind: "planning", planning: source.id, day, period };
  const room = target.owner.kind === "room" ? target.owner.index : null;
  return { kind: "meeting", meeting: source.id, day, period, room };
}

const moveKey = (move: Move): string =>
  move.kind === "meeting"
    ? `${move.day ?? "*"}:${move.period}:${move.room ?? ""}`
    : `${move.day ?? "*"}:${move.period}`;

/**
 * The verdicts of one drag, computed when first asked and kept until the drag ends: co-teachers'
 * rows share theirs, and the index is only read (each check puts it back as it was).
 */
export class DragVerdicts {
  private readonly cache = new Map<string, MoveVerdict>();
  private readonly before: BeforeCache = new Map();

  constructor(
    private readonly occ: Occupancy,
    readonly source: DragSource,
  ) {}

  get(target: DropTarget): MoveVerdict | null {
    if (!acceptsRow(this.occ.model, this.source, target.owner)) return null;
    const move = moveFor(this.source, target);
    const key = moveKey(move);
    let verdict = this.cache.get(key);
    if (!verdict) {
      verdict = checkMove(this.occ, move, this.before);
      this.cache.set(key, verdict);
    }
    return verdict;
  }

  /** Already known, without computing (for cells painted before their turn comes). */
  peek(target: DropTarget): MoveVerdict | null | undefined {
    if (!acceptsRow(this.occ.model, this.source, target.owner)) return null;
    return this.cache.get(moveKey(moveFor(this.source, target)));
  }

  get size(): number {
    return this.cache.size;
  }
}
