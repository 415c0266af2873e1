// The master schedule grid: a version's schedule by teacher, group, room or team, where a meeting
// or a planning block is dragged to another cell. While dragging, every cell of the rows that
// accept it says whether a drop there is allowed and, if not, why: the validator's rules, scoped
// to the move (solver/moves). A legal drop is handed to `onChange` as one named edit.
import { DndContext, DragOverlay, type Announcements, type DragEndEvent } from "@dnd-kit/core";
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import {
  resolveSchool,
  applyMoveToSchedule,
  moveLabel,
  buildOccupancy,
  validateSchedule,
  type Schedule,
  type School,
  type Model,
} from "../../../solver/index.ts";
import { canCompact, columnsOf } from "./cells.ts";
import {
  AUTO_SCROLL,
  cellCollision,
  SCREEN_READER_INSTRUCTIONS,
  useGridSensors,
} from "./dnd-setup.ts";
import { DragVerdicts, moveFor, type DragSource, type DropTarget } from "./drag.ts";
import { DragProxy, sourceOf } from "./drag-proxy.tsx";
import { dropOutcome } from "./drop.ts";
import { filterChoices, filterGroups, NO_FILTER, rowCount } from "./filters.ts";
import { flagsOf } from "./flags.ts";
import { GridProblems } from "./GridProblems.tsx";
import { GridTable } from "./GridTable.tsx";
import { parseGridRoute, routeSettings, useHash } from "./grid-route.ts";
import { GridToolbar, type GridSettings } from "./GridToolbar.tsx";
import { OverlayChip } from "./Chip.tsx";
import { togglePin } from "./pins.ts";
import { buildRows } from "./rows.ts";
import { followSelection } from "./selection.ts";
import { SelectionBar } from "./SelectionBar.tsx";
import { announceOver, announcePickUp } from "./text.ts";
import "./grid.css";

export type GridViewProps = {
  school: School;
  schedule: Schedule;
  /** Saves a move as one undoable step, named like "Move alg1-3 to Tue period 2". */
  onChange: (next: Schedule, label: string) => void;
  /** Saves a pin edit of the school; answers why it could not, or null. */
  onSchoolChange: (next: School, label: string) => string | null;
  /** Controls the container adds to the toolbar (undo, re-solve, download). */
  actions?: ReactNode;
  /** A line on saving and re-solving, from the container. */
  status?: string;
};

type Notice = { kind: "done" | "refused" | "warning" | "info"; text: string };

const INITIAL: GridSettings = {
  view: "teachers",
  grouping: "department",
  compact: false,
  filter: NO_FILTER,
  placeAnyway: false,
};

