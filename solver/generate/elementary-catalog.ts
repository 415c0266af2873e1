// What an elementary school is made of: grades and class sizes, the specials and their rooms,
// the homeroom's daily core blocks, and the contracts of its three kinds of teachers.
import type { Contract } from "./plan.ts";

export const PERIODS = 8;
export const DAYS = 5;
export const LUNCH = [3, 4];
export const SECTIONS_PER_HOMEROOM = 9.4;

export const GRADES = [
  { code: "k", label: "K", name: "Kindergarten", sizes: [16, 22] },
  { code: "1", label: "1", name: "Grade 1", sizes: [18, 24] },
  { code: "2", label: "2", name: "Grade 2", sizes: [18, 25] },
  { code: "3", label: "3", name: "Grade 3", sizes: [20, 27] },
  { code: "4", label: "4", name: "Grade 4", sizes: [20, 28] },
  { code: "5", label: "5", name: "Grade 5", sizes: [20, 28] },
] as const;

export const SPECIALS = {
  art: { course: "Art", department: "Art", room: "Art Room", feature: "art" },
  music: { course: "Music", department: "Music", room: "Music Room", feature: "music" },
  pe: {
    course: "Physical Education",
    department: "Physical Education",
    room: "Gym",
    feature: "gym",
  },
  library: { course: "Library", department: "Library", room: "Library", feature: "library" },
  stem: { course: "STEM", department: "STEM", room: "STEM Lab", feature: "stem-lab" },
} as const;
export type Special = keyof typeof SPECIALS;
export const SPECIAL_ORDER: Special[] = [
  "art",
  "music",
  "pe",
  "library",
  "stem",
  "pe",
  "music",
  "art",
  "stem",
  "library",
];

export const HOMEROOM_TEACHER: Contract = {
  maxTeachingPerDay: 6,
  minFreePerDay: 0,
  minFreePerCycle: 2,
  maxPlanningPerCycle: 3,
  unavailableChance: 0.12,
};
export const SPECIALS_TEACHER: Contract = {
  maxTeachingPerDay: 6,
  minFreePerDay: 1,
  minFreePerCycle: 5,
  maxPlanningPerCycle: 2,
  unavailableChance: 0.15,
};
export const INTERVENTION_TEACHER: Contract = {
  maxTeachingPerDay: 6,
  minFreePerDay: 1,
  minFreePerCycle: null,
  maxPlanningPerCycle: 2,
  unavailableChance: 0.1,
};

export type Core = { prefix: string; course: string; length: number };
export const CORE: Core[] = [
  { prefix: "ela", course: "ELA", length: 2 },
  { prefix: "math", course: "Math", length: 1 },
  { prefix: "scss", course: "Science & Social Studies", length: 1 },
  { prefix: "int", course: "Intervention", length: 1 },
  { prefix: "wri", course: "Writing", length: 1 },
];
