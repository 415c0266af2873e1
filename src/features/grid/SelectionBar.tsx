// The meeting or planning block last clicked or focused: what it is, where it meets, whether it
// is pinned (with the button to change that), and any rule it breaks.
import type { Occupancy } from "../../../solver/index.ts";
import { isPinned } from "./cells.ts";
import type { DragSource } from "./drag.ts";
import type { Flags } from "./flags.ts";
import { Icon } from "./icons.tsx";
import { unitOf } from "./pins.ts";
import { groupsLabel, sourceName, sourcePlace, teachersLabel } from "./text.ts";

type Props = {
  occ: Occupancy;
  selected: DragSource | null;
  onPin: (meeting: number) => void;
  flags: Flags;
};

export function SelectionBar({ occ, selected, onPin, flags }: Props) {
  const { model } = occ;
  if (selected === null || (selected.kind === "meeting" && !occ.meetings[selected.id])) {
    return (
      <p className="grid-selection grid-selection-empty">
        Drag a meeting or a planning block to another cell; each cell says whether it may go there.
        Select one to see it and pin it.
      </p>
    );
  }
  if (selected.kind === "planning") {
    const team = model.teams[selected.team]!;
    return (
      <div className="grid-selection" aria-label="Selected">
        <strong>
          <Icon name="team" /> Planning of {team.name}
        </strong>
        <span>{sourcePlace(occ, selected)}</span>
        <span>{team.members.map((t) => model.teachers[t]!.name).join(", ")}</span>
      </div>
    );
  }
  const section = model.sections[selected.section]!;
  const unit = unitOf(occ, selected.id);
  const pinned = unit.every((id) => isPinned(model, occ, id));
  const problems = flags.sections.get(selected.section) ?? [];
  return (
    <div className="grid-selection" aria-label="Selected">
      <strong>{sourceName(model, selected)}</strong>
      <span>{sourcePlace(occ, selected)}</span>
      <span>{teachersLabel(model, selected.section)}</span>
      {groupsLabel(model, selected.section) && <span>{groupsLabel(model, selected.section)}</span>}
      {section.samePeriod && unit.length > 1 && (
        <span className="muted">{unit.length} meetings move together</span>
      )}
      <button type="button" className="button button-quiet" onClick={() => onPin(selected.id)}>
        <Icon name="pin" /> {pinned ? `Unpin ${section.id}` : `Pin ${section.id}`}
      </button>
      {problems.length > 0 && (
        <span className="grid-selection-problem">
          <Icon name="warning" /> {problems[0]}
          {problems.length > 1 && ` (+${problems.length - 1} more)`}
        </span>
      )}
    </div>
  );
}
