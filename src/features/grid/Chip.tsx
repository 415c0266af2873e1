// A section meeting or a planning block in a cell: course, group and room (or the team), a pin
// and a warning when the validator names it, and a name that says all of it to a screen reader.
// Pressing on it (or Space on it) starts a drag through the grid's one draggable (drag-proxy).
import type { Occupancy } from "../../../solver/index.ts";
import type { BodyProps } from "./GridRow.tsx";
import type { CellItem } from "./cells.ts";
import type { DragSource } from "./drag.ts";
import { useDragProxy } from "./drag-proxy.tsx";
import { Icon } from "./icons.tsx";
import { columnText, daysText, groupsLabel, roomLabel, teachersLabel } from "./text.ts";

export function Chip(props: BodyProps & { item: CellItem }) {
  const { item, occ, column } = props;
  const source: DragSource =
    item.kind === "meeting"
      ? { kind: "meeting", id: item.id, section: item.section }
      : { kind: "planning", id: item.id, team: item.team };
  const draggable = item.kind === "planning" || item.start;
  const proxy = useDragProxy();
  const { model } = occ;
  const compact = column.day === null;
  const when = compact ? ` ${daysText(model, item.days)}` : "";
  const flagged =
    item.kind === "meeting"
      ? props.flags.sections.get(item.section)
      : props.flags.teams.get(item.team);

  let title: string;
  let line1: string;
  let line2: string;
  let label: string;
  if (item.kind === "meeting") {
    const section = model.sections[item.section]!;
    const room = roomLabel(model, item.room);
    title = section.course;
    const second =
      props.view === "groups"
        ? [teachersLabel(model, item.section), room]
        : props.view === "rooms"
          ? [section.id, groupsLabel(model, item.section)]
          : [groupsLabel(model, item.section) || section.id, room];
    line1 = section.course;
    line2 = second.filter(Boolean).join(" · ");
    label =
      `${section.id}: ${section.course}` +
      (groupsLabel(model, item.section) ? `, ${groupsLabel(model, item.section)}` : "") +
      (room ? `, room ${room}` : "") +
      `, ${teachersLabel(model, item.section)}, ${columnText(model, column)}${when}` +
      (item.pinned ? ", pinned" : "") +
      (item.start ? "" : ", continued");
  } else {
    const team = model.teams[item.team]!;
    title = `Planning: ${team.name}`;
    line1 = "Planning";
    line2 = team.name;
    label = `Planning of ${team.name}, ${columnText(model, column)}${when}`;
  }
  if (flagged) label += `, breaks ${flagged.length} rule${flagged.length === 1 ? "" : "s"}`;

  const className = [
    "grid-chip",
    item.kind === "planning" ? "grid-chip-planning" : "",
    item.kind === "meeting" && !item.start ? "grid-chip-continued" : "",
    flagged ? "grid-chip-flagged" : "",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <button
      type="button"
      className={className}
      data-entry={`${item.kind}-${item.id}`}
      data-unit={item.kind === "meeting" ? `s${item.section}` : `t${item.team}`}
      title={flagged ? `${title}\n${flagged.join("\n")}` : title}
      aria-label={label}
      aria-roledescription={draggable ? "movable meeting" : undefined}
      aria-describedby={draggable ? proxy.describedBy : undefined}
      onClick={() => props.onSelect(source)}
      onFocus={() => props.onSelect(source)}
      onPointerDown={(event) => {
        if (draggable) proxy.start(event, source, event.currentTarget);
      }}
      onTouchStart={(event) => {
        if (draggable) proxy.start(event, source, event.currentTarget);
      }}
      onKeyDown={(event) => {
        props.onKey(event, source);
        if (!event.defaultPrevented && draggable) proxy.start(event, source, event.currentTarget);
      }}
    >
      <span className="grid-chip-line1">
        {item.kind === "planning" && <Icon name="team" />}
        {item.kind === "meeting" && item.pinned && <Icon name="pin" label="pinned" />}
        {flagged && <Icon name="warning" label="breaks a rule" />}
        {line1}
        {when && <span className="grid-chip-days">{when}</span>}
      </span>
      <span className="grid-chip-line2">{line2}</span>
    </button>
  );
}

/** For the drag overlay: the dragged thing as a floating chip. */
export function OverlayChip({ occ, source }: { occ: Occupancy; source: DragSource }) {
  const { model } = occ;
  const text =
    source.kind === "meeting"
      ? `${model.sections[source.section]!.course} (${model.sections[source.section]!.id})`
      : `Planning: ${model.teams[source.team]!.name}`;
  return <div className="grid-chip grid-chip-overlay">{text}</div>;
}
