// Editors for lists of references: chips for a few chosen items (a section's teachers, a team's
// members), toggle buttons for a few calendar ids (allowed periods, lunch periods).
import { useState } from "react";
import { useField, type Choice } from "./cells.tsx";

type PickProps = {
  label: string;
  values: readonly string[];
  choices: readonly Choice[];
  onChange: (values: string[]) => void;
  errors?: readonly string[];
  /** What an empty list means ("nobody", "all groups"). */
  none?: string;
};

/**
 * Several references as removable chips and an "add" list. The list of choices is only built
 * when asked for, so a table of 150 sections stays light.
 */
export function PickCell({ label, values, choices, onChange, errors, none }: PickProps) {
  const field = useField(errors);
  const [adding, setAdding] = useState(false);
  const name = (v: string) => choices.find((c) => c.value === v)?.label ?? `${v} (missing)`;
  const rest = choices.filter((c) => !values.includes(c.value));
  return (
    <span className="cell">
      <span className="chips" role="group" aria-label={label} {...field.aria}>
        {values.length === 0 && none && <span className="muted chip-none">{none}</span>}
        {values.map((v) => (
          <span key={v} className="chip">
            {name(v)}
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove ${name(v)} from ${label}`}
              onClick={() => onChange(values.filter((x) => x !== v))}
            >
              ×
            </button>
          </span>
        ))}
        {adding ? (
          <select
            className="input"
            aria-label={`Add to ${label}`}
            autoFocus
            value=""
            onBlur={() => setAdding(false)}
            onChange={(e) => {
              setAdding(false);
              if (e.target.value) onChange([...values, e.target.value]);
            }}
          >
            <option value="">Choose…</option>
            {rest.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        ) : (
          rest.length > 0 && (
            <button
              type="button"
              className="chip-add"
              aria-label={`Add to ${label}`}
              onClick={() => setAdding(true)}
            >
              +
            </button>
          )
        )}
      </span>
      {field.messages}
    </span>
  );
}

type TogglesProps = {
  label: string;
  values: readonly string[] | null | undefined;
  choices: readonly Choice[];
  onChange: (values: string[] | undefined) => void;
  errors?: readonly string[];
  /** What no choice means ("any period"). */
  none: string;
};

/** A few ids as toggle buttons (periods, days); none pressed means the field is left out. */
export function TogglesCell({ label, values, choices, onChange, errors, none }: TogglesProps) {
  const field = useField(errors);
  const on = values ?? [];
  return (
    <span className="cell">
      <span className="toggles" role="group" aria-label={label} {...field.aria}>
        {choices.map((c) => {
          const pressed = on.includes(c.value);
          return (
            <button
              key={c.value}
              type="button"
              className="toggle"
              aria-pressed={pressed}
              title={c.label}
              onClick={() => {
                // Keep the calendar's order, whatever order the buttons are pressed in.
                const next = choices
                  .map((x) => x.value)
                  .filter((v) => (v === c.value ? !pressed : on.includes(v)));
                onChange(next.length === 0 ? undefined : next);
              }}
            >
              {c.value}
            </button>
          );
        })}
        {on.length === 0 && <span className="muted toggles-none">{none}</span>}
      </span>
      {field.messages}
    </span>
  );
}
