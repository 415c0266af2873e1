// Where the planning view is: the dashboard, one team, one teacher, or every team's page for
// printing. Kept in the address's hash (#/planning/team/team-6a) so that links are real links,
// the back button works and a page can be bookmarked.
import { useSyncExternalStore } from "react";

export type PlanningRoute =
  | { page: "dashboard" }
  | { page: "team"; id: string }
  | { page: "teacher"; id: string }
  | { page: "all-teams" };

const PREFIX = "#/planning";

export function parseRoute(hash: string): PlanningRoute {
  if (!hash.startsWith(PREFIX)) return { page: "dashboard" };
  const [kind, id, ...rest] = hash
    .slice(PREFIX.length)
    .split("/")
    .filter((s) => s !== "");
  if (kind === "teams" && id === undefined) return { page: "all-teams" };
  if (id === undefined || rest.length > 0) return { page: "dashboard" };
  let decoded: string;
  try {
    decoded = decodeURIComponent(id);
  } catch {
    return { page: "dashboard" };
  }
  if (kind === "team") return { page: "team", id: decoded };
  if (kind === "teacher") return { page: "teacher", id: decoded };
  return { page: "dashboard" };
}

export function routeHref(route: PlanningRoute): string {
  switch (route.page) {
    case "dashboard":
      return PREFIX;
    case "all-teams":
      return `${PREFIX}/teams`;
    case "team":
    case "teacher":
      return `${PREFIX}/${route.page}/${encodeURIComponent(route.id)}`;
  }
}

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};

export function usePlanningRoute(): PlanningRoute {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
