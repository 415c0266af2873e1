// The values inside cells: counts, yes/no, lists, slots ("Mon 1"), periods, days and pinned
// meetings. Each reader answers a value or what is wrong and how to write it; each writer is the
// reader's inverse, so that an exported value reads back as itself.
import type { Calendar, Pin, Slot } from "../../../solver/index.ts";
import { plainKey } from "./names.ts";

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string; fix: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = <T>(message: string, fix: string): CellResult<T> => ({ ok: false, message, fix });

export function readCount(text: string, min = 0): CellResult<number> {
  const t = text.trim().replace(/\.0+$/, "");
  const n = /^[+]?\d+$/.test(t) ? Number(t) : NaN;
  if (!Number.isSafeInteger(n) || n < min) {
    return bad(
      `'${text}' is not a whole number`,
      `Write a whole number${min > 0 ? ` from ${min}` : ""}.`,
    );
  }
  return ok(n);
}

const YES = new Set(["yes", "y", "true", "x", "1", "on"]);
const NO = new Set(["no", "n", "false", "0", "off"]);

export function readFlag(text: string): CellResult<boolean> {
  const t = text.trim().toLowerCase();
  if (YES.has(t)) return ok(true);
  if (NO.has(t)) return ok(false);
  return bad(`'${text}' is neither yes nor no`, "Write yes or no.");
}

export const writeFlag = (value: boolean | null | undefined): string =>
  value === true ? "yes" : value === false ? "no" : "";

/**
 * Items of a list cell: split on semicolons when there are any, else on commas. The writer puts
 * "; " between items and ends a lone item that holds a comma with ";", so it stays one item.
 */
