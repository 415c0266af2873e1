import { describe, expect, it } from "vitest";
import { filterGroups } from "../../src/features/grid/filters.ts";
import {
  gridHref,
  parseGridRoute,
  routeSettings,
  tabOfHash,
} from "../../src/features/grid/grid-route.ts";
import { buildRows } from "../../src/features/grid/rows.ts";
import { routeHref } from "../../src/features/reports/planning-route.ts";
import { gridSetup } from "./grid-fixtures.ts";

describe("tabOfHash", () => {
  it("gives the tab of grid and planning addresses", () => {
    expect(tabOfHash("#/grid/team/core")).toBe("grid");
    expect(tabOfHash("#/grid")).toBe("grid");
    expect(tabOfHash(routeHref({ page: "teacher", id: "ada" }))).toBe("planning");
    expect(tabOfHash(routeHref({ page: "dashboard" }))).toBe("planning");
  });

  it("names no tab for other addresses, or a prefix that only looks alike", () => {
    expect(tabOfHash("")).toBeNull();
    expect(tabOfHash("#top")).toBeNull();
    expect(tabOfHash("#/gridlock")).toBeNull();
    expect(tabOfHash("#/planningx/team/a")).toBeNull();
  });
});

describe("parseGridRoute", () => {
  it("reads back what gridHref writes, ids with slashes and spaces included", () => {
    for (const route of [
      { kind: "team", id: "core" },
      { kind: "teacher", id: "Ms. Lee/2 b" },
    ] as const) {
      expect(parseGridRoute(gridHref(route))).toEqual(route);
    }
    expect(gridHref({ kind: "team", id: "a/b" })).toBe("#/grid/team/a%2Fb");
  });

  it("refuses other kinds, missing or extra parts, bad escapes and other tabs", () => {
    for (const hash of [
      "#/grid",
      "#/grid/team",
      "#/grid/room/r1",
      "#/grid/team/a/b",
      "#/grid/teacher/%E0%A4%A",
      "#/planning/team/core",
      "",
    ]) {
      expect(parseGridRoute(hash), hash).toBeNull();
    }
  });
});

describe("routeSettings", () => {
  it("opens the team view showing only that team's row", () => {
    const { model, occ } = gridSetup();
    const routed = routeSettings(model, { kind: "team", id: "core" })!;
    expect(routed.view).toBe("teams");
    const shown = filterGroups(buildRows(model, occ, routed.view, "department"), routed.filter);
    expect(shown.flatMap((g) => g.rows.map((r) => r.label))).toEqual(["6 Core"]);
  });

  it("opens the teacher view searched to that teacher alone", () => {
    const { model, occ } = gridSetup();
    const routed = routeSettings(model, { kind: "teacher", id: "bo" })!;
    expect(routed).toMatchObject({ view: "teachers", filter: { search: "Bo", team: null } });
    const shown = filterGroups(buildRows(model, occ, routed.view, "department"), routed.filter);
    expect(shown.flatMap((g) => g.rows.map((r) => r.owner))).toEqual([
      { kind: "teacher", index: model.teacherIndex.get("bo") },
    ]);
  });

  it("is null for a team or teacher the school does not have", () => {
    const { model } = gridSetup();
    expect(routeSettings(model, { kind: "team", id: "nope" })).toBeNull();
    expect(routeSettings(model, { kind: "teacher", id: "core" })).toBeNull();
  });
});
