// Links into the grid from elsewhere: #/grid/team/ID opens the team view filtered to that team,
// #/grid/teacher/ID the teacher view searched for that teacher. The hash only says how to open
// the grid; the grid's own controls take over from there. Also which tab a hash belongs to, so
// that the app can follow a link to the grid or to a planning page from any tab.
import { useSyncExternalStore } from "react";
import type { Model } from "../../../solver/index.ts";
import { NO_FILTER, type GridFilter } from "./filters.ts";
import type { ViewKind } from "./rows.ts";

export type GridRoute = { kind: "team" | "teacher"; id: string };

const GRID = "#/grid";
const PLANNING = "#/planning";

const under = (hash: string, prefix: string): boolean =>
  hash === prefix || hash.startsWith(`${prefix}/`);

/** The tab a hash route belongs to, or null for an address that names no tab. */
export function tabOfHash(hash: string): "grid" | "planning" | null {
  if (under(hash, GRID)) return "grid";
  if (under(hash, PLANNING)) return "planning";
  return null;
}

export function parseGridRoute(hash: string): GridRoute | null {
  if (!under(hash, GRID)) return null;
  const parts = hash.slice(GRID.length).split("/").filter(Boolean);
  const [kind, id] = parts;
  if (parts.length !== 2 || id === undefined || (kind !== "team" && kind !== "teacher")) {
    return null;
  }
  try {
    return { kind, id: decodeURIComponent(id) };
  } catch {
    return null;
  }
}

export const gridHref = (route: GridRoute): string =>
  `${GRID}/${route.kind}/${encodeURIComponent(route.id)}`;

/**
 * How the grid opens for a route: the team view filtered to the team, or the teacher view
 * searched by the teacher's name (the search box shows it, so the person sees why and can clear
 * it). Null when the school has no such team or teacher.
 */
export function routeSettings(
  model: Model,
  route: GridRoute,
): { view: ViewKind; filter: GridFilter } | null {
  if (route.kind === "team") {
    const team = model.teams.find((t) => t.id === route.id);
    return team ? { view: "teams", filter: { ...NO_FILTER, team: team.index } } : null;
  }
  const teacher = model.teachers.find((t) => t.id === route.id);
  return teacher ? { view: "teachers", filter: { ...NO_FILTER, search: teacher.name } } : null;
}

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};

/** The address's hash, followed as it changes. */
export const useHash = (): string => useSyncExternalStore(subscribe, () => window.location.hash);
