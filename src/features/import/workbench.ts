// The school being built by an import: its lists by id (in their order, new items last), indexes
// to find items by id or name as rows add and rename them, fresh ids, and which row made or
// changed each item (so that the school parser's errors land on the row that caused them).
import type { Calendar, School } from "../../../solver/index.ts";
import { slug } from "../../lib/slug.ts";
import type { CellResult } from "./cells.ts";
import type { ImportKind } from "./fields.ts";
import { NameIndex } from "./names.ts";

export type Item = { id: string } & Record<string, unknown>;

/** Where an item came from: the file, the row and the header of each field's column. */
export type Origin = { file: string; row: number; columns: Readonly<Record<string, string>> };

const GRADE = /^grade\s+(\S+)$/i;

/** The names a group is known by: its name, and "6" for "Grade 6" (SIS exports write "6"). */
export function groupNames(name: string): string[] {
  const grade = GRADE.exec(name.trim());
  return grade ? [name, grade[1]!] : [name];
}

export class Workbench {
  readonly calendar: Calendar;
  private readonly lists: Record<ImportKind, Map<string, Item>>;
  readonly indexes: Record<Exclude<ImportKind, "sections">, NameIndex> = {
    teachers: new NameIndex(true),
    rooms: new NameIndex(false),
    groups: new NameIndex(false),
    teams: new NameIndex(false),
  };
  private readonly origins = new Map<string, Origin>();
  private readonly calendarCells = new Map<string, CellResult<unknown>>();

  constructor(private readonly base: School) {
    this.calendar = base.calendar;
    const map = (items: readonly object[] | null | undefined) =>
      new Map((items ?? []).map((x) => [(x as Item).id, x as Item]));
    this.lists = {
      teachers: map(base.teachers),
      rooms: map(base.rooms),
      groups: map(base.groups),
      sections: map(base.sections),
      teams: map(base.teams),
    };
    for (const kind of ["teachers", "rooms", "groups", "teams"] as const) {
      for (const item of this.lists[kind].values()) this.reindex(kind, item);
    }
  }

  /**
   * A calendar value (days, periods, slots) read once per distinct text: a master schedule writes
   * "MTWRF" on thousands of rows. Each row gets its own copy of the value.
   */
  readCalendar<T>(
    what: string,
    text: string,
    read: (calendar: Calendar, text: string) => CellResult<T>,
  ): CellResult<T> {
    const key = `${what}\u0000${text}`;
    let answer = this.calendarCells.get(key) as CellResult<T> | undefined;
    if (!answer) {
      answer = read(this.calendar, text);
      this.calendarCells.set(key, answer);
    }
    return answer.ok ? { ok: true, value: structuredClone(answer.value) } : answer;
  }

  get(kind: ImportKind, id: string): Item | undefined {
    return this.lists[kind].get(id);
  }

  /** Adds the item, or replaces the one with its id in place. */
  put(kind: ImportKind, item: Item, origin: Origin): void {
    this.lists[kind].set(item.id, item);
    this.origins.set(`${kind}:${item.id}`, origin);
    if (kind !== "sections") this.reindex(kind, item);
  }

  originOf(kind: ImportKind, id: string): Origin | undefined {
    return this.origins.get(`${kind}:${id}`);
  }

  /** `base`, or `base-2`, `base-3`, ... whichever no item of the kind has. */
  freshId(kind: ImportKind, base: string): string {
    const list = this.lists[kind];
    const root = base === "" ? kind.slice(0, -1) : base;
    if (!list.has(root)) return root;
    let n = 2;
    while (list.has(`${root}-${n}`)) n++;
    return `${root}-${n}`;
  }

  /** The setup's id styles: "t-lee" for Ana Lee (then "t-ana-lee"), "algebra-1-1" for a section. */
  newId(kind: ImportKind, name: string): string {
    const s = slug(name);
    if (kind === "teachers") {
      const words = s.split("-").filter(Boolean);
      const last = words.at(-1);
      if (last !== undefined && !this.lists.teachers.has(`t-${last}`)) return `t-${last}`;
      return this.freshId(kind, words.length > 0 ? `t-${words.join("-")}` : "t");
    }
    if (kind === "sections") {
      const root = s || "section";
      let n = 1;
      while (this.lists.sections.has(`${root}-${n}`)) n++;
      return `${root}-${n}`;
    }
    if (kind === "teams") return this.freshId(kind, `team-${s || "new"}`);
    if (kind === "rooms") return this.freshId(kind, name.trim().replace(/\s+/g, "-"));
    return this.freshId(kind, s);
  }

  /** How an item is named in messages: "Ana Lee", "Algebra 1 (alg1-3)", "101". */
  label(kind: ImportKind, id: string): string {
    const item = this.get(kind, id);
    if (!item) return id;
    if (kind === "sections") return `${String(item.course)} (${id})`;
    return typeof item.name === "string" && item.name !== "" ? item.name : id;
  }

  /** Positions of items in the lists the school will have, for the parser's error paths. */
  idAt(kind: ImportKind, index: number): string | undefined {
    let i = 0;
    for (const id of this.lists[kind].keys()) if (i++ === index) return id;
    return undefined;
  }

  school(): School {
    const list = (kind: ImportKind) => [...this.lists[kind].values()];
    const optional = (kind: ImportKind, had: unknown) =>
      had != null || this.lists[kind].size > 0 ? { [kind]: list(kind) } : {};
    return {
      ...this.base,
      teachers: list("teachers") as School["teachers"],
      ...optional("rooms", this.base.rooms),
      ...optional("groups", this.base.groups),
      sections: list("sections") as School["sections"],
      ...optional("teams", this.base.teams),
    };
  }

  private reindex(kind: Exclude<ImportKind, "sections">, item: Item): void {
    const name = typeof item.name === "string" ? item.name : "";
    this.indexes[kind].set(item.id, kind === "groups" ? groupNames(name) : [name]);
  }
}
