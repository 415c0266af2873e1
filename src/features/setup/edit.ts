// Small immutable edits of a school's lists, shared by every Setup table. A field set to
// undefined is left out of the document, which the format reads as "use the default".
import type { School } from "../../../solver/index.ts";
import { removeRefs, renameRefs, type RefKind } from "./references.ts";

export type ItemList = "teachers" | "rooms" | "groups" | "sections" | "teams";

type Item = { id: string } & Record<string, unknown>;

export const itemsOf = (school: School, list: ItemList): Item[] =>
  (school[list] ?? []) as unknown as Item[];

export function withField<T extends object>(item: T, field: string, value: unknown): T {
  const copy = { ...item } as Record<string, unknown>;
  if (value === undefined) delete copy[field];
  else copy[field] = value;
  return copy as T;
}

/** Sets one field of the item at `index`. */
export function setField(
  school: School,
  list: ItemList,
  index: number,
  field: string,
  value: unknown,
): School {
  const items = itemsOf(school, list).map((item, i) =>
    i === index ? withField(item, field, value) : item,
  );
  return { ...school, [list]: items };
}

const KIND: Partial<Record<ItemList, RefKind>> = {
  teachers: "teacher",
  rooms: "room",
  groups: "group",
};

/** Changes an item's id and every reference to it. */
export function setId(school: School, list: ItemList, index: number, id: string): School {
  const old = itemsOf(school, list)[index]?.id;
  const kind = KIND[list];
  const renamed =
    old !== undefined && kind && id !== "" ? renameRefs(school, kind, old, id) : school;
  return setField(renamed, list, index, "id", id);
}

/** Removes the item at `index` and every reference to it (teachers: see delete-teacher.ts). */
export function removeItem(school: School, list: ItemList, index: number): School {
  const item = itemsOf(school, list)[index];
  if (!item) return school;
  const kind = KIND[list];
  const cleared = kind ? removeRefs(school, kind, item.id) : school;
  return { ...cleared, [list]: itemsOf(cleared, list).filter((_, i) => i !== index) };
}
