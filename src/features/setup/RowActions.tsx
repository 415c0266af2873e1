// The buttons at the end of a Setup table's rows, and that column's heading. Every table names
// its buttons after the row ("Delete room 101") so screen-reader users know which row they act on.
import type { ReactNode } from "react";

/** The heading of a row-actions column: silent on screen, named for assistive technology. */
export function ActionsHeader() {
  return (
    <th scope="col">
      <span className="visually-hidden">Actions</span>
    </th>
  );
}

type ButtonProps = {
  /** The accessible name, when the visible text alone does not say which row it acts on. */
  label?: string;
  onClick: () => void;
  disabled?: boolean;
  children: ReactNode;
};

/** A quiet, small button for an action on one row. */
export function RowButton({ label, onClick, disabled, children }: ButtonProps) {
  return (
    <button
      type="button"
      className="button button-quiet button-small"
      aria-label={label}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** The last cell of a row: one Delete button. */
export function DeleteCell({
  label,
  onDelete,
  disabled,
}: {
  label: string;
  onDelete: () => void;
  disabled?: boolean;
}) {
  return (
    <td>
      <RowButton label={label} onClick={onDelete} disabled={disabled}>
        Delete
      </RowButton>
    </td>
  );
}