export function GridView({
  school,
  schedule,
  onChange,
  onSchoolChange,
  actions,
  status,
}: GridViewProps) {
  useState(() => {
    if (performance.getEntriesByName("grid:view").length === 0) performance.mark("grid:view");
  });
  const model = useMemo(() => resolveSchool(school), [school]);
  const occ = useMemo(() => buildOccupancy(model, schedule), [model, schedule]);
  // The full check runs just after the grid is first painted, and after each edit in the
  // background: the chips' warnings and the list below follow a moment later.
  const checked = useDeferredValue<{ model: Model; schedule: Schedule } | null>(
    { model, schedule },
    null,
  );
  const violations = useMemo(
    () => (checked ? validateSchedule(checked.model, checked.schedule) : []),
    [checked],
  );
  const flags = useMemo(() => flagsOf(model, violations), [model, violations]);
  const choices = useMemo(() => filterChoices(model), [model]);
  const compactOk = useMemo(() => canCompact(occ), [occ]);
  const [settings, setSettings] = useState<GridSettings>(INITIAL);
  // A link into the grid (#/grid/team/ID) sets the view and filters once, when it is followed.
  const hash = useHash();
  const [followed, setFollowed] = useState("");
  if (hash !== followed) {
    setFollowed(hash);
    const route = parseGridRoute(hash);
    const routed = route && routeSettings(model, route);
    if (routed) setSettings((s) => ({ ...s, ...routed }));
  }
  const compact = settings.compact && compactOk;
  const columns = useMemo(() => columnsOf(model, compact), [model, compact]);
  const groups = useMemo(
    () => buildRows(model, occ, settings.view, settings.grouping),
    [model, occ, settings.view, settings.grouping],
  );
  const shown = useMemo(() => filterGroups(groups, settings.filter), [groups, settings.filter]);

  const [drag, setDrag] = useState<DragVerdicts | null>(null);
  const [chosen, setSelected] = useState<DragSource | null>(null);
  // Ids are placement indices: after an edit (a re-solve reorders them) follow the section.
  const selected = useMemo(() => followSelection(occ, chosen), [occ, chosen]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const sensors = useGridSensors();
  // The announcements read the drag of the moment, without waiting for a render.
  const dragRef = useRef<DragVerdicts | null>(null);
  const placeAnywayRef = useRef(settings.placeAnyway);
  useEffect(() => {
    placeAnywayRef.current = settings.placeAnyway;
  }, [settings.placeAnyway]);

  useLayoutEffect(() => {
    // The figures the browser test reports: from opening the tab (GridTab's mark) to the grid's
    // first paint, whatever loading the code and rendering took, and the render alone.
    const once = (name: string) => performance.getEntriesByName(name).length === 0;
    if (!once("grid:open") && once("grid:commit")) performance.mark("grid:commit");
    const frame = requestAnimationFrame(() =>
      setTimeout(() => {
        if (!once("grid:open") && once("grid:first-render")) {
          performance.measure("grid:first-render", "grid:open");
          performance.measure("grid:render", "grid:view", "grid:commit");
        }
      }, 0),
    );
    return () => cancelAnimationFrame(frame);
  }, []);

  const pin = useCallback(
    (meeting: number) => {
      const edit = togglePin(school, occ, meeting);
      if (!edit) return;
      const problem = onSchoolChange(edit.school, edit.label);
      setNotice(
        problem
          ? { kind: "refused", text: `${edit.label}: not possible. ${problem}` }
          : { kind: "done", text: `${edit.label}: done.` },
      );
    },
    [school, occ, onSchoolChange],
  );

  const onKey = useCallback(
    (event: KeyboardEvent, source: DragSource) => {
      const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
      if (plain && event.key.toLowerCase() === "p" && source.kind === "meeting") {
        event.preventDefault();
        pin(source.id);
      }
    },
    [pin],
  );

  const outcomeOf = (event: Pick<DragEndEvent, "over">, verdicts: DragVerdicts | null) => {
    const target = event.over?.data.current as DropTarget | undefined;
    if (!verdicts || !target) return null;
    const verdict = verdicts.get(target);
    const label = verdict ? moveLabel(occ, moveFor(verdicts.source, target), verdict.plan) : "";
    return { verdict, outcome: dropOutcome(verdict, label, placeAnywayRef.current) };
  };

  // The first "over" (the meeting's own cell) comes at once after the pick-up and would replace
  // its announcement in the live region, so the two are said together.
  const pickedUp = useRef<string | null>(null);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const source = sourceOf(active.data.current);
      pickedUp.current = source ? announcePickUp(occ, source) : null;
      return pickedUp.current ?? undefined;
    },
    onDragOver: ({ over }) => {
      const target = over?.data.current as DropTarget | undefined;
      const said =
        !target || !dragRef.current
          ? "Not over a cell."
          : announceOver(occ, target, dragRef.current.get(target));
      const first = pickedUp.current;
      pickedUp.current = null;
      return first ? `${first} ${said}` : said;
    },
    onDragEnd: ({ over }) =>
      outcomeOf({ over }, dragRef.current)?.outcome.text ?? "Dropped outside the grid: not moved.",
    onDragCancel: () => "Cancelled: nothing moved.",
  };

  const onDragEnd = (event: DragEndEvent) => {
    const found = outcomeOf(event, dragRef.current);
    setDrag(null);
    if (!found) {
      setNotice({ kind: "info", text: "Dropped outside the grid: not moved." });
      return;
    }
    const { verdict, outcome } = found;
    if (outcome.kind === "save" && verdict) {
      onChange(applyMoveToSchedule(model, schedule, verdict.plan, verdict.lunches), outcome.label);
      setNotice({ kind: outcome.breaks > 0 ? "warning" : "done", text: outcome.text });
    } else {
      setNotice({ kind: outcome.kind === "refuse" ? "refused" : "info", text: outcome.text });
    }
  };

  const highlight = drag?.source ?? selected;
  const unitRule =
    highlight === null
      ? ""
      : highlight.kind === "meeting"
        ? `[data-unit="s${highlight.section}"]`
        : `[data-unit="t${highlight.team}"]`;

  return (
    <section className="grid-panel" aria-labelledby="grid-heading">
      <div className="grid-head">
        <h2 id="grid-heading">Master schedule grid</h2>
        <div className="grid-actions">{actions}</div>
      </div>
      <GridToolbar
        settings={settings}
        onChange={setSettings}
        choices={choices}
        compactBlocked={
          compactOk ? null : "some section meets at different periods on different days"
        }
        shownRows={rowCount(shown)}
        totalRows={rowCount(groups)}
      />
      <p className="grid-savestate" role="status">
        {status}
      </p>
      <SelectionBar occ={occ} selected={selected} onPin={pin} flags={flags} />
      <p className={`grid-notice grid-notice-${notice?.kind ?? "none"}`} role="status">
        {notice?.text}
      </p>
      {unitRule && (
        <style>{`.grid-table ${unitRule} { box-shadow: 0 0 0 2px var(--focus); }`}</style>
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={cellCollision}
        autoScroll={AUTO_SCROLL}
        accessibility={{ announcements, screenReaderInstructions: SCREEN_READER_INSTRUCTIONS }}
        onDragStart={({ active }) => {
          const source = sourceOf(active.data.current);
          if (!source) return;
          const verdicts = new DragVerdicts(occ, source);
          dragRef.current = verdicts;
          setSelected(source);
          setNotice(null);
          setDrag(verdicts);
        }}
        onDragEnd={onDragEnd}
        onDragCancel={() => {
          setDrag(null);
          setNotice({ kind: "info", text: "Cancelled: nothing moved." });
        }}
      >
        <DragProxy>
          <GridTable
            groups={shown}
            columns={columns}
            occ={occ}
            view={settings.view}
            flags={flags}
            drag={drag}
            placeAnyway={settings.placeAnyway}
            onSelect={setSelected}
            onKey={onKey}
          />
        </DragProxy>
        <DragOverlay dropAnimation={null}>
          {drag && <OverlayChip occ={occ} source={drag.source} />}
        </DragOverlay>
      </DndContext>
      {checked && (
        <GridProblems violations={violations.map((v) => v.message)} unplaced={schedule.unplaced} />
      )}
    </section>
  );
}
