// Which key press means undo or redo. Inside a text field the browser's own undo of the typing
// comes first, so the app's undo only takes keys pressed elsewhere.

export type UndoKey = "undo" | "redo" | null;

type KeyLike = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
};

export function undoKeyOf(event: KeyLike, inTextField: boolean): UndoKey {
  if (inTextField || event.altKey || !(event.ctrlKey || event.metaKey)) return null;
  const key = event.key.toLowerCase();
  if (key === "z") return event.shiftKey ? "redo" : "undo";
  if (key === "y" && !event.shiftKey) return "redo";
  return null;
}

/** True for elements whose own undo the browser handles (text inputs, text areas, editors). */
export function isTextField(target: EventTarget | null): boolean {
  if (typeof HTMLElement === "undefined" || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !["checkbox", "radio", "button", "submit", "reset", "file", "range", "color"].includes(
    target.type,
  );
}
