// The course catalog of a comprehensive high school, by department: which grades take a course,
// how it is taught (required core, honors, AP, elective, ensemble, small group) and how often it
// is offered relative to the department's other courses.
export type Level = "core" | "honors" | "ap" | "elective" | "ensemble" | "small";

export type Course = {
  name: string;
  grades: number[];
  level: Level;
  /** Relative number of sections. */
  weight: number;
  /** Overrides the department's room features (Health is taught in a classroom). */
  features?: string[];
};

export type Department = {
  name: string;
  /** Share of the teaching staff. */
  share: number;
  features: string[];
  /** Whether some of its teachers work part-time. */
  partTime: boolean;
  courses: Course[];
};

const ALL = [9, 10, 11, 12];
const UPPER = [10, 11, 12];

const c = (
  name: string,
  weight: number,
  grades: number[],
  level: Level = "core",
  features?: string[],
): Course =>
  features === undefined
    ? { name, grades, level, weight }
    : { name, grades, level, weight, features };

export const SIZES: Record<Level, [number, number]> = {
  core: [20, 32],
  honors: [18, 28],
  ap: [14, 26],
  elective: [14, 30],
  ensemble: [36, 60],
  small: [8, 16],
};

export const DEPARTMENTS: Department[] = [
  {
    name: "English",
    share: 0.15,
    features: [],
    partTime: false,
    courses: [
      c("English 9", 5, [9]),
      c("English 10", 5, [10]),
      c("English 11", 5, [11]),
      c("English 12", 5, [12]),
      c("Honors English 9", 1, [9], "honors"),
      c("Honors English 10", 1, [10], "honors"),
      c("AP English Language", 1, [11], "ap"),
      c("AP English Literature", 1, [12], "ap"),
      c("Creative Writing", 0.5, UPPER, "elective"),
      c("Journalism", 0.3, UPPER, "elective"),
    ],
  },
  {
    name: "Math",
    share: 0.15,
    features: [],
    partTime: false,
    courses: [
      c("Algebra 1", 5, [9]),
      c("Geometry", 5, [9, 10]),
      c("Algebra 2", 4, [10, 11]),
      c("Precalculus", 2, [11, 12]),
      c("Statistics", 1, [11, 12]),
      c("Honors Geometry", 1, [9], "honors"),
      c("Honors Algebra 2", 1, [10], "honors"),
      c("AP Calculus AB", 1, [12], "ap"),
      c("AP Calculus BC", 0.5, [12], "ap"),
      c("AP Statistics", 0.7, [11, 12], "ap"),
    ],
  },
  {
    name: "Science",
    share: 0.13,
    features: ["science-lab"],
    partTime: false,
    courses: [
      c("Biology", 5, [9]),
      c("Chemistry", 4, [10]),
      c("Physics", 2, [11]),
      c("Earth & Space Science", 2, [9, 10]),
      c("Environmental Science", 1.5, [11, 12]),
      c("Anatomy & Physiology", 1, [12]),
      c("Honors Biology", 1, [9], "honors"),
      c("AP Biology", 0.7, [11, 12], "ap"),
      c("AP Chemistry", 0.6, [11], "ap"),
      c("AP Physics 1", 0.6, [11, 12], "ap"),
    ],
  },
  {
    name: "Social Studies",
    share: 0.12,
    features: [],
    partTime: false,
    courses: [
      c("World History", 5, [9]),
      c("US History", 4, [11]),
      c("Government", 3, [12]),
      c("Economics", 2, [12]),
      c("Geography", 1.5, [10]),
      c("Psychology", 1, [11, 12], "elective"),
      c("AP World History", 1, [10], "ap"),
      c("AP US History", 1, [11], "ap"),
      c("AP Government", 0.7, [12], "ap"),
      c("AP Psychology", 0.7, [11, 12], "ap"),
    ],
  },
  {
    name: "World Languages",
    share: 0.08,
    features: [],
    partTime: true,
    courses: [
      c("Spanish 1", 4, [9, 10]),
      c("Spanish 2", 3, [10, 11]),
      c("Spanish 3", 1.5, [11, 12], "elective"),
      c("AP Spanish Language", 0.5, [12], "ap"),
      c("French 1", 1.5, [9, 10]),
      c("French 2", 1, [10, 11]),
      c("French 3", 0.5, [11, 12], "elective"),
    ],
  },
  {
    name: "Physical Education",
    share: 0.07,
    features: ["gym"],
    partTime: false,
    courses: [
      c("PE 9", 5, [9]),
      c("Health", 3, [10], "core", []),
      c("Team Sports", 1.5, UPPER, "elective"),
      c("Weight Training", 1.5, UPPER, "elective"),
      c("Dance", 0.6, UPPER, "elective"),
      c("Lifetime Fitness", 0.6, [11, 12], "elective"),
    ],
  },
  {
    name: "Visual Arts",
    share: 0.04,
    features: ["art"],
    partTime: true,
    courses: [
      c("Art 1", 3, ALL, "elective"),
      c("Ceramics", 1.5, ALL, "elective"),
      c("Drawing & Painting", 1.5, ALL, "elective"),
      c("Photography", 1, ALL, "elective"),
      c("AP Art & Design", 0.5, [11, 12], "ap"),
    ],
  },
  {
    name: "Music",
    share: 0.03,
    features: ["music"],
    partTime: false,
    courses: [
      c("Concert Band", 1, ALL, "ensemble"),
      c("Concert Choir", 1, ALL, "ensemble"),
      c("Orchestra", 1, ALL, "ensemble"),
      c("Jazz Band", 0.5, ALL, "ensemble"),
      c("Chamber Singers", 0.5, ALL, "ensemble"),
      c("Guitar", 1, ALL, "elective"),
      c("Music Appreciation", 1, ALL, "elective"),
    ],
  },
  {
    name: "Computer Science & Business",
    share: 0.04,
    features: ["computer-lab"],
    partTime: true,
    courses: [
      c("Intro to Computer Science", 3, [9, 10], "elective"),
      c("AP Computer Science Principles", 1, [10, 11], "ap"),
      c("AP Computer Science A", 1, [11, 12], "ap"),
      c("Business Essentials", 2, UPPER, "elective"),
      c("Digital Media", 1.5, ALL, "elective"),
    ],
  },
  {
    name: "Engineering & Technology",
    share: 0.02,
    features: ["engineering-lab"],
    partTime: false,
    courses: [
      c("Engineering Design", 2, [9, 10], "elective"),
      c("Principles of Engineering", 1, [10, 11], "elective"),
      c("Robotics", 1.5, UPPER, "elective"),
    ],
  },
  {
    name: "Culinary Arts",
    share: 0.02,
    features: ["kitchen"],
    partTime: true,
    courses: [
      c("Culinary Arts 1", 2, UPPER, "elective"),
      c("Culinary Arts 2", 1, [11, 12], "elective"),
      c("Nutrition & Wellness", 1, ALL, "elective"),
    ],
  },
  {
    name: "English Language Development",
    share: 0.03,
    features: [],
    partTime: false,
    courses: [
      c("ELD 1", 1, ALL, "small"),
      c("ELD 2", 1, ALL, "small"),
      c("ELD 3", 1, ALL, "small"),
    ],
  },
  {
    name: "Special Education",
    share: 0.07,
    features: [],
    partTime: false,
    courses: [
      c("Study Skills", 1, ALL, "small"),
      c("Resource English", 1, ALL, "small"),
      c("Resource Math", 1, ALL, "small"),
    ],
  },
];

