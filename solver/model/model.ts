// The resolved school: every default applied, every reference turned into an index, time as
// integers (day index d, period index p, slot s = d * periodCount + p). The validator and the
// solver both read this, never the raw JSON, so they agree on what the spec's defaults mean.
import type { School, TeamKind } from "./format.ts";

export type TeacherM = {
  index: number;
  id: string;
  name: string;
  /** unavailable[s] is true when the teacher cannot be scheduled in slot s. */
  unavailable: boolean[];
  /** Infinity when the file gives no limit. */
  maxTeachingPerDay: number;
  minFreePerDay: number;
  minFreePerCycle: number;
  /** Infinity when the file gives no limit. */
  maxPlanningPerCycle: number;
};

export type RoomM = {
  index: number;
  id: string;
  /** Infinity when the file gives no capacity. */
  capacity: number;
  features: ReadonlySet<string>;
  unavailable: boolean[];
};

export type GroupM = {
  index: number;
  id: string;
  name: string;
  /** -1 for a top-level group. */
  parent: number;
  /** Strict ancestors, nearest first. */
  ancestors: number[];
  /** Strict descendants, in no particular order. */
  descendants: number[];
  /** Leaf groups at or below this one (itself when it is a leaf). */
  leaves: number[];
  isLeaf: boolean;
  /** The file's size for a leaf (0 when absent); for an inner group the sum over its leaves. */
  size: number;
  fullDay: boolean;
};

export type PinM = { day: number; period: number; room: number /* -1: any room */ };

export type SectionM = {
  index: number;
  id: string;
  course: string;
  department: string | null;
  teachers: number[];
  groups: number[];
  meetings: number;
  length: number;
  samePeriod: boolean;
  /** allowedDays[d] */
  allowedDays: boolean[];
  /**
   * allowedStarts[p] is true when a meeting may start at period p: every period it covers is in
   * allowedPeriods and it ends inside the day.
   */
  allowedStarts: boolean[];
  size: number;
  /** The room the file fixes, or -1. */
  fixedRoom: number;
  roomFeatures: string[];
  /** Rooms with enough capacity and every feature (only the fixed room when one is fixed). */
  candidateRooms: number[];
  pins: PinM[];
};

export type PlanningM = {
  perCycle: number;
  maxPerDay: number;
  /** allowedPeriods[p] */
  allowedPeriods: boolean[];
  samePeriod: boolean;
};

export type TeamM = {
  index: number;
  id: string;
  name: string;
  kind: TeamKind;
  members: number[];
  lead: number;
  planning: PlanningM | null;
};

export type Model = {
  school: School;
  dayIds: string[];
  periodIds: string[];
  dayIndex: ReadonlyMap<string, number>;
  periodIndex: ReadonlyMap<string, number>;
  dayCount: number;
  periodCount: number;
  slotCount: number;
  teachers: TeacherM[];
  teacherIndex: ReadonlyMap<string, number>;
  rooms: RoomM[];
  roomIndex: ReadonlyMap<string, number>;
  /** The spec: rooms are assigned only when the school lists rooms. */
  hasRooms: boolean;
  groups: GroupM[];
  groupIndex: ReadonlyMap<string, number>;
  sections: SectionM[];
  sectionIndex: ReadonlyMap<string, number>;
  teams: TeamM[];
  teamIndex: ReadonlyMap<string, number>;
  /** lunchPeriods[p], or null when the school has no lunch window. */
  lunchPeriods: boolean[] | null;
  /** For each group, the groups whose sections it may not overlap: itself, ancestors, descendants. */
  groupConflicts: number[][];
  /** For each group, the sections that involve it: sections of it, its ancestors or descendants. */
  sectionsOfGroup: number[][];
  /** For each teacher, the sections they teach. */
  sectionsOfTeacher: number[][];
  /** For each teacher, the teams with a planning requirement they belong to. */
  teamsOfTeacher: number[][];
};

export const slotOf = (model: Pick<Model, "periodCount">, day: number, period: number): number =>
  day * model.periodCount + period;
