// Builds a large school from a real one by copying every teacher, room, group, section and team
// `copies` times under new ids (the calendar and lunch window are shared): the same structure,
// many times the size.
import type { Json } from "./json-edit.ts";

type Obj = { [key: string]: Json };

const asObjects = (value: Json | undefined): Obj[] =>
  Array.isArray(value) ? (value as Obj[]) : [];

export function scaleSchool(school: Obj, copies: number): Obj {
  const lists = {
    teachers: [] as Obj[],
    rooms: [] as Obj[],
    groups: [] as Obj[],
    sections: [] as Obj[],
    teams: [] as Obj[],
  };
  for (let k = 0; k < copies; k++) {
    const id = (value: Json | undefined): Json =>
      typeof value === "string" ? `${value}~${k}` : (value ?? null);
    const ids = (value: Json | undefined): Json =>
      Array.isArray(value) ? value.map(id) : (value ?? null);
    for (const t of asObjects(school.teachers)) lists.teachers.push({ ...t, id: id(t.id) });
    for (const r of asObjects(school.rooms)) lists.rooms.push({ ...r, id: id(r.id) });
    for (const g of asObjects(school.groups)) {
      lists.groups.push(
        g.parent == null ? { ...g, id: id(g.id) } : { ...g, id: id(g.id), parent: id(g.parent) },
      );
    }
    for (const s of asObjects(school.sections)) {
      const copy: Obj = { ...s, id: id(s.id), teachers: ids(s.teachers) };
      if (s.groups != null) copy.groups = ids(s.groups);
      if (s.room != null) copy.room = id(s.room);
      if (s.pinned != null) {
        copy.pinned = asObjects(s.pinned).map((p) =>
          p.room == null ? p : { ...p, room: id(p.room) },
        );
      }
      lists.sections.push(copy);
    }
    for (const t of asObjects(school.teams)) {
      const copy: Obj = { ...t, id: id(t.id), members: ids(t.members) };
      if (t.lead != null) copy.lead = id(t.lead);
      lists.teams.push(copy);
    }
  }
  return { ...school, ...lists };
}
