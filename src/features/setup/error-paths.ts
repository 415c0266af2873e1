// The parser names each problem by a path (`sections[12].teachers[0]`, `calendar.periods[2].end`,
// `teams[0].planning.perCycle`). Setup shows each one beside the field it is about, in words a
// person would use, and lists the rest (problems of a whole item or list) above the tables.
import type { FormatError } from "../../../solver/index.ts";

export type ListName =
  | "school"
  | "days"
  | "periods"
  | "term"
  | "lunch"
  | "teachers"
  | "rooms"
  | "groups"
  | "sections"
  | "teams";

/** Where a problem is: an item of a list (index; 0 for the term and lunch) and one of its fields. */
export type ErrorPlace = { list: ListName; index: number; field: string };

const ITEM =
  /^(teachers|rooms|groups|sections|teams|calendar\.days|calendar\.periods)\[(\d+)\](?:\.(.*))?$/;

/**
 * The field of a path inside an item: list indices and what follows them are dropped, so that
 * `teachers[0]` is the field "teachers" and `unavailable[2].day` the field "unavailable"; nested
 * objects keep their dots (`planning.perCycle`).
 */
function fieldOf(rest: string): string {
  const cut = rest.search(/\[/);
  return cut === -1 ? rest : rest.slice(0, cut);
}

export function placeOf(path: string): ErrorPlace | null {
  const item = ITEM.exec(path);
  if (item) {
    const list = item[1]!.replace("calendar.", "") as ListName;
    return { list, index: Number(item[2]), field: fieldOf(item[3] ?? "") };
  }
  if (path.startsWith("calendar.term.")) {
    return { list: "term", index: 0, field: fieldOf(path.slice("calendar.term.".length)) };
  }
  if (path.startsWith("lunch.")) return { list: "lunch", index: 0, field: fieldOf(path.slice(6)) };
  if (path === "name") return { list: "school", index: 0, field: "name" };
  return null;
}

/** How the fields are called on screen. */
export const FIELD_LABELS: Record<string, string> = {
  id: "ID",
  name: "Name",
  start: "Start",
  end: "End",
  departments: "Departments",
  unavailable: "Availability",
  maxTeachingPerDay: "Most teaching periods a day",
  minFreePerDay: "Free periods a day",
  minFreePerCycle: "Free periods a cycle",
  maxPlanningPerCycle: "Most planning meetings a cycle",
  capacity: "Capacity",
  features: "Features",
  parent: "Parent",
  size: "Size",
  fullDay: "Full day",
  course: "Course",
  department: "Department",
  teachers: "Teachers",
  groups: "Groups",
  meetings: "Meetings",
  length: "Length",
  samePeriod: "Same period",
  room: "Room",
  roomFeatures: "Room features",
  allowedPeriods: "Allowed periods",
  allowedDays: "Allowed days",
  pinned: "Pinned meetings",
  kind: "Kind",
  members: "Members",
  lead: "Lead",
  perCycle: "Planning slots per cycle",
  maxPerDay: "Planning slots a day",
  periods: "Periods",
  skip: "Skipped dates",
  rotation: "Rotation",
};

// `sections[12] "alg1-3": `, `teams[0] "t" planning: `, `calendar.term: `, `teachers[2] "x"
// unavailable[0]: ` — the item the message is about, which the place on screen already shows.
const LEAD =
  /^(?:school|lunch|calendar(?:\.\w+)?(?:\[\d+\])?|\w+\[\d+\])(?: "(?:[^"\\]|\\.)*")?(?: [A-Za-z.]+(?:\[\d+\])?)*: /;

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The parser's message without the item's name, its field named as on screen:
 * `sections[0] "s1": meetings is 6 but ...` becomes `Meetings is 6 but ...`.
 */
export function humanMessage(error: FormatError): string {
  const place = placeOf(error.path);
  let text = error.message.replace(LEAD, "");
  if (place) {
    const key = place.field.split(".").at(-1) ?? "";
    const label = FIELD_LABELS[key];
    if (key !== "" && label && text.startsWith(`${key} `))
      text = `${label}${text.slice(key.length)}`;
  }
  return capitalize(text);
}

export type FieldErrors = {
  /** Messages for one field of one item (empty when it is fine). */
  at(list: ListName, index: number, field: string): string[];
  /** Messages of an item whose fields are not among `shown` (or about the whole item). */
  rest(list: ListName, index: number, shown: readonly string[]): string[];
  /** Problems that belong to no item on screen (the whole file, a whole list). */
  general: FormatError[];
  /** How many problems are placed in the list. */
  countIn(list: ListName): number;
  count: number;
};

const key = (list: string, index: number, field: string) => `${list}\u0000${index}\u0000${field}`;

export function fieldErrors(errors: readonly FormatError[]): FieldErrors {
  const byField = new Map<string, string[]>();
  const byItem = new Map<string, { field: string; message: string }[]>();
  const general: FormatError[] = [];
  const perList = new Map<ListName, number>();
  for (const error of errors) {
    const place = placeOf(error.path);
    if (place === null) {
      general.push(error);
      continue;
    }
    perList.set(place.list, (perList.get(place.list) ?? 0) + 1);
    const message = humanMessage(error);
    const k = key(place.list, place.index, place.field);
    byField.set(k, [...(byField.get(k) ?? []), message]);
    const item = key(place.list, place.index, "");
    byItem.set(item, [...(byItem.get(item) ?? []), { field: place.field, message }]);
  }
  return {
    at: (list, index, field) => byField.get(key(list, index, field)) ?? [],
    rest: (list, index, shown) =>
      (byItem.get(key(list, index, "")) ?? [])
        .filter((e) => e.field === "" || !shown.includes(e.field))
        .map((e) => e.message),
    general,
    countIn: (list) => perList.get(list) ?? 0,
    count: errors.length,
  };
}
