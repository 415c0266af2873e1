// Inline editors for one field. Text commits on Enter or when the field loses focus (one undo
// step per finished entry, not per key); choices commit at once. Each shows the parser's messages
// for its field beneath it and marks itself invalid for assistive technology.
import { useId, type ReactNode } from "react";

export type Choice = { value: string; label: string };

export function Messages({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <span id={id} className="field-error">
      {messages.map((m, i) => (
        <span key={i}>{m}</span>
      ))}
    </span>
  );
}

export function useField(errors: readonly string[] = []) {
  const id = useId();
  const invalid = errors.length > 0;
  return {
    messagesId: id,
    aria: { "aria-invalid": invalid || undefined, "aria-describedby": invalid ? id : undefined },
    messages: <Messages id={id} messages={errors} />,
  };
}

type TextProps = {
  label: string;
  value: string;
  onCommit: (text: string) => void;
  errors?: readonly string[];
  type?: "text" | "time" | "date";
  placeholder?: string;
  width?: "narrow" | "wide";
};

/** A text field that keeps what is typed until Enter or blur, then commits it once. */
export function TextCell({
  label,
  value,
  onCommit,
  errors,
  type = "text",
  placeholder,
  width,
}: TextProps) {
  const field = useField(errors);
  return (
    <span className="cell">
      <input
        // A new stored value (an undo, another tab) replaces what the field shows.
        key={value}
        type={type}
        className={`input${width ? ` input-${width}` : ""}`}
        aria-label={label}
        defaultValue={value}
        placeholder={placeholder}
        {...field.aria}
        onBlur={(e) => {
          if (e.target.value !== value) onCommit(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") e.currentTarget.blur();
          if (e.key === "Escape") e.currentTarget.value = value;
        }}
      />
      {field.messages}
    </span>
  );
}

/** Text for a whole number: empty is "not given", anything else is kept for the parser to judge. */
export function parseCount(text: string): number | string | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  return /^-?\d+$/.test(t) ? Number(t) : t;
}

export function NumberCell(
  props: Omit<TextProps, "value" | "onCommit" | "type"> & {
    value: unknown;
    onCommit: (value: number | string | undefined) => void;
  },
) {
  const text = props.value === undefined || props.value === null ? "" : String(props.value);
  return (
    <TextCell
      {...props}
      width={props.width ?? "narrow"}
      value={text}
      onCommit={(t) => props.onCommit(parseCount(t))}
    />
  );
}

/** "Math, Science" for a list of words; empty means the field is left out. */
export function splitWords(text: string): string[] | undefined {
  const words = text
    .split(/[,;\n]/)
    .map((w) => w.trim())
    .filter(Boolean);
  return words.length === 0 ? undefined : words;
}

export function WordsCell(
  props: Omit<TextProps, "value" | "onCommit"> & {
    value: readonly string[] | null | undefined;
    onCommit: (value: string[] | undefined) => void;
  },
) {
  return (
    <TextCell
      {...props}
      value={(props.value ?? []).join(", ")}
      onCommit={(t) => props.onCommit(splitWords(t))}
    />
  );
}

type CheckProps = {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  errors?: readonly string[];
  children?: ReactNode;
};

export function CheckCell({ label, checked, onChange, errors, children }: CheckProps) {
  const field = useField(errors);
  return (
    <span className="cell cell-check">
      <label>
        <input
          type="checkbox"
          aria-label={children ? undefined : label}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          {...field.aria}
        />
        {children}
      </label>
      {field.messages}
    </span>
  );
}

type SelectProps = {
  label: string;
  value: string;
  choices: readonly Choice[];
  onChange: (value: string) => void;
  errors?: readonly string[];
  /** The label of the empty choice ("none"); without it a choice is required. */
  empty?: string;
};

export function SelectCell({ label, value, choices, onChange, errors, empty }: SelectProps) {
  const field = useField(errors);
  const known = value === "" || choices.some((c) => c.value === value);
  return (
    <span className="cell">
      <select
        className="input"
        aria-label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...field.aria}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {!known && <option value={value}>{value} (missing)</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {field.messages}
    </span>
  );
}

/** Problems of a row that belong to no column shown, in a full-width row beneath it. */
export function RowMessages({
  columns,
  messages,
}: {
  columns: number;
  messages: readonly string[];
}) {
  if (messages.length === 0) return null;
  return (
    <tr className="row-messages">
      <td colSpan={columns}>
        <span className="field-error">
          {messages.map((m, i) => (
            <span key={i}>{m}</span>
          ))}
        </span>
      </td>
    </tr>
  );
}
