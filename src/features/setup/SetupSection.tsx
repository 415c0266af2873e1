import { useId, useState, type ReactNode } from "react";
import type { School } from "../../../solver/index.ts";
import type { PasteKind } from "./paste.ts";
import { PasteRows } from "./PasteRows.tsx";

type Props = {
  title: string;
  /** One sentence on what the list is for and what its defaults mean. */
  hint: ReactNode;
  /** The form that adds one item. */
  add: ReactNode;
  paste?: { kind: PasteKind; onAdd: (next: School, count: number) => void };
  /** The filter box and row count of a long list (see useRowWindow). */
  window?: { filter: ReactNode; footer: ReactNode };
  children: ReactNode;
};

/** One list of the school: a heading, the add form, bulk paste, and the table. */
export function SetupSection({ title, hint, add, paste, window, children }: Props) {
  const headingId = useId();
  const [pasting, setPasting] = useState(false);
  return (
    <section aria-labelledby={headingId} className="setup-section">
      <div className="setup-section-head">
        <h2 id={headingId}>{title}</h2>
        {paste && (
          <button
            type="button"
            className="button button-quiet"
            aria-expanded={pasting}
            onClick={() => setPasting((p) => !p)}
          >
            {pasting ? "Close paste" : "Paste rows from a spreadsheet"}
          </button>
        )}
      </div>
      <p className="muted setup-hint">{hint}</p>
      {paste && pasting && (
        <PasteRows
          kind={paste.kind}
          onAdd={(next, count) => {
            paste.onAdd(next, count);
            setPasting(false);
          }}
        />
      )}
      {window?.filter}
      <div className="table-scroll">{children}</div>
      {window?.footer}
      <div className="add-row">{add}</div>
    </section>
  );
}

type AddProps = {
  label: string;
  onSubmit: () => void;
  children: ReactNode;
  disabled?: boolean;
};

/** A one-line form that adds an item; Enter in any of its fields submits it. */
export function AddForm({ label, onSubmit, children, disabled }: AddProps) {
  return (
    <form
      className="add-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <button type="submit" className="button button-primary" disabled={disabled}>
        {label}
      </button>
    </form>
  );
}

type AddInputProps = {
  label: string;
  placeholder: string;
  value: string;
  onChange: (text: string) => void;
  /** A short field, e.g. a count. */
  narrow?: boolean;
  /** Ask touch keyboards for digits. */
  numeric?: boolean;
};

/** One field of an add form: it holds what is typed until the form is submitted. */
export function AddInput({ label, placeholder, value, onChange, narrow, numeric }: AddInputProps) {
  return (
    <input
      className={narrow ? "input input-narrow" : "input"}
      aria-label={label}
      placeholder={placeholder}
      inputMode={numeric ? "numeric" : undefined}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
