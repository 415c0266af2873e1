import { useEffect, useId, useRef, type ReactNode } from "react";

export type DialogAction = {
  label: string;
  onClick: () => void;
  /** The action that loses data is drawn as such; the first action gets the focus otherwise. */
  tone?: "danger" | "primary" | "quiet";
};

type Props = {
  title: string;
  children: ReactNode;
  actions: readonly DialogAction[];
  /** Escape and the Cancel button. */
  onCancel: () => void;
  cancelLabel?: string;
};

/**
 * A modal question (the browser's <dialog>: focus is trapped and Escape cancels). Open while
 * mounted; the caller unmounts it to close.
 */
export function ConfirmDialog({
  title,
  children,
  actions,
  onCancel,
  cancelLabel = "Cancel",
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        {actions.map((action) => (
          <button
            key={action.label}
            type="button"
            className={`button${action.tone === "danger" ? " button-danger" : ""}${action.tone === "primary" ? " button-primary" : ""}${action.tone === "quiet" ? " button-quiet" : ""}`}
            onClick={action.onClick}
          >
            {action.label}
          </button>
        ))}
        <button type="button" className="button button-quiet" onClick={onCancel} autoFocus>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
