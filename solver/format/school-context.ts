// What the school checker has learned so far (the ids of each list) and the helpers that check
// references against it. A list that is itself broken (not a list at all) leaves its index null,
// and references into it are then not checked, so one mistake does not flood the report.
import { describe, type ErrorList } from "./errors.ts";
import {
  fieldPath,
  isRecord,
  itemWhere,
  readArray,
  readString,
  type Entry,
  type Where,
} from "./fields.ts";

export type RoomInfo = { capacity: number | null; features: ReadonlySet<string> };
export type GroupInfo = {
  parent: string | null;
  children: readonly string[];
  /** A leaf at or below the group that gives no size (itself when it is such a leaf), or null. */
  sizelessLeaf: string | null;
  /** Sum of the sizes of the leaves at or below the group (sizeless leaves count 0). */
  size: number;
};

export type Known = {
  readonly errors: ErrorList;
  days: ReadonlyMap<string, number> | null;
  periods: ReadonlyMap<string, number> | null;
  /** Length of the calendar's lists when they are lists, else null (then bounds are generic). */
  dayCount: number | null;
  periodCount: number | null;
  teachers: ReadonlySet<string> | null;
  rooms: ReadonlyMap<string, RoomInfo> | null;
  groups: ReadonlyMap<string, GroupInfo> | null;
  /** The school lists at least one room, so every meeting needs a room. */
  hasRooms: boolean;
};

export const quote = (id: string): string => JSON.stringify(id);

/**
 * Calls fn for every element of a list that is an object, reporting the others. The item's
 * where-label names its id when it has one.
 */
export function forEachItem(
  errors: ErrorList,
  list: readonly unknown[],
  listPath: string,
  fn: (item: Record<string, unknown>, where: Where, index: number) => void,
): void {
  list.forEach((item, index) => {
    const where = itemWhere(listPath, index, item);
    if (!isRecord(item))
      errors.add(where.path, `${where.path} must be an object (got ${describe(item)})`);
    else fn(item, where, index);
  });
}

/**
 * Reads the `id` of every item of a list and indexes the valid ones; reports missing, empty and
 * duplicate ids.
 */
export function indexIds(
  errors: ErrorList,
  list: readonly unknown[],
  listPath: string,
): Map<string, number> {
  const index = new Map<string, number>();
  forEachItem(errors, list, listPath, (item, where, i) => {
    const id = readString(errors, item, where, "id", { required: true, nonEmpty: true });
    if (typeof id !== "string") return;
    const first = index.get(id);
    if (first === undefined) index.set(id, i);
    else {
      errors.add(
        fieldPath(where, "id"),
        `${where.label}: id ${quote(id)} is already used by ${listPath}[${first}]; ids must be unique within ${listPath}`,
      );
    }
  });
  return index;
}

/** Reads an optional list at the top of the school: `null` and absent mean empty. */
export function topList(
  errors: ErrorList,
  school: Record<string, unknown>,
  field: string,
  required: boolean,
): unknown[] | undefined {
  const list = readArray(errors, school, { path: "", label: "school" }, field, { required });
  return list === null ? [] : list;
}

/** Reports a reference to an id the index does not hold (unless the index is unknown). */
export function checkRef(
  known: Known,
  index: { has(id: string): boolean } | null,
  entry: Entry,
  where: Where,
  noun: string,
): boolean {
  if (index === null || index.has(entry.value)) return true;
  known.errors.add(entry.path, `${where.label}: ${noun} ${quote(entry.value)} does not exist`);
  return false;
}

/** The where of an object inside an item: `teachers[2] "t-lee" unavailable[0]`. */
export function nestedWhere(where: Where, field: string): Where {
  return { path: fieldPath(where, field), label: `${where.label} ${field}` };
}

export type SlotRef = { day: number; period: number };

/**
 * Reads a list of slots `{day, period}`; answers the slots whose day and period exist (as
 * indices), or null when the field is absent or broken.
 */
export function readSlots(
  known: Known,
  obj: Record<string, unknown>,
  where: Where,
  field: string,
): SlotRef[] | null {
  const { errors } = known;
  const list = readArray(errors, obj, where, field);
  if (list == null) return null;
  const out: SlotRef[] = [];
  list.forEach((slot, i) => {
    if (!isRecord(slot)) {
      errors.add(
        `${fieldPath(where, field)}[${i}]`,
        `${where.label}: ${field}[${i}] must be a slot {"day", "period"} (got ${describe(slot)})`,
      );
      return;
    }
    const slotWhere = nestedWhere(where, `${field}[${i}]`);
    const day = readEntry(known, slot, slotWhere, "day", known.days);
    const period = readEntry(known, slot, slotWhere, "period", known.periods);
    if (day !== undefined && period !== undefined) out.push({ day, period });
  });
  return out;
}

/**
 * Reads a required string field that names an item of index; answers its position, or
 * undefined when it is invalid, unknown or cannot be checked.
 */
export function readEntry(
  known: Known,
  obj: Record<string, unknown>,
  where: Where,
  field: string,
  index: ReadonlyMap<string, number> | null,
  required = true,
): number | undefined {
  const id = readString(known.errors, obj, where, field, { required, nonEmpty: true });
  if (typeof id !== "string" || index === null) return undefined;
  const at = index.get(id);
  if (at === undefined) {
    known.errors.add(
      fieldPath(where, field),
      `${where.label}: ${field} ${quote(id)} does not exist`,
    );
  }
  return at;
}
