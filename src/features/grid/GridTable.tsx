// The grid's table: days and periods across, rows grouped under headings. Only the rows in view
// (and a few around them, and during a drag every row that accepts it) are in the page, so the
// largest school opens at once; spacers keep the scroll bar true. Headers stay in view.
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Occupancy } from "../../../solver/index.ts";
import type { Column } from "./cells.ts";
import { acceptsRow, type DragSource, type DragVerdicts, type DropTarget } from "./drag.ts";
import type { Flags } from "./flags.ts";
import { GridRowView } from "./GridRow.tsx";
import type { GridRow, RowGroup, ViewKind } from "./rows.ts";
import { dayName, periodName } from "./text.ts";
import { renderPlan, type Line } from "./window.ts";

/** Heights in CSS pixels; grid.css gives rows and headings exactly these. */
export const ROW_HEIGHT = 48;
/** The compact view's rows hold two chips (an A/B rotation puts two days in one column). */
export const COMPACT_ROW_HEIGHT = 88;
export const GROUP_HEIGHT = 30;
const OVERSCAN = 3;
/** Up to this many rows accept a drag, they all stay in the page while it lasts (see window.ts). */
const KEEP_TARGET_ROWS = 12;
/** Verdicts are computed a frame's worth at a time, so the page stays fluid. */
const CHUNK_MS = 8;
const SHOW_MS = 150;

type Props = {
  groups: RowGroup[];
  columns: Column[];
  occ: Occupancy;
  view: ViewKind;
  flags: Flags;
  drag: DragVerdicts | null;
  placeAnyway: boolean;
  onSelect: (source: DragSource) => void;
  onKey: (event: KeyboardEvent, source: DragSource) => void;
};

type Item = { kind: "group"; group: RowGroup } | { kind: "row"; row: GridRow };

const ROW_HEAD: Record<ViewKind, string> = {
  teachers: "Teacher",
  groups: "Group",
  rooms: "Room",
  teams: "Team",
};

