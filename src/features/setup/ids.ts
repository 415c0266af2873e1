// Ids for new items, made from what the person typed, so that nobody has to invent ids: the
// sample's style ("t-baker" for Mei Baker, "team-6a" for team 6A), made unique with a number.
import { slug } from "../../lib/slug.ts";

/** `base`, or `base-2`, `base-3`, ... whichever is free first. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const root = base === "" ? "item" : base;
  if (!used.has(root)) return root;
  let n = 2;
  while (used.has(`${root}-${n}`)) n++;
  return `${root}-${n}`;
}

/**
 * A teacher's id from their name: "t-" and the family name ("Mei Baker" → "t-baker"); when that is
 * taken, the whole name ("t-mei-baker"), then a number.
 */
export function teacherIdFor(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const words = slug(name).split("-").filter(Boolean);
  const last = words.at(-1);
  if (last !== undefined && !used.has(`t-${last}`)) return `t-${last}`;
  return uniqueId(words.length > 0 ? `t-${words.join("-")}` : "t", used);
}

/** A section's id from its course: "Algebra 1" → "algebra-1-1", then "algebra-1-2", ... */
export function sectionIdFor(course: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slug(course) || "section";
  let n = 1;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

export const teamIdFor = (name: string, taken: Iterable<string>): string =>
  uniqueId(`team-${slug(name) || "new"}`, taken);

export const groupIdFor = (name: string, taken: Iterable<string>): string =>
  uniqueId(slug(name) || "group", taken);

/** Rooms are usually named by number ("101"): keep the name as typed when it can be an id. */
export const roomIdFor = (name: string, taken: Iterable<string>): string =>
  uniqueId(name.trim().replace(/\s+/g, "-") || "room", taken);
