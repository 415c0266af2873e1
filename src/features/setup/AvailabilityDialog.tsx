import { useState } from "react";
import type { Calendar, Slot } from "../../../solver/index.ts";
import { ConfirmDialog } from "../storage/ConfirmDialog.tsx";

export function describeUnavailable(slots: readonly Slot[] | null | undefined): string {
  const n = slots?.length ?? 0;
  return n === 0 ? "Every period" : `${n} ${n === 1 ? "period" : "periods"} off`;
}

const keyOf = (day: string, period: string) => `${day}\u0000${period}`;

/** A table cell that says how much of the cycle is off and opens the dialog. */
export function AvailabilityCell({
  who,
  unavailable,
  errors,
  onOpen,
}: {
  /** How the row is named: "Ana Lee", "room 101". */
  who: string;
  unavailable: readonly Slot[] | null | undefined;
  errors: readonly string[];
  onOpen: () => void;
}) {
  const summary = describeUnavailable(unavailable);
  return (
    <td>
      <button
        type="button"
        className="link-button"
        aria-label={`Availability of ${who}: ${summary}`}
        onClick={onOpen}
      >
        {summary}
      </button>
      {errors.length > 0 && <span className="field-error">{errors.join(" ")}</span>}
    </td>
  );
}

type Props = {
  /** The question the dialog asks: "When can Ana Lee teach?", "When can room 101 be used?". */
  title: string;
  unavailable: readonly Slot[] | null | undefined;
  calendar: Calendar;
  onSave: (unavailable: Slot[] | undefined) => void;
  onCancel: () => void;
};

/**
 * The cycle as a grid of days × periods, for a teacher or a room; a pressed cell is a period
 * it can be used.
 */
export function AvailabilityDialog({ title, unavailable, calendar, onSave, onCancel }: Props) {
  const [off, setOff] = useState(
    () => new Set((unavailable ?? []).map((s) => keyOf(s.day, s.period))),
  );
  const toggle = (keys: string[]) =>
    setOff((current) => {
      const next = new Set(current);
      const allOff = keys.every((k) => current.has(k));
      for (const k of keys) {
        if (allOff) next.delete(k);
        else next.add(k);
      }
      return next;
    });
  const save = () => {
    const slots = calendar.days.flatMap((d) =>
      calendar.periods
        .filter((p) => off.has(keyOf(d.id, p.id)))
        .map((p) => ({ day: d.id, period: p.id })),
    );
    onSave(slots.length === 0 ? undefined : slots);
  };
  return (
    <ConfirmDialog
      title={title}
      actions={[{ label: "Save availability", tone: "primary", onClick: save }]}
      onCancel={onCancel}
    >
      <p className="muted">
        Click a period to mark it off (not available); click a day or a period number to switch the
        whole row or column.
      </p>
      <table className="availability">
        <thead>
          <tr>
            <td />
            {calendar.periods.map((p) => (
              <th key={p.id} scope="col">
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${p.name ?? `Period ${p.id}`} on every day`}
                  onClick={() => toggle(calendar.days.map((d) => keyOf(d.id, p.id)))}
                >
                  {p.id}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {calendar.days.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-label={`All of ${d.name ?? d.id}`}
                  onClick={() => toggle(calendar.periods.map((p) => keyOf(d.id, p.id)))}
                >
                  {d.name ?? d.id}
                </button>
              </th>
              {calendar.periods.map((p) => {
                const available = !off.has(keyOf(d.id, p.id));
                return (
                  <td key={p.id}>
                    <button
                      type="button"
                      className="slot"
                      aria-pressed={available}
                      aria-label={`${d.name ?? d.id} ${p.name ?? `period ${p.id}`}`}
                      onClick={() => toggle([keyOf(d.id, p.id)])}
                    >
                      {available ? "✓" : "off"}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ConfirmDialog>
  );
}
