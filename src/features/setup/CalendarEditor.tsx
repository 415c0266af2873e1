import { Fragment, useId } from "react";
import type { School } from "../../../solver/index.ts";
import { RowMessages, TextCell } from "./cells.tsx";
import { TogglesCell } from "./pick-cells.tsx";
import {
  addPeriod,
  nextDay,
  presetDays,
  removeDay,
  removePeriod,
  replaceDays,
  setCalendarItem,
  setLunch,
  type DayPreset,
} from "./calendar-edits.ts";
import { TermEditor } from "./TermEditor.tsx";
import { useSetup } from "./use-setup.ts";
import { Detail } from "./Detail.tsx";
import { ActionsHeader, DeleteCell } from "./RowActions.tsx";

type CalendarList = "days" | "periods";

const PRESETS: { preset: DayPreset; label: string }[] = [
  { preset: "week", label: "Monday to Friday" },
  { preset: "ab", label: "A/B rotation" },
  { preset: "six", label: "Six-day rotation (A–F)" },
];

/** The school's name, its cycle of days, the bell schedule, the lunch window and the term. */
export function CalendarEditor() {
  const { doc, errors, edit } = useSetup();
  const headingId = useId();
  const { days, periods } = doc.calendar;
  const periodChoices = periods.map((p) => ({ value: p.id, label: p.name ?? p.id }));
  const calendarItem =
    (list: CalendarList, i: number, field: string, what: string) => (value: string) =>
      edit(what, (s) => setCalendarItem(s, list, i, field, value.trim() || undefined));
  /** The ID and Name cells, which days and periods edit alike. */
  const idNameCells = (list: CalendarList, i: number, item: { id: string; name?: string }) => {
    const noun = list === "days" ? "day" : "period";
    return (
      <>
        <td>
          <TextCell
            label={`ID of ${noun} ${item.id}`}
            value={item.id}
            width="narrow"
            errors={errors.at(list, i, "id")}
            onCommit={calendarItem(list, i, "id", `Rename ${noun} ${item.id}`)}
          />
        </td>
        <td>
          <TextCell
            label={`Name of ${noun} ${item.id}`}
            value={item.name ?? ""}
            errors={errors.at(list, i, "name")}
            onCommit={calendarItem(list, i, "name", `Name ${noun} ${item.id}`)}
          />
        </td>
      </>
    );
  };

  return (
    <section aria-labelledby={headingId} className="setup-section">
      <h2 id={headingId}>School and bell schedule</h2>
      <div className="details">
        <Detail label="School name">
          <TextCell
            label="School name"
            value={doc.name}
            width="wide"
            errors={errors.at("school", 0, "name")}
            onCommit={(name) => edit(`Rename school to ${name}`, (s): School => ({ ...s, name }))}
          />
        </Detail>
      </div>

      <h3>Days of the cycle</h3>
      <p className="muted setup-hint">
        One cycle of the timetable: a week, or rotation days that repeat (A, B, …).
      </p>
      <div className="preset-row" role="group" aria-label="Use a standard cycle">
        {PRESETS.map(({ preset, label }) => (
          <button
            key={preset}
            type="button"
            className="button button-quiet button-small"
            onClick={() => edit(`Use ${label}`, (s) => replaceDays(s, presetDays(preset)))}
          >
            {label}
          </button>
        ))}
      </div>
      <table className="setup-table setup-table-compact">
        <caption className="visually-hidden">Days of the cycle</caption>
        <thead>
          <tr>
            <th scope="col">ID</th>
            <th scope="col">Name</th>
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {days.map((d, i) => (
            <Fragment key={i}>
              <tr>
                {idNameCells("days", i, d)}
                <DeleteCell
                  label={`Delete day ${d.id}`}
                  disabled={days.length === 1}
                  onDelete={() => edit(`Delete day ${d.id}`, (s) => removeDay(s, i))}
                />
              </tr>
              <RowMessages columns={3} messages={errors.rest("days", i, ["id", "name"])} />
            </Fragment>
          ))}
        </tbody>
      </table>
      <div className="add-row">
        <button
          type="button"
          className="button"
          onClick={() => {
            const day = nextDay(days);
            edit(`Add day ${day.id}`, (s) => ({
              ...s,
              calendar: { ...s.calendar, days: [...s.calendar.days, day] },
            }));
          }}
        >
          Add day
        </button>
      </div>

      <h3>Bell schedule</h3>
      <p className="muted setup-hint">
        The same periods every day, in time order. A new period follows the last one.
      </p>
      <table className="setup-table setup-table-compact">
        <caption className="visually-hidden">Periods</caption>
        <thead>
          <tr>
            <th scope="col">ID</th>
            <th scope="col">Name</th>
            <th scope="col">Starts</th>
            <th scope="col">Ends</th>
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {periods.map((p, i) => (
            <Fragment key={i}>
              <tr>
                {idNameCells("periods", i, p)}
                <td>
                  <TextCell
                    type="time"
                    label={`Start of period ${p.id}`}
                    value={p.start ?? ""}
                    errors={errors.at("periods", i, "start")}
                    onCommit={calendarItem("periods", i, "start", `Change start of period ${p.id}`)}
                  />
                </td>
                <td>
                  <TextCell
                    type="time"
                    label={`End of period ${p.id}`}
                    value={p.end ?? ""}
                    errors={errors.at("periods", i, "end")}
                    onCommit={calendarItem("periods", i, "end", `Change end of period ${p.id}`)}
                  />
                </td>
                <DeleteCell
                  label={`Delete period ${p.id}`}
                  disabled={periods.length === 1}
                  onDelete={() => edit(`Delete period ${p.id}`, (s) => removePeriod(s, i))}
                />
              </tr>
              <RowMessages
                columns={5}
                messages={errors.rest("periods", i, ["id", "name", "start", "end"])}
              />
            </Fragment>
          ))}
        </tbody>
      </table>
      <div className="add-row">
        <button
          type="button"
          className="button"
          onClick={() => edit("Add a period", (s) => addPeriod(s))}
        >
          Add period
        </button>
      </div>

      <h3>Lunch</h3>
      <div className="details">
        <Detail label="Lunch may fall in">
          <TogglesCell
            label="Lunch periods"
            values={doc.lunch?.periods}
            choices={periodChoices}
            none="no lunch window"
            errors={errors.at("lunch", 0, "periods")}
            onChange={(v) => edit("Change the lunch window", (s) => setLunch(s, v))}
          />
        </Detail>
      </div>

      <TermEditor />
    </section>
  );
}
