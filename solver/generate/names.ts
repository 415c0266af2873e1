// Believable, varied names for teachers, schools and teams, and the id scheme the shared examples
// use for teachers: "t-lastname", then "t-lastname-firstname" when the last name is taken.
import type { Rng } from "../rng.ts";

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w.length > 0);

const FIRST_NAMES = words(`
  Aaliyah Adam Aisha Alejandro Amara Ana Andre Anika Ben Bianca Brandon Bryce Camila Carla
  Carlos Chloe Daniel David Deja Diego Dmitri Elena Elijah Emily Esther Farah Fatima Felix
  Francesca Frank Gabriel Grace Gustavo Gwen Hannah Hassan Hector Hiro Ines Isabel Jamal
  James Jasmine Javier Jordan Joy Julia Kai Keisha Kenji Kevin Lamar Lauren Leila Luis
  Lydia Malik Marcus Maria Mateo Mei Miguel Mina Nadia Naomi Nathan Nia Nikhil Noah Olivia
  Omar Parker Patrice Paula Pedro Priya Quinn Rachel Ramon Rashid Rosa Ryan Samuel
  Santiago Sarah Shirin Sofia Sunil Tanya Thomas Tyler Umar Valeria Vanessa Victor Wendy
  Ximena Yara Yusuf Zoe Abigail Caleb Dana Eli Fiona George Helen Ivan Jin Kira Leo Maya
  Nora Oscar Penny Rafael Sana Tomas Uma Wes
`);

const LAST_NAMES = words(`
  Achebe Adams Alexander Allen Alvarez Barnes Bell Brennan Brooks Brown Bryant Castillo
  Carter Chavez Chen Clark Cole Coleman Collins Cox Cruz Diaz Dubois Duarte Edwards Ellis
  Evans Ferreira Flores Ford Foster Garcia Gibson Gomez Gonzalez Gray Green Griffin
  Gutierrez Haddad Hamilton Harris Harrison Hayes Henderson Hernandez Hill Horvat Howard
  Hughes Ivanova Jackson James Jenkins Jimenez Johnson Jones Kennedy Kim King Kowalski Lee
  Lewis Lindqvist Long Lopez Marshall Martin McDonald Medina Mendoza Mensah Mitchell Moore
  Moreno Morgan Morris Murphy Myers Nakamura Nelson Nguyen Novak Okafor Ortega Ortiz Osei
  Owens Parker Patel Patterson Perez Perry Peterson Petrov Phillips Powell Price Ramirez
  Reed Reyes Reynolds Rivera Roberts Robinson Romero Ross Russell Sanchez Santos Scott
  Shah Singh Stevens Stewart Sullivan Taylor Thomas Thompson Torres Tran Turner Vargas
  Wallace Ward Washington West Williams Wilson Wood Woods Wright Young Abbott Baker
  Banerjee Bauer Becker Bishop Campbell Dawson Delgado Fischer Fitzgerald Fontaine Hoang
  Ibrahim Jensen Kaur Larsen Lozano Mahmoud Molina Nash Navarro Ochoa Park Quinn Rahman
  Rossi Schmidt Silva Soto Suzuki Tanaka Vasquez Vega Walsh Yamamoto Zhang Zimmerman
`);

const PLACES = `
  Lincoln|Jefferson|Roosevelt|Maple Grove|Cedar Ridge|Riverside|Highland|Pine|Frederick|
  Ridge|Oak Hill|Lakeview|Brookside|Westfield|Fairview|Hillcrest|Northgate|Willow Creek|
  Sunset Valley|Eastwood|Kennedy|Franklin|Washington|Madison|Harmon|Stonebridge|
  Meadowbrook|Silver Lake|Clearwater|Aspen|Birchwood|Canyon View|Elm Street|Garfield|
  Hawthorne|Juniper
`
  .split("|")
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

const TEAM_NICKNAMES = words(`
  Odyssey Navigators Phoenix Mavericks Explorers Horizon Voyagers Trailblazers Pioneers
  Summit Legends Titans Quest Discovery Innovators Dragons Falcons Comets Mustangs Eagles
  Orbit Voyage Compass Atlas Aurora Catalyst Everest Genesis Infinity Momentum Nova
  Velocity
`);

export type Person = { id: string; name: string; first: string; last: string };

export const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** Hands out distinct people with distinct ids. */
export type Namer = { next(): Person };

export function createNamer(rng: Rng): Namer {
  const ids = new Set<string>();
  const names = new Set<string>();
  return {
    next(): Person {
      for (;;) {
        const first = rng.pick(FIRST_NAMES);
        const last = rng.pick(LAST_NAMES);
        const name = `${first} ${last}`;
        if (names.has(name)) continue;
        let id = `t-${slug(last)}`;
        if (ids.has(id)) id = `t-${slug(last)}-${slug(first)}`;
        if (ids.has(id)) continue;
        ids.add(id);
        names.add(name);
        return { id, name, first, last };
      }
    },
  };
}

export const schoolName = (rng: Rng, kind: "Elementary" | "Middle" | "High"): string =>
  `${rng.pick(PLACES)} ${kind} School`;

/** Distinct team nicknames, reused with a number only once all are taken. */
export function teamNicknames(rng: Rng, count: number): string[] {
  const pool = rng.shuffle([...TEAM_NICKNAMES]);
  return Array.from({ length: count }, (_, i) =>
    i < pool.length ? pool[i]! : `${pool[i % pool.length]!} ${Math.floor(i / pool.length) + 1}`,
  );
}

/** Course abbreviations as the shared examples build them: "AP Calculus AB" -> "apcalcab". */
export const courseCode = (course: string): string =>
  course
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.slice(0, 4))
    .join("");
