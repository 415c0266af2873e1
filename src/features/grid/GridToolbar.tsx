// The grid's controls: which view, how teachers are grouped, the compact view, filters and search,
// and whether a drop that breaks a rule may be kept.
import { useId } from "react";
import type { FilterChoices, GridFilter } from "./filters.ts";
import type { Grouping, ViewKind } from "./rows.ts";

export type GridSettings = {
  view: ViewKind;
  grouping: Grouping;
  compact: boolean;
  filter: GridFilter;
  placeAnyway: boolean;
};

type Props = {
  settings: GridSettings;
  onChange: (next: GridSettings) => void;
  choices: FilterChoices;
  /** Why the compact view cannot be used, or null when it can. */
  compactBlocked: string | null;
  shownRows: number;
  totalRows: number;
};

const VIEWS: { id: ViewKind; label: string }[] = [
  { id: "teachers", label: "Teachers" },
  { id: "groups", label: "Student groups" },
  { id: "rooms", label: "Rooms" },
  { id: "teams", label: "Teams" },
];

export function GridToolbar({
  settings,
  onChange,
  choices,
  compactBlocked,
  shownRows,
  totalRows,
}: Props) {
  const id = useId();
  const set = (patch: Partial<GridSettings>) => onChange({ ...settings, ...patch });
  const setFilter = (patch: Partial<GridFilter>) =>
    onChange({ ...settings, filter: { ...settings.filter, ...patch } });
  const num = (value: string): number | null => (value === "" ? null : Number(value));
  return (
    <div className="grid-toolbar" role="group" aria-label="Grid view and filters">
      <fieldset className="grid-views">
        <legend className="visually-hidden">View by</legend>
        {VIEWS.map((v) => (
          <label
            key={v.id}
            className={settings.view === v.id ? "grid-view grid-view-on" : "grid-view"}
          >
            <input
              type="radio"
              name={`${id}-view`}
              value={v.id}
              checked={settings.view === v.id}
              onChange={() => set({ view: v.id })}
            />
            {v.label}
          </label>
        ))}
      </fieldset>
      {settings.view === "teachers" && (
        <label className="grid-field">
          Group by
          <select
            value={settings.grouping}
            onChange={(e) => set({ grouping: e.target.value as GridSettings["grouping"] })}
          >
            <option value="department">Department</option>
            <option value="team">Team</option>
          </select>
        </label>
      )}
      <label className="grid-field">
        Department
        <select
          value={settings.filter.department ?? ""}
          onChange={(e) => setFilter({ department: e.target.value || null })}
        >
          <option value="">All</option>
          {choices.departments.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </label>
      <label className="grid-field">
        Team
        <select
          value={settings.filter.team ?? ""}
          onChange={(e) => setFilter({ team: num(e.target.value) })}
        >
          <option value="">All</option>
          {choices.teams.map((t) => (
            <option key={t.index} value={t.index}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      {choices.grades.length > 1 && (
        <label className="grid-field">
          Grade
          <select
            value={settings.filter.grade ?? ""}
            onChange={(e) => setFilter({ grade: num(e.target.value) })}
          >
            <option value="">All</option>
            {choices.grades.map((g) => (
              <option key={g.index} value={g.index}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="grid-field grid-search">
        Search
        <input
          type="search"
          value={settings.filter.search}
          placeholder="Name, section or course"
          onChange={(e) => setFilter({ search: e.target.value })}
        />
      </label>
      <span className="grid-count" aria-live="polite">
        {shownRows === totalRows ? `${totalRows} rows` : `${shownRows} of ${totalRows} rows`}
      </span>
      <label className="grid-check" title={compactBlocked ?? "One column per period"}>
        <input
          type="checkbox"
          checked={settings.compact && compactBlocked === null}
          disabled={compactBlocked !== null}
          onChange={(e) => set({ compact: e.target.checked })}
        />
        Compact (one column per period)
        {compactBlocked && <span className="visually-hidden">: {compactBlocked}</span>}
      </label>
      <label className="grid-check grid-anyway">
        <input
          type="checkbox"
          checked={settings.placeAnyway}
          onChange={(e) => set({ placeAnyway: e.target.checked })}
        />
        Place anyway: keep drops that break a rule (marked until fixed)
      </label>
    </div>
  );
}