export function splitList(text: string): string[] {
  const separator = text.includes(";") ? ";" : ",";
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export function writeList(items: readonly string[] | null | undefined): string {
  if (!items || items.length === 0) return "";
  const joined = items.join("; ");
  return items.length === 1 && joined.includes(",") ? `${joined};` : joined;
}

const WEEKDAYS: Record<string, string> = {
  m: "mon",
  t: "tue",
  w: "wed",
  r: "thu",
  f: "fri",
  s: "sat",
  u: "sun",
};

type Item = { id: string; name?: string };

function byIdOrName(list: readonly Item[], text: string): string | null {
  const key = plainKey(text);
  const hit =
    list.find((x) => x.id === text.trim()) ??
    list.find((x) => x.id.toLowerCase() === key) ??
    list.find((x) => plainKey(x.name ?? "") === key);
  return hit?.id ?? null;
}

/** A day of the cycle by id, name, or the first three letters of its name ("Mon", "monday"). */
export function findDay(calendar: Calendar, text: string): string | null {
  const exact = byIdOrName(calendar.days, text);
  if (exact !== null) return exact;
  const key = plainKey(text);
  if (key.length < 3) return null;
  const hits = calendar.days.filter(
    (d) => d.id.toLowerCase().startsWith(key) || plainKey(d.name ?? "").startsWith(key),
  );
  return hits.length === 1 ? hits[0]!.id : null;
}

export function findPeriod(calendar: Calendar, text: string): string | null {
  return byIdOrName(calendar.periods, text);
}

const dayList = (calendar: Calendar) => calendar.days.map((d) => d.id).join(", ");
const periodList = (calendar: Calendar) => calendar.periods.map((p) => p.id).join(", ");

/** "MWF", "M W F", "TR": the letter codes of weekdays, when the cycle is a week. */
function letterDays(calendar: Calendar, text: string): string[] | null {
  const letters = text.replace(/\s+/g, "").toLowerCase();
  if (!/^[mtwrfsu]{2,7}$/.test(letters)) return null;
  const out: string[] = [];
  for (const letter of letters) {
    const day = findDay(calendar, WEEKDAYS[letter]!);
    if (day === null || out.includes(day)) return null;
    out.push(day);
  }
  return out;
}

export function readDays(calendar: Calendar, text: string): CellResult<string[]> {
  const letters = letterDays(calendar, text);
  if (letters) return ok(letters);
  const out: string[] = [];
  // "A Day; B Day" names days with spaces; "Mon Wed" separates them by spaces.
  for (const part of text.split(/[;,/]/).filter((s) => s.trim() !== "")) {
    const whole = findDay(calendar, part);
    for (const word of whole !== null ? [part] : part.trim().split(/\s+/)) {
      const day = whole ?? findDay(calendar, word);
      if (day === null) {
        return bad(`'${word}' is not a day of the cycle`, `Use the days ${dayList(calendar)}.`);
      }
      if (!out.includes(day)) out.push(day);
    }
  }
  return ok(out);
}

/** Periods "2; 3", "Period 2", or a range "3-4" of consecutive periods. */
export function readPeriods(calendar: Calendar, text: string): CellResult<string[]> {
  const out: string[] = [];
  const add = (id: string) => {
    if (!out.includes(id)) out.push(id);
  };
  for (const part of splitList(text)) {
    const period = findPeriod(calendar, part);
    if (period !== null) {
      add(period);
      continue;
    }
    const range = /^(.+?)\s*[-–]\s*(.+)$/.exec(part);
    const from = range ? findPeriod(calendar, range[1]!) : null;
    const to = range ? findPeriod(calendar, range[2]!) : null;
    const ids = calendar.periods.map((p) => p.id);
    if (from !== null && to !== null && ids.indexOf(from) <= ids.indexOf(to)) {
      ids.slice(ids.indexOf(from), ids.indexOf(to) + 1).forEach(add);
      continue;
    }
    return bad(`'${part}' is not a period`, `Use the periods ${periodList(calendar)}.`);
  }
  return ok(out);
}

function readSlot(calendar: Calendar, text: string): Slot | null {
  const m = /^(.+?)[\s:]+(\S+)$/.exec(text.trim());
  if (!m) return null;
  const day = findDay(calendar, m[1]!);
  const period = findPeriod(calendar, m[2]!);
  return day !== null && period !== null ? { day, period } : null;
}

export function readSlots(calendar: Calendar, text: string): CellResult<Slot[]> {
  const out: Slot[] = [];
  for (const part of splitList(text)) {
    const slot = readSlot(calendar, part);
    if (slot === null) {
      return bad(
        `'${part}' is not a day and a period`,
        `Write slots like "${calendar.days[0]?.id ?? "Mon"} ${calendar.periods[0]?.id ?? "1"}", separated by semicolons.`,
      );
    }
    if (!out.some((s) => s.day === slot.day && s.period === slot.period)) out.push(slot);
  }
  return ok(out);
}

export const writeSlots = (slots: readonly Slot[] | null | undefined): string =>
  (slots ?? []).map((s) => `${s.day} ${s.period}`).join("; ");

/** Pinned meetings "Mon 2 (101); Tue 2": a slot and, in brackets, a room. */
export function readPins(
  calendar: Calendar,
  text: string,
  findRoom: (text: string) => string | null,
): CellResult<Pin[]> {
  const out: Pin[] = [];
  for (const part of splitList(text)) {
    const m = /^(.*?)\s*(?:\(([^)]*)\))?$/.exec(part)!;
    const slot = readSlot(calendar, m[1] ?? "");
    if (slot === null) {
      return bad(
        `'${part}' is not a pinned meeting`,
        `Write pinned meetings like "${calendar.days[0]?.id ?? "Mon"} ${calendar.periods[0]?.id ?? "1"} (101)": a day, a period and, if fixed, a room in brackets.`,
      );
    }
    const roomText = m[2]?.trim() ?? "";
    if (roomText === "") {
      out.push(slot);
      continue;
    }
    const room = findRoom(roomText);
    if (room === null) return bad(`room '${roomText}' does not exist`, "Name an existing room.");
    out.push({ ...slot, room });
  }
  return ok(out);
}

export const writePins = (pins: readonly Pin[] | null | undefined): string =>
  (pins ?? []).map((p) => `${p.day} ${p.period}${p.room != null ? ` (${p.room})` : ""}`).join("; ");
