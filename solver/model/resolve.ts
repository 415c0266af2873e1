// Turns a checked school (see ../format/parse-school.ts) into the integer model of model.ts, applying
// every default of the spec in one place.
import type { School, Slot } from "./format.ts";
import type { GroupM, Model, PinM, RoomM, SectionM, TeacherM, TeamM } from "./model.ts";

const indexById = <T extends { id: string }>(items: readonly T[]): Map<string, number> =>
  new Map(items.map((item, i) => [item.id, i]));

/** Looks an id up in a map the parser has already checked; a miss is a bug, not bad input. */
const must = (map: ReadonlyMap<string, number>, id: string, what: string): number => {
  const i = map.get(id);
  if (i === undefined)
    throw new Error(`resolve: unknown ${what} "${id}" (the parser should have caught it)`);
  return i;
};

const limit = (value: number | null | undefined): number => (value == null ? Infinity : value);

export function resolveSchool(school: School): Model {
  const days = school.calendar.days;
  const periods = school.calendar.periods;
  const dayIds = days.map((d) => d.id);
  const periodIds = periods.map((p) => p.id);
  const dayIndex = indexById(days);
  const periodIndex = indexById(periods);
  const dayCount = days.length;
  const periodCount = periods.length;
  const slotCount = dayCount * periodCount;

  const slotMask = (slots: readonly Slot[] | null | undefined): boolean[] => {
    const mask = new Array<boolean>(slotCount).fill(false);
    for (const s of slots ?? []) {
      mask[must(dayIndex, s.day, "day") * periodCount + must(periodIndex, s.period, "period")] =
        true;
    }
    return mask;
  };
  const periodMask = (ids: readonly string[] | null | undefined): boolean[] =>
    ids == null
      ? new Array<boolean>(periodCount).fill(true)
      : periodIds.map((id) => ids.includes(id));

  const teachers: TeacherM[] = school.teachers.map((t, index) => ({
    index,
    id: t.id,
    name: t.name,
    unavailable: slotMask(t.unavailable),
    maxTeachingPerDay: limit(t.maxTeachingPerDay),
    minFreePerDay: t.minFreePerDay ?? 0,
    minFreePerCycle: t.minFreePerCycle ?? 0,
    maxPlanningPerCycle: limit(t.maxPlanningPerCycle),
  }));
  const teacherIndex = indexById(school.teachers);

  const rawRooms = school.rooms ?? [];
  const rooms: RoomM[] = rawRooms.map((r, index) => ({
    index,
    id: r.id,
    capacity: limit(r.capacity),
    features: new Set(r.features ?? []),
    unavailable: slotMask(r.unavailable),
  }));
  const roomIndex = indexById(rawRooms);
  const hasRooms = rooms.length > 0;

  const rawGroups = school.groups ?? [];
  const groupIndex = indexById(rawGroups);
  const parentOf = rawGroups.map((g) =>
    g.parent == null ? -1 : must(groupIndex, g.parent, "group"),
  );
  const children: number[][] = rawGroups.map(() => []);
  parentOf.forEach((p, i) => {
    if (p >= 0) children[p]!.push(i);
  });
  const groups: GroupM[] = rawGroups.map((g, index) => {
    const ancestors: number[] = [];
    for (let a = parentOf[index]!; a >= 0; a = parentOf[a]!) ancestors.push(a);
    const descendants: number[] = [];
    const stack = [...children[index]!];
    while (stack.length > 0) {
      const c = stack.pop()!;
      descendants.push(c);
      stack.push(...children[c]!);
    }
    const isLeaf = children[index]!.length === 0;
    const leaves = isLeaf ? [index] : descendants.filter((c) => children[c]!.length === 0);
    return {
      index,
      id: g.id,
      name: g.name,
      parent: parentOf[index]!,
      ancestors,
      descendants,
      leaves,
      isLeaf,
      size: 0,
      fullDay: g.fullDay ?? false,
    };
  });
  for (const g of groups) {
    g.size = g.leaves.reduce((sum, leaf) => sum + (rawGroups[leaf]!.size ?? 0), 0);
  }
  const groupConflicts = groups.map((g) => [g.index, ...g.ancestors, ...g.descendants]);

  const sections: SectionM[] = school.sections.map((s, index) => {
    const groupIds = (s.groups ?? []).map((id) => must(groupIndex, id, "group"));
    const allowedDays = dayIds.map((id) => s.allowedDays == null || s.allowedDays.includes(id));
    const length = s.length ?? 1;
    const allowedPeriods = periodMask(s.allowedPeriods);
    const allowedStarts = periodIds.map((_, p) => {
      if (p + length > periodCount) return false;
      for (let q = p; q < p + length; q++) if (!allowedPeriods[q]) return false;
      return true;
    });
    const leafSet = new Set<number>();
    for (const g of groupIds) for (const leaf of groups[g]!.leaves) leafSet.add(leaf);
    const size =
      s.size ?? [...leafSet].reduce((sum, leaf) => sum + (rawGroups[leaf]!.size ?? 0), 0);
    const fixedRoom = s.room == null ? -1 : must(roomIndex, s.room, "room");
    const roomFeatures = s.roomFeatures ?? [];
    const fits = (r: RoomM) => r.capacity >= size && roomFeatures.every((f) => r.features.has(f));
    const candidateRooms = !hasRooms
      ? []
      : fixedRoom >= 0
        ? fits(rooms[fixedRoom]!)
          ? [fixedRoom]
          : []
        : rooms.filter(fits).map((r) => r.index);
    const pins: PinM[] = (s.pinned ?? []).map((pin) => ({
      day: must(dayIndex, pin.day, "day"),
      period: must(periodIndex, pin.period, "period"),
      room: pin.room == null ? -1 : must(roomIndex, pin.room, "room"),
    }));
    return {
      index,
      id: s.id,
      course: s.course,
      department: s.department ?? null,
      teachers: s.teachers.map((id) => must(teacherIndex, id, "teacher")),
      groups: groupIds,
      meetings: s.meetings ?? allowedDays.filter(Boolean).length,
      length,
      samePeriod: s.samePeriod ?? true,
      allowedDays,
      allowedStarts,
      size,
      fixedRoom,
      roomFeatures,
      candidateRooms,
      pins,
    };
  });
  const sectionIndex = indexById(school.sections);

  const rawTeams = school.teams ?? [];
  const teams: TeamM[] = rawTeams.map((t, index) => ({
    index,
    id: t.id,
    name: t.name ?? t.id,
    kind: t.kind ?? "other",
    members: t.members.map((id) => must(teacherIndex, id, "teacher")),
    lead: t.lead == null ? -1 : must(teacherIndex, t.lead, "teacher"),
    planning:
      t.planning == null
        ? null
        : {
            perCycle: t.planning.perCycle,
            maxPerDay: t.planning.maxPerDay ?? 1,
            allowedPeriods: periodMask(t.planning.periods),
            samePeriod: t.planning.samePeriod ?? false,
          },
  }));
  const teamIndex = indexById(rawTeams);

  const sectionsOfGroup: number[][] = groups.map(() => []);
  const sectionsOfTeacher: number[][] = teachers.map(() => []);
  for (const s of sections) {
    const involved = new Set<number>();
    for (const g of s.groups) for (const c of groupConflicts[g]!) involved.add(c);
    for (const g of involved) sectionsOfGroup[g]!.push(s.index);
    for (const t of s.teachers) sectionsOfTeacher[t]!.push(s.index);
  }
  const teamsOfTeacher: number[][] = teachers.map(() => []);
  for (const team of teams) {
    if (team.planning) for (const m of team.members) teamsOfTeacher[m]!.push(team.index);
  }

  return {
    school,
    dayIds,
    periodIds,
    dayIndex,
    periodIndex,
    dayCount,
    periodCount,
    slotCount,
    teachers,
    teacherIndex,
    rooms,
    roomIndex,
    hasRooms,
    groups,
    groupIndex,
    sections,
    sectionIndex,
    teams,
    teamIndex,
    lunchPeriods: school.lunch == null ? null : periodMask(school.lunch.periods),
    groupConflicts,
    sectionsOfGroup,
    sectionsOfTeacher,
    teamsOfTeacher,
  };
}
