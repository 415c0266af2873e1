// The exploratory subjects of a middle school: who teaches them (departments, how many periods a
// day the generator gives one teacher, part-time chance), where (their own room, or a shared pool)
// and which planning team each family of subjects forms when the staff is large.

export type PoolName =
  "pe" | "spanish" | "french" | "art" | "band" | "orchestra" | "chorus" | "tech" | "facs" | "cs";

export type Pool = {
  departments: string[];
  family: string;
  /** Most periods a day the generator gives one teacher. */
  cap: number;
  minFreePerDay: number;
  partTime: number;
  home: { name: string; features: string[] } | null;
  /** Elective course name and section id prefix. */
  course?: string;
  prefix?: string;
};

export const POOLS: Record<PoolName, Pool> = {
  pe: {
    departments: ["Physical Education", "Health"],
    family: "pe",
    cap: 5,
    minFreePerDay: 1,
    partTime: 0,
    home: null,
  },
  spanish: {
    departments: ["World Languages"],
    family: "wl",
    cap: 4,
    minFreePerDay: 2,
    partTime: 0.4,
    home: null,
  },
  french: {
    departments: ["World Languages"],
    family: "wl",
    cap: 4,
    minFreePerDay: 2,
    partTime: 0.4,
    home: null,
  },
  art: {
    departments: ["Art"],
    family: "arts",
    cap: 4,
    minFreePerDay: 2,
    partTime: 0,
    home: { name: "Art Room", features: ["art"] },
    course: "Art",
    prefix: "art",
  },
  band: {
    departments: ["Band"],
    family: "arts",
    cap: 4,
    minFreePerDay: 2,
    partTime: 0,
    home: { name: "Band Room", features: ["music"] },
    course: "Band",
    prefix: "band",
  },
  orchestra: {
    departments: ["Orchestra"],
    family: "arts",
    cap: 4,
    minFreePerDay: 2,
    partTime: 0,
    home: { name: "Orchestra Room", features: ["music"] },
    course: "Orchestra",
    prefix: "orch",
  },
  chorus: {
    departments: ["Chorus"],
    family: "arts",
    cap: 4,
    minFreePerDay: 2,
    partTime: 0,
    home: { name: "Chorus Room", features: ["music"] },
    course: "Chorus",
    prefix: "chor",
  },
  tech: {
    departments: ["Technology"],
    family: "cte",
    cap: 4,
    minFreePerDay: 2,
    partTime: 0,
    home: { name: "Tech Lab", features: ["computer-lab"] },
    course: "Technology",
    prefix: "tech",
  },
  facs: {
    departments: ["Family & Consumer Science"],
    family: "cte",
    cap: 4,
    minFreePerDay: 2,
    partTime: 0,
    home: { name: "FACS Room", features: ["kitchen"] },
    course: "Family & Consumer Science",
    prefix: "famic",
  },
  cs: {
    departments: ["Computer Science"],
    family: "cte",
    cap: 4,
    minFreePerDay: 2,
    partTime: 0,
    home: { name: "Computer Lab", features: ["computer-lab"] },
    course: "Computer Science",
    prefix: "comps",
  },
};

export const ELECTIVES: [PoolName, number][] = [
  ["art", 3],
  ["band", 2],
  ["orchestra", 1.5],
  ["chorus", 1.5],
  ["tech", 1.5],
  ["facs", 1.5],
  ["cs", 1],
];

export const FAMILIES: Record<string, { id: string; name: string }> = {
  arts: { id: "team-fine-arts", name: "Fine Arts Team" },
  pe: { id: "team-pe-health", name: "Physical Education & Health Team" },
  wl: { id: "team-world-languages", name: "World Languages Team" },
  cte: { id: "team-cte", name: "Career & Technology Team" },
};

export const GYMS = [
  "Main Gym",
  "Auxiliary Gym",
  "Fitness Center",
  "Multipurpose Room",
  "Dance Studio",
  "Wrestling Room",
];
