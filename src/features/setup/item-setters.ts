// Commit handlers for the Setup tables' cells and paste blocks. Every table edits one field of one
// list item, renames an item's id with its references, or adds pasted rows, as one undo step;
// these build those handlers so a table states only the field and the history label.
import type { School } from "../../../solver/index.ts";
import { setField, setId, type ItemList } from "./edit.ts";
import type { PasteKind } from "./paste.ts";
import type { SetupDoc } from "./use-setup.ts";

/** `(i, field, what)` → a handler that sets `field` of item `i` of `list` as the step `what`. */
export const fieldSetter =
  (edit: SetupDoc["edit"], list: ItemList) =>
  (i: number, field: string, what: string) =>
  (value: unknown) =>
    edit(what, (school) => setField(school, list, i, field, value));

/** `(i, what)` → a handler that changes the id of item `i` of `list` (and every reference). */
export const idSetter =
  (edit: SetupDoc["edit"], list: ItemList) => (i: number, what: string) => (id: string) =>
    edit(what, (school) => setId(school, list, i, id));

/** The paste block's props for `kind`: pasted rows are added as one step, "Paste 3 rooms". */
export const pasteInto = (edit: SetupDoc["edit"], kind: PasteKind) => ({
  kind,
  onAdd: (next: School, count: number) => edit(`Paste ${count} ${kind}`, () => next),
});