export const department = (name: string): Department => {
  const d = DEPARTMENTS.find((x) => x.name === name);
  if (d === undefined) throw new Error(`generator bug: unknown department ${name}`);
  return d;
};

/** Named rooms of departments whose rooms have names rather than numbers; `more` names the rest. */
export const ROOM_NAMES: Record<string, { names: string[]; more: string }> = {
  "Physical Education": {
    names: [
      "Main Gym",
      "Auxiliary Gym",
      "Weight Room",
      "Dance Studio",
      "Field House",
      "Wrestling Room",
    ],
    more: "Gym",
  },
  "Visual Arts": { names: ["Art 1", "Art 2", "Art 3", "Art 4"], more: "Art" },
  Music: { names: ["Band Room", "Choir Room", "Orchestra Room"], more: "Music Room" },
  "Computer Science & Business": {
    names: ["Computer Lab 1", "Computer Lab 2", "Computer Lab 3"],
    more: "Computer Lab",
  },
  "Engineering & Technology": {
    names: ["Engineering Lab 1", "Engineering Lab 2"],
    more: "Engineering Lab",
  },
  "Culinary Arts": {
    names: ["Culinary Kitchen 1", "Culinary Kitchen 2"],
    more: "Culinary Kitchen",
  },
  "Special Education": {
    names: ["Resource Room 1", "Resource Room 2", "Resource Room 3"],
    more: "Resource Room",
  },
};

/** Wing prefixes of numbered classrooms. */
export const WINGS: Record<string, string> = {
  English: "1",
  Math: "2",
  Science: "3",
  "Social Studies": "4",
  "World Languages": "5",
  "English Language Development": "6",
};
