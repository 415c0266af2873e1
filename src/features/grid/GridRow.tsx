// One row of the grid: a teacher, group, room or team across the columns. Rows are memoised: a
// drag re-renders only the rows that accept it (their cells become drop targets showing what a
// drop would do); the others are dimmed by a class on the table.
import { useDroppable } from "@dnd-kit/core";
import { memo, useMemo, type KeyboardEvent, type ReactNode } from "react";
import type { MoveVerdict, Occupancy } from "../../../solver/index.ts";
import { routeHref } from "../reports/planning-route.ts";
import { cellData, type CellData, type Column } from "./cells.ts";
import { Chip } from "./Chip.tsx";
import { dropId, type DragSource, type DragVerdicts, type DropTarget } from "./drag.ts";
import type { Flags } from "./flags.ts";
import { Icon } from "./icons.tsx";
import type { GridRow, ViewKind } from "./rows.ts";
import { daysText, verdictText } from "./text.ts";

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
  // Kept across the ticks of a drag, so the cells' memoised content sees the same data and stays.
  const cells = useMemo(
    () => columns.map((column) => cellData(occ, row.owner, column)),
    [occ, row.owner, columns],
  );
  return (
    <tr
      className={props.verdicts ? "grid-row grid-row-target" : "grid-row"}
      aria-rowindex={props.rowIndex}
    >
      <th scope="row" className="grid-rowhead" style={indent}>
        <RowName row={row} occ={occ} />
        {row.detail && <span className="grid-rowdetail">{row.detail}</span>}
        <span className="grid-row-off">Not a target for this drag</span>
      </th>
      {columns.map((column, c) => {
        const data = cells[c]!;
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

/** A teacher's or a team's name links to their page in the Planning tab. */
function RowName({ row, occ }: { row: GridRow; occ: Occupancy }) {
  const { kind, index } = row.owner;
  const id =
    kind === "teacher"
      ? occ.model.teachers[index]?.id
      : kind === "team"
        ? occ.model.teams[index]?.id
        : undefined;
  if ((kind !== "teacher" && kind !== "team") || id === undefined) {
    return <span className="grid-rowname">{row.label}</span>;
  }
  return (
    <a className="grid-rowname" href={routeHref({ page: kind, id })}>
      {row.label}
    </a>
  );
}

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
export type BodyProps = Pick<RowProps, "row" | "occ" | "view" | "flags" | "onSelect" | "onKey"> & {
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
      {verdict.reasons.length > 1 && (
        <span className="grid-verdict-more"> +{verdict.reasons.length - 1}</span>
      )}
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
