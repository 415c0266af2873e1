// New items with sensible defaults, so that a small school takes minutes: only what cannot be
// guessed is asked for; every optional field is left out, which means its default (no limit,
// meets once on every day, same period every day, ...).
import type { Group, Room, School, Section, Team, Teacher } from "../../../solver/index.ts";
import { groupIdFor, roomIdFor, sectionIdFor, teacherIdFor, teamIdFor } from "./ids.ts";

const ids = (list: readonly { id: string }[] | null | undefined): string[] =>
  (list ?? []).map((item) => item.id);

export function newTeacher(school: School, name: string): Teacher {
  return { id: teacherIdFor(name, ids(school.teachers)), name: name.trim() };
}

export function newRoom(school: School, name: string, capacity?: number): Room {
  const room: Room = { id: roomIdFor(name, ids(school.rooms)) };
  if (capacity !== undefined) room.capacity = capacity;
  return room;
}

export function newGroup(school: School, name: string, parent?: string): Group {
  const group: Group = { id: groupIdFor(name, ids(school.groups)), name: name.trim() };
  if (parent) group.parent = parent;
  return group;
}

export function newSection(
  school: School,
  course: string,
  teachers: string[],
  groups: string[] = [],
): Section {
  const section: Section = {
    id: sectionIdFor(course, ids(school.sections)),
    course: course.trim(),
    teachers,
  };
  if (groups.length > 0) section.groups = groups;
  return section;
}

/** A team meets for planning once a day by default: one slot per day of the cycle. */
export function newTeam(school: School, name: string, members: string[]): Team {
  return {
    id: teamIdFor(name, ids(school.teams)),
    name: name.trim(),
    members,
    planning: { perCycle: school.calendar.days.length },
  };
}
