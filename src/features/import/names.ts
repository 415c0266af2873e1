// Finding the item a cell names. A cell may hold an id ("t-lee") or a name, in any case and
// spacing; a person's name may be written "Ana Lee" or "Lee, Ana", or with an initial ("Lee, A",
// "A. Lee"). A name that fits several items is ambiguous and says which ones, never a guess.

/** Lower case, single spaces, no surrounding space. */
export const plainKey = (text: string): string =>
  text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

/** A person's name as "first last": "Lee, Ana" and "ana  LEE" both give "ana lee". */
export function personKey(text: string): string {
  const t = plainKey(text);
  const parts = t.split(",");
  if (parts.length === 2) {
    const last = parts[0]!.trim();
    const first = parts[1]!.trim();
    if (last !== "" && first !== "") return `${first} ${last}`;
  }
  return t;
}

export type Found =
  { kind: "one"; id: string } | { kind: "many"; ids: string[] } | { kind: "none" };

type Entry = { id: string; keys: string[] };

const push = (map: Map<string, string[]>, key: string, id: string) => {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
};
const drop = (map: Map<string, string[]>, key: string, id: string) => {
  const list = map.get(key);
  if (!list) return;
  const rest = list.filter((x) => x !== id);
  if (rest.length === 0) map.delete(key);
  else map.set(key, rest);
};

/**
 * Items by id and by name, kept up to date as an import adds and renames them. `people` turns on
 * the "Last, First" and initial readings.
 */
export class NameIndex {
  private readonly ids = new Map<string, string>();
  private readonly lowerIds = new Map<string, string[]>();
  private readonly names = new Map<string, string[]>();
  /** Last name → first names (for "Lee, A"). */
  private readonly lastNames = new Map<string, { id: string; first: string }[]>();
  private readonly entries = new Map<string, Entry>();
  /** Answers of find() since the last change: a file names the same teachers on many rows. */
  private readonly memo = new Map<string, Found>();

  constructor(private readonly people: boolean) {}

  private key(text: string): string {
    return this.people ? personKey(text) : plainKey(text);
  }

  /** Adds or replaces the item `id`, known by these names. */
  set(id: string, names: readonly string[]): void {
    this.remove(id);
    this.memo.clear();
    const keys = [...new Set(names.map((n) => this.key(n)).filter((k) => k !== ""))];
    this.entries.set(id, { id, keys });
    this.ids.set(id, id);
    push(this.lowerIds, id.toLowerCase(), id);
    for (const key of keys) {
      push(this.names, key, id);
      if (this.people) {
        const words = key.split(" ");
        const last = words.at(-1);
        if (words.length > 1 && last !== undefined) {
          const list = this.lastNames.get(last) ?? [];
          list.push({ id, first: words[0]! });
          this.lastNames.set(last, list);
        }
      }
    }
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.memo.clear();
    this.entries.delete(id);
    this.ids.delete(id);
    drop(this.lowerIds, id.toLowerCase(), id);
    for (const key of entry.keys) {
      drop(this.names, key, id);
      const last = key.split(" ").at(-1);
      if (last === undefined) continue;
      const rest = (this.lastNames.get(last) ?? []).filter((x) => x.id !== id);
      if (rest.length === 0) this.lastNames.delete(last);
      else this.lastNames.set(last, rest);
    }
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** By name only (a row that describes an item, where an initial must not match a person). */
  findName(text: string): Found {
    const key = this.key(text);
    return key === "" ? { kind: "none" } : found(this.names.get(key) ?? []);
  }

  /** By exact id, then id in any case, then name, then (people) initial and last name. */
  find(text: string): Found {
    let answer = this.memo.get(text);
    if (!answer) {
      answer = this.lookup(text);
      this.memo.set(text, answer);
    }
    return answer;
  }

  private lookup(text: string): Found {
    const t = text.trim();
    if (t === "") return { kind: "none" };
    if (this.ids.has(t)) return { kind: "one", id: t };
    const byId = this.lowerIds.get(t.toLowerCase());
    if (byId) return found(byId);
    const key = this.key(t);
    const byName = this.names.get(key);
    if (byName) return found(byName);
    if (!this.people) return { kind: "none" };
    // "Lee, A" became "a lee"; "A. Lee" is "a. lee": an initial is one letter, dot optional.
    const words = key.split(" ");
    const initial = words[0]?.replace(/\.$/, "") ?? "";
    const last = words.at(-1);
    if (words.length !== 2 || initial.length !== 1 || last === undefined) return { kind: "none" };
    const ids = (this.lastNames.get(last) ?? [])
      .filter((x) => x.first.startsWith(initial))
      .map((x) => x.id);
    return found([...new Set(ids)]);
  }
}

function found(ids: readonly string[]): Found {
  if (ids.length === 0) return { kind: "none" };
  if (ids.length === 1) return { kind: "one", id: ids[0]! };
  return { kind: "many", ids: [...ids] };
}
