// Sections: what they reference, and the ways one can contradict itself (more meetings than
// days, a length longer than the day, pins that break the section's own rules).
import {
  MAX_COUNT,
  MAX_SIZE,
  readBool,
  readInt,
  readString,
  readStrings,
  report,
  reportRepeats,
  type Entry,
  type Where,
} from "./fields.ts";
import { checkPins } from "./check-pins.ts";
import { checkRoomFits, roomExists, type SectionFacts } from "./section-facts.ts";
import { checkRef, forEachItem, indexIds, quote, type Known } from "./school-context.ts";

export function checkSections(known: Known, list: readonly unknown[]): void {
  indexIds(known.errors, list, "sections");
  forEachItem(known.errors, list, "sections", (section, where) =>
    checkSection(known, section, where),
  );
}

function checkSection(known: Known, s: Record<string, unknown>, where: Where): void {
  const { errors } = known;
  readString(errors, s, where, "course", { required: true, nonEmpty: true });
  readString(errors, s, where, "department");

  const teachers = readStrings(errors, s, where, "teachers", { required: true, nonEmpty: true });
  if (Array.isArray(s.teachers) && s.teachers.length === 0) {
    report(errors, where, "teachers", "must name at least one teacher");
  }
  refs(known, where, "teachers", teachers, known.teachers, "teacher");
  const groups = refs(
    known,
    where,
    "groups",
    readStrings(errors, s, where, "groups", { nonEmpty: true }),
    known.groups,
    "group",
  );

  const allowedDays = indexSet(known, s, where, "allowedDays", known.days, "day");
  const allowedPeriods = indexSet(known, s, where, "allowedPeriods", known.periods, "period");
  const dayCount =
    allowedDays === undefined ? null : allowedDays === null ? known.dayCount : allowedDays.size;

  const length = readInt(errors, s, where, "length", 1, known.periodCount || MAX_COUNT, {
    maxWhy: known.periodCount ? "a meeting cannot be longer than the day" : "",
  });
  const effectiveLength = length === null ? 1 : (length ?? null);
  if (
    effectiveLength !== null &&
    allowedPeriods &&
    known.periodCount &&
    !hasRun(allowedPeriods, effectiveLength, known.periodCount)
  ) {
    report(
      errors,
      where,
      "allowedPeriods",
      `has no ${effectiveLength} consecutive periods, so no meeting of length ${effectiveLength} fits; allow more periods or shorten the meetings`,
    );
  }

  const meetings = readInt(errors, s, where, "meetings", 1, MAX_COUNT);
  if (typeof meetings === "number" && dayCount !== null && meetings > dayCount) {
    const days = `${dayCount} day${dayCount === 1 ? "" : "s"}`;
    const limit = allowedDays ? `its allowedDays name only ${days}` : `the cycle has only ${days}`;
    report(
      errors,
      where,
      "meetings",
      `is ${meetings} but ${limit} and a section meets at most once a day; lower meetings or allow more days`,
    );
  }

  const samePeriod = readBool(errors, s, where, "samePeriod");
  const explicitSize = readInt(errors, s, where, "size", 0, MAX_SIZE);
  const features = readStrings(errors, s, where, "roomFeatures") ?? [];
  const size = explicitSize === null ? groupSize(known, where, groups) : (explicitSize ?? null);

  const room = readString(errors, s, where, "room", { nonEmpty: true });
  const facts: SectionFacts = {
    allowedDays: allowedDays ?? null,
    allowedPeriods: allowedPeriods ?? null,
    length: effectiveLength,
    meetings: meetings === null ? dayCount : (meetings ?? null),
    samePeriod: samePeriod === null ? true : (samePeriod ?? null),
    size,
    room: typeof room === "string" ? room : null,
    roomFeatures: features.map((f) => f.value),
  };
  if (typeof room === "string" && roomExists(known, where, "room", room)) {
    checkRoomFits(errors, known, where, "room", room, facts);
  }
  checkPins(known, s, where, facts);
}

/** Checks references in a list; answers the ids that exist. */
function refs(
  known: Known,
  where: Where,
  field: string,
  entries: Entry[] | null | undefined,
  index: { has(id: string): boolean } | null,
  noun: string,
): string[] {
  if (!entries) return [];
  reportRepeats(known.errors, where, field, entries, noun);
  return entries.filter((e) => checkRef(known, index, e, where, noun)).map((e) => e.value);
}

/**
 * An optional list of day or period ids as a set of indices: null when absent (everything
 * allowed), undefined when it cannot be known (broken list or broken calendar).
 */
function indexSet(
  known: Known,
  s: Record<string, unknown>,
  where: Where,
  field: string,
  index: ReadonlyMap<string, number> | null,
  noun: string,
): Set<number> | null | undefined {
  const entries = readStrings(known.errors, s, where, field, { nonEmpty: true });
  if (entries === null) return null;
  if (entries === undefined || index === null) return undefined;
  if (Array.isArray(s[field]) && s[field].length === 0) {
    report(known.errors, where, field, `allows no ${noun}; leave it out to allow every ${noun}`);
  }
  const set = new Set<number>();
  for (const id of refs(known, where, field, entries, index, noun)) set.add(index.get(id)!);
  return set;
}

/** True when some `length` consecutive periods of the day are all allowed. */
export function hasRun(allowed: ReadonlySet<number>, length: number, periodCount: number): boolean {
  let run = 0;
  for (let p = 0; p < periodCount; p++) {
    run = allowed.has(p) ? run + 1 : 0;
    if (run >= length) return true;
  }
  return false;
}

/**
 * The default size: students of the distinct leaves at or below the groups. Null when a leaf
 * has no size; when the school lists rooms that is an error (rooms are chosen by size).
 */
function groupSize(known: Known, where: Where, groups: readonly string[]): number | null {
  const info = known.groups;
  if (info === null) return null;
  let missing = false;
  groups.forEach((id) => {
    const leaf = info.get(id)?.sizelessLeaf;
    if (leaf == null) return;
    missing = true;
    if (known.hasRooms) {
      const at = leaf === id ? `group ${quote(id)}` : `group ${quote(leaf)} under ${quote(id)}`;
      report(
        known.errors,
        where,
        "size",
        `is not given, so it is the number of students of its groups, but ${at} has no size; the school lists rooms, so give that group a size or give the section a size`,
      );
    }
  });
  if (missing) return null;
  if (groups.length === 1) return info.get(groups[0]!)?.size ?? 0;
  // Several groups may share leaves (a grade and one of its homerooms): count each leaf once.
  const seen = new Set<string>();
  const stack = [...groups];
  let size = 0;
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const g = info.get(id);
    if (!g) continue;
    if (g.children.length === 0) size += g.size;
    else for (const kid of g.children) stack.push(kid);
  }
  return size;
}