export const GridTable = memo(function GridTable(props: Props) {
  const { groups, columns, occ, drag } = props;
  const { model } = occ;
  const compact = columns[0]?.day === null;
  const span = columns.length + 1;
  const scroller = useRef<HTMLDivElement>(null);
  // Until the first measure (just after the first paint), a guess at the scroll box's height
  // from the window's (grid.css sets it so), and no rows beyond it: the first paint is the
  // smallest that fills the box.
  const [view, setView] = useState(() => ({
    top: 0,
    height: Math.max(300, window.innerHeight - 240),
    overscan: 0,
  }));

  const rowHeight = compact ? COMPACT_ROW_HEIGHT : ROW_HEIGHT;
  const lines = useMemo(() => {
    const out: Line<Item>[] = [];
    for (const group of groups) {
      if (groups.length > 1) {
        out.push({ key: `h-${group.key}`, height: GROUP_HEIGHT, item: { kind: "group", group } });
      }
      for (const row of group.rows) {
        out.push({ key: row.key, height: rowHeight, item: { kind: "row", row } });
      }
    }
    return out;
  }, [groups, rowHeight]);

  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const head = el.querySelector("thead")?.getBoundingClientRect().height ?? 0;
    setView((v) => {
      const top = Math.max(0, el.scrollTop - head);
      return v.top === top && v.height === el.clientHeight && v.overscan === OVERSCAN
        ? v
        : { top, height: el.clientHeight, overscan: OVERSCAN };
    });
  }, []);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let frame = requestAnimationFrame(measure);
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    el.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("resize", onScroll);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener("scroll", onScroll);
      window.removeEventListener("resize", onScroll);
    };
  }, [measure]);

  // A few target rows (a section's teachers) stay in the page, so the arrow keys reach them
  // wherever they are; with many (every room) only those in view do.
  const keep = useMemo(() => {
    if (drag === null) return null;
    const rows = lines.filter(
      (l) => l.item.kind === "row" && acceptsRow(model, drag.source, l.item.row.owner),
    );
    return rows.length <= KEEP_TARGET_ROWS ? new Set(rows.map((l) => l.key)) : null;
  }, [lines, drag, model]);
  const plan = useMemo(
    () =>
      renderPlan(
        lines,
        view,
        view.overscan,
        (item) => item.kind === "row" && !!keep?.has(item.row.key),
      ),
    [lines, view, keep],
  );

  // The verdicts of the target cells in the page, filled in the background; `tick` shows them.
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!drag) return;
    const targets: DropTarget[] = [];
    for (const entry of plan) {
      if (entry.kind !== "line" || entry.line.item.kind !== "row") continue;
      const { owner } = entry.line.item.row;
      if (!acceptsRow(model, drag.source, owner)) continue;
      for (const column of columns) targets.push({ owner, column });
    }
    let next = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unseen = 0;
    let shown = performance.now();
    const step = () => {
      const end = performance.now() + CHUNK_MS;
      while (next < targets.length && performance.now() < end) {
        const target = targets[next++]!;
        if (drag.peek(target) === undefined) {
          drag.get(target);
          unseen++;
        }
      }
      // Showing them re-renders the target rows: the first batch at once, then a few a second.
      const done = next >= targets.length;
      if (unseen > 0 && (done || shown === 0 || performance.now() - shown > SHOW_MS)) {
        setTick((t) => t + 1);
        unseen = 0;
        shown = performance.now();
      }
      if (!done) timer = setTimeout(step, 0);
    };
    shown = 0;
    step();
    return () => clearTimeout(timer);
  }, [drag, plan, columns, model]);

  const tableClass = [
    "grid-table",
    compact ? "grid-compact" : "",
    drag ? "grid-dragging" : "",
    model.periodCount * (compact ? 1 : model.dayCount) > 16 ? "grid-dense" : "",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="grid-scroll" ref={scroller}>
      <table
        className={tableClass}
        aria-describedby="grid-heading"
        aria-rowcount={lines.length + (compact ? 1 : 2)}
      >
        <thead>
          {!compact && (
            <tr>
              <th className="grid-corner" rowSpan={2} scope="col">
                {ROW_HEAD[props.view]}
              </th>
              {model.dayIds.map((id, d) => (
                <th key={id} colSpan={model.periodCount} scope="colgroup" className="grid-day">
                  {dayName(model, d)}
                </th>
              ))}
            </tr>
          )}
          <tr>
            {compact && (
              <th className="grid-corner" scope="col">
                {ROW_HEAD[props.view]}
              </th>
            )}
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={
                  c.day !== null && c.day > 0 && c.period === 0
                    ? "grid-period grid-day-start"
                    : "grid-period"
                }
                title={`${c.day === null ? "" : `${dayName(model, c.day)}, `}${periodName(model, c.period)}`}
              >
                {compact ? periodName(model, c.period) : model.periodIds[c.period]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {plan.map((entry) => {
            if (entry.kind === "gap") {
              return (
                <tr key={entry.key} className="grid-gap" aria-hidden="true">
                  <td colSpan={span} style={{ height: entry.height }} />
                </tr>
              );
            }
            const { item } = entry.line;
            const rowIndex = entry.index + (compact ? 2 : 3);
            if (item.kind === "group") {
              return (
                <tr key={entry.line.key} className="grid-group" aria-rowindex={rowIndex}>
                  <th colSpan={span} scope="colgroup">
                    {item.group.label}{" "}
                    <span className="grid-group-count">({item.group.rows.length})</span>
                  </th>
                </tr>
              );
            }
            const accepts = drag !== null && acceptsRow(model, drag.source, item.row.owner);
            return (
              <GridRowView
                key={entry.line.key}
                rowIndex={rowIndex}
                row={item.row}
                columns={columns}
                occ={occ}
                view={props.view}
                flags={props.flags}
                verdicts={accepts ? drag : null}
                tick={accepts ? tick : 0}
                placeAnyway={props.placeAnyway}
                onSelect={props.onSelect}
                onKey={props.onKey}
              />
            );
          })}
        </tbody>
      </table>
      {groups.length === 0 && <p className="grid-empty">No row matches the filters.</p>}
    </div>
  );
});
