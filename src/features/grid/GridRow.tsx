// One row of the grid: a teacher, group, room or team across the columns. Rows are memoised: a
// drag re-renders only the rows that accept it (their cells become drop targets showing what a
// drop would do); the others are dimmed by a class on the table.
import { useDroppable } from "@dnd-kit/core";
import { memo, type KeyboardEvent, type ReactNode } from "react";
import type { MoveVerdict } from "../../../solver/moves/index.ts";
import type { Occupancy } from "../../../solver/validate/index.ts";
import { cellData, type CellData, type CellItem, type Column } from "./cells.ts";
import { dropId, type DragSource, type DragVerdicts, type DropTarget } from "./drag.ts";
import { useDragProxy } from "./drag-proxy.tsx";
import type { Flags } from "./flags.ts";
import { Icon } from "./icons.tsx";
import type { GridRow, ViewKind } from "./rows.ts";
import {
  columnText,
  daysText,
  groupsLabel,
  roomLabel,
  teachersLabel,
  verdictText,
} from "./text.ts";

export type RowProps = {
  /** The row's position in the whole table (rows out of view are not in the page). */
  rowIndex: number;
  row: GridRow;
  columns: Column[];
  occ: Occupancy;
  view: ViewKind;
  flags: Flags;
  /** Present while a drag is on and this row accepts it. */
  verdicts: DragVerdicts | null;
  /** Grows as the verdicts of a drag are computed, so target rows show them. */
  tick: number;
  placeAnyway: boolean;
  onSelect: (source: DragSource) => void;
  onKey: (event: KeyboardEvent, source: DragSource) => void;
};

export const GridRowView = memo(function GridRowView(props: RowProps) {
  const { row, columns, occ } = props;
  const indent = row.depth > 0 ? { paddingLeft: `${0.6 + row.depth * 0.9}rem` } : undefined;
  return (
    <tr
      className={props.verdicts ? "grid-row grid-row-target" : "grid-row"}
      aria-rowindex={props.rowIndex}
    >
      <th scope="row" className="grid-rowhead" style={indent}>
        <span className="grid-rowname">{row.label}</span>
        {row.detail && <span className="grid-rowdetail">{row.detail}</span>}
      </th>
      {columns.map((column) => {
        const data = cellData(occ, row.owner, column);
        const target: DropTarget = { owner: row.owner, column };
        return props.verdicts ? (
          <DropCell
            key={column.key}
            id={dropId(row.key, column)}
            target={target}
            verdict={props.verdicts.peek(target) ?? undefined}
            {...props}
            data={data}
            column={column}
          />
        ) : (
          <td key={column.key} className={cellClass(data, column)}>
            <div className="grid-cell-box">
              <CellContent {...bodyProps({ ...props, data, column })} />
            </div>
          </td>
        );
      })}
    </tr>
  );
});

const cellClass = (data: CellData, column: Column): string =>
  [
    "grid-cell",
    column.day !== null && column.day > 0 && column.period === 0 ? "grid-day-start" : "",
    data.unavailable ? "grid-cell-unavailable" : "",
    data.free ? "grid-cell-free" : "",
    data.lunchDays.length > 0 && data.items.length === 0 ? "grid-cell-lunch" : "",
  ]
    .filter(Boolean)
    .join(" ");

type CellProps = RowProps & { data: CellData; column: Column };

/** What a cell's content reads; a drop cell re-renders on every step of a drag, its content not. */
type BodyProps = Pick<RowProps, "row" | "occ" | "view" | "flags" | "onSelect" | "onKey"> & {
  data: CellData;
  column: Column;
};

const bodyProps = (p: CellProps): BodyProps => ({
  row: p.row,
  occ: p.occ,
  view: p.view,
  flags: p.flags,
  onSelect: p.onSelect,
  onKey: p.onKey,
  data: p.data,
  column: p.column,
});

function DropCell(
  props: CellProps & { id: string; target: DropTarget; verdict: MoveVerdict | undefined },
) {
  const { setNodeRef, isOver } = useDroppable({ id: props.id, data: props.target });
  const { verdict, placeAnyway, occ } = props;
  const state = verdictState(verdict, placeAnyway);
  const explain = verdict ? verdictText(occ, verdict) : "";
  return (
    <td
      ref={setNodeRef}
      className={`${cellClass(props.data, props.column)} grid-drop grid-drop-${state}${isOver ? " grid-drop-over" : ""}`}
      title={explain}
      data-drop={state}
    >
      <div className="grid-cell-box">
        <CellBody {...bodyProps(props)} />
        <VerdictBadge verdict={verdict} state={state} />
      </div>
    </td>
  );
}

type DropState = "checking" | "allowed" | "here" | "refused" | "anyway";

function verdictState(verdict: MoveVerdict | undefined, placeAnyway: boolean): DropState {
  if (!verdict) return "checking";
  if (verdict.unchanged) return "here";
  if (verdict.allowed) return "allowed";
  return placeAnyway ? "anyway" : "refused";
}

function VerdictBadge({ verdict, state }: { verdict: MoveVerdict | undefined; state: DropState }) {
  if (!verdict) return <span className="grid-verdict grid-verdict-wait">checking…</span>;
  if (state === "here") {
    return (
      <span className="grid-verdict grid-verdict-here">
        <Icon name="here" /> Now
      </span>
    );
  }
  if (state === "allowed") {
    return (
      <span className="grid-verdict grid-verdict-ok">
        <Icon name="check" /> OK
      </span>
    );
  }
  const first = verdict.reasons[0];
  return (
    <span className="grid-verdict grid-verdict-no">
      <Icon name="cross" />
      <span className="grid-verdict-long">{first?.label ?? "Breaks a rule"}</span>
      <span className="grid-verdict-short">{first?.short ?? "Rule"}</span>
      {verdict.reasons.length > 1 && ` +${verdict.reasons.length - 1}`}
    </span>
  );
}

const CellBody = memo(CellContent);

function CellContent(props: BodyProps) {
  const { data, column, occ } = props;
  const { model } = occ;
  const compact = column.day === null;
  const parts: ReactNode[] = data.items.map((item) => (
    <Chip key={`${item.kind}${item.id}`} {...props} item={item} />
  ));
  // A row is one chip high (two in the compact view): say so when more share the cell.
  const room = compact ? 2 : 1;
  if (data.items.length > room) {
    parts.push(
      <span key="more" className="grid-more">
        +{data.items.length - room} more
      </span>,
    );
  }
  if (data.lunchDays.length > 0) {
    parts.push(
      <span key="lunch" className="grid-mark grid-lunch">
        <Icon name="lunch" /> Lunch{compact ? ` ${daysText(model, data.lunchDays)}` : ""}
      </span>,
    );
  }
  if (data.membersFree !== null) {
    const size = props.row.owner.kind === "team" ? model.teams[props.row.owner.index]!.members : [];
    parts.push(
      <span key="free" className="grid-mark grid-members">
        {data.membersFree}/{size.length} free
      </span>,
    );
  }
  if (data.items.length === 0 && data.lunchDays.length === 0) {
    if (data.unavailable) {
      parts.push(
        <span key="na" className="grid-mark grid-na">
          unavailable
        </span>,
      );
    } else if (data.free) {
      parts.push(
        <span key="free" className="grid-mark grid-free">
          free
        </span>,
      );
    }
  }
  return <>{parts}</>;
}

function Chip(props: BodyProps & { item: CellItem }) {
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
