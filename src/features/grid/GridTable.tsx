// The grid's table: days and periods across, rows grouped under headings. Only the rows in view
// (and a few around them, and during a drag every row that accepts it) are in the page, so the
// largest school opens at once; spacers keep the scroll bar true. Headers stay in view.
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Occupancy } from "../../../solver/validate/index.ts";
import type { Column } from "./cells.ts";
import { acceptsRow, type DragSource, type DragVerdicts } from "./drag.ts";
import type { Flags } from "./flags.ts";
import { GridRowView } from "./GridRow.tsx";
import type { GridRow, RowGroup, ViewKind } from "./rows.ts";
import { dayName, periodName } from "./text.ts";
import { renderPlan, type Line } from "./window.ts";

/** Heights in CSS pixels; grid.css gives rows and headings exactly these. */
export const ROW_HEIGHT = 48;
export const GROUP_HEIGHT = 30;
const OVERSCAN = 5;

type Props = {
  groups: RowGroup[];
  columns: Column[];
  occ: Occupancy;
  view: ViewKind;
  flags: Flags;
  drag: DragVerdicts | null;
  tick: number;
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
  // Until the first measure, a guess at the scroll box's height from the window's.
  const [view, setView] = useState(() => ({
    top: 0,
    height: Math.max(300, window.innerHeight - 240),
  }));

  const lines = useMemo(() => {
    const out: Line<Item>[] = [];
    for (const group of groups) {
      if (groups.length > 1) {
        out.push({ key: `h-${group.key}`, height: GROUP_HEIGHT, item: { kind: "group", group } });
      }
      for (const row of group.rows) {
        out.push({ key: row.key, height: ROW_HEIGHT, item: { kind: "row", row } });
      }
    }
    return out;
  }, [groups]);

  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const head = el.querySelector("thead")?.getBoundingClientRect().height ?? 0;
    setView((v) => {
      const top = Math.max(0, el.scrollTop - head);
      return v.top === top && v.height === el.clientHeight ? v : { top, height: el.clientHeight };
    });
  }, []);
  useEffect(() => {
    measure();
    const el = scroller.current;
    if (!el) return;
    let frame = 0;
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

  const plan = useMemo(
    () =>
      renderPlan(
        lines,
        view,
        OVERSCAN,
        (item) =>
          drag !== null && item.kind === "row" && acceptsRow(model, drag.source, item.row.owner),
      ),
    [lines, view, drag, model],
  );

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
                tick={accepts ? props.tick : 0}
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
