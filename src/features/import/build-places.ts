// Rows of rooms and groups files. A group's parent may be a later row of the same file, so parents
// are resolved once every row is in; a parent that exists nowhere (the "6" of a Grade column) is
// created as a group of its own, and the preview says so.
import type { CellResult } from "./cells.ts";
import { readCount, readFlag, readSlots } from "./cells.ts";
import { findTarget, listOf, take, rename, type Draft, type RowInput } from "./row-input.ts";
import type { Item, Origin, Workbench } from "./workbench.ts";

const count = (text: string): CellResult<number> => readCount(text, 0);

export function buildRoom(input: RowInput, bench: Workbench): Draft | null {
  const idText = input.value("id");
  const name = input.value("name");
  if (idText === "" && name === "") {
    input.fail("id", "the room is empty", "Type the room's number or name, or skip the row.");
    return null;
  }
  let before: Item | null | undefined;
  if (idText !== "") before = bench.get("rooms", idText) ?? null;
  else {
    // Rooms are often known by number only: a name may be an existing room's id.
    const byId = bench.get("rooms", name);
    before = byId ?? findTarget(input, bench, "rooms", name, "name");
  }
  if (before === undefined) return null;
  const id = before?.id ?? (idText || bench.newId("rooms", name));
  if (!input.claim("rooms", id, idText !== "" ? "id" : "name")) return null;
  const next: Item = before ? { ...before } : { id };
  rename(next, before, name);
  take(input, next, "capacity", count);
  take(input, next, "features", listOf);
  take(input, next, "unavailable", (t) => bench.readCalendar("slots", t, readSlots));
  return { before, next };
}

export function buildGroup(input: RowInput, bench: Workbench): Draft | null {
  const name = input.value("name");
  if (name === "" && input.value("id") === "") {
    input.fail("name", "the group's name is empty", "Type the group's name, or skip the row.");
    return null;
  }
  const before = findTarget(input, bench, "groups", name, "name");
  if (before === undefined) return null;
  if (before === null && name === "") {
    input.fail("name", "a new group needs a name", "Type the group's name.");
    return null;
  }
  const id = before?.id ?? (input.value("id") || bench.newId("groups", name));
  if (!input.claim("groups", id, input.value("id") !== "" ? "id" : "name")) return null;
  const next: Item = before ? { ...before } : { id, name };
  rename(next, before, name);
  take(input, next, "size", count);
  take(input, next, "fullDay", readFlag);
  return { before, next };
}

/** "6" and "K" become "Grade 6" and "Grade K"; anything longer is a name already. */
const parentName = (text: string): string => (/^\w{1,2}$/.test(text) ? `Grade ${text}` : text);

/**
 * Sets the group's parent from the row (after every row of the file is in). Answers the name of a
 * parent group it had to create, or null.
 */
export function resolveParent(
  input: RowInput,
  bench: Workbench,
  next: Item,
  origin: Origin,
): string | null {
  const text = input.value("parent");
  if (text === "") return null;
  const found = bench.indexes.groups.find(text);
  if (found.kind === "many") {
    input.fail(
      "parent",
      `'${text}' matches several groups: ${found.ids.map((x) => bench.label("groups", x)).join(", ")}`,
      `Write the parent's ID (${found.ids.join(", ")}).`,
    );
    return null;
  }
  if (found.kind === "one") {
    if (found.id === next.id) {
      input.fail("parent", "a group cannot be its own parent", "Name the group it belongs to.");
      return null;
    }
    next.parent = found.id;
    return null;
  }
  const name = parentName(text);
  const id = bench.newId("groups", name);
  bench.put("groups", { id, name }, origin);
  next.parent = id;
  return name;
}
