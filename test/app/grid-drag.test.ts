// Where a drag may go, what a drop means, what is said about it, and what a drop does.
import { describe, expect, it } from "vitest";
import type { MoveVerdict } from "../../solver/moves/index.ts";
import type { Column } from "../../src/features/grid/cells.ts";
import {
  acceptsRow,
  DragVerdicts,
  moveFor,
  type DragSource,
} from "../../src/features/grid/drag.ts";
import { dropOutcome } from "../../src/features/grid/drop.ts";
import { announceOver, announcePickUp, verdictText } from "../../src/features/grid/text.ts";
import { gridSetup } from "./grid-fixtures.ts";

const col = (day: number | null, period: number): Column => ({ key: "k", day, period });

describe("where a drag may be dropped", () => {
  const { model, occ, teacher, group, section, meeting } = gridSetup();
  const m1: DragSource = { kind: "meeting", id: meeting("m1", "Mon"), section: section("m1") };
  const a1: DragSource = { kind: "meeting", id: meeting("a1", "Mon"), section: section("a1") };
  const plan: DragSource = { kind: "planning", id: 0, team: 0 };

  it("takes a meeting in its own teachers' and groups' rows and in any room", () => {
    expect(acceptsRow(model, m1, { kind: "teacher", index: teacher("ada") })).toBe(true);
    expect(acceptsRow(model, m1, { kind: "teacher", index: teacher("bo") })).toBe(false);
    expect(acceptsRow(model, m1, { kind: "group", index: group("hr1") })).toBe(true);
    expect(acceptsRow(model, m1, { kind: "group", index: group("hr2") })).toBe(false);
    expect(acceptsRow(model, m1, { kind: "room", index: 2 })).toBe(true);
    expect(acceptsRow(model, m1, { kind: "team", index: 0 })).toBe(false);
  });

  it("takes a grade's section in the grade's row and each homeroom's below it", () => {
    expect(acceptsRow(model, a1, { kind: "group", index: group("g6") })).toBe(true);
    expect(acceptsRow(model, a1, { kind: "group", index: group("hr2") })).toBe(true);
    expect(acceptsRow(model, a1, { kind: "group", index: group("hr3") })).toBe(false);
  });

  it("takes a planning block in its team's row and its members' rows", () => {
    expect(acceptsRow(model, plan, { kind: "team", index: 0 })).toBe(true);
    expect(acceptsRow(model, plan, { kind: "teacher", index: teacher("bo") })).toBe(true);
    expect(acceptsRow(model, plan, { kind: "teacher", index: teacher("cy") })).toBe(false);
  });

  it("changes the room only in the room view", () => {
    const ada = { kind: "teacher" as const, index: teacher("ada") };
    expect(moveFor(m1, { owner: ada, column: col(1, 2) })).toEqual({
      kind: "meeting",
      meeting: m1.id,
      day: 1,
      period: 2,
      room: null,
    });
    expect(moveFor(m1, { owner: { kind: "room", index: 2 }, column: col(null, 2) })).toMatchObject({
      day: null,
      room: 2,
    });
    expect(moveFor(plan, { owner: ada, column: col(0, 1) })).toEqual({
      kind: "planning",
      planning: 0,
      day: 0,
      period: 1,
    });
  });

  it("checks each target once, shared by rows that mean the same move", () => {
    const verdicts = new DragVerdicts(occ, plan);
    const ada = { kind: "teacher" as const, index: teacher("ada") };
    const bo = { kind: "teacher" as const, index: teacher("bo") };
    expect(verdicts.peek({ owner: ada, column: col(0, 1) })).toBeUndefined();
    const first = verdicts.get({ owner: ada, column: col(0, 1) });
    expect(verdicts.peek({ owner: bo, column: col(0, 1) })).toBe(first);
    expect(
      verdicts.get({ owner: { kind: "teacher", index: teacher("cy") }, column: col(0, 1) }),
    ).toBeNull();
    expect(verdicts.size).toBe(1);
  });
});

describe("what is said and done", () => {
  const { occ, teacher, section, meeting } = gridSetup();
  const m1: DragSource = { kind: "meeting", id: meeting("m1", "Mon"), section: section("m1") };
  const m2: DragSource = { kind: "meeting", id: meeting("m2", "Mon"), section: section("m2") };
  const ada = { kind: "teacher" as const, index: teacher("ada") };
  const dee = { kind: "teacher" as const, index: teacher("dee") };
  // Dee's m2 fits in period 1 (room r2 is free there); Ada's m1 clashes with her Math 7 at 3.
  const free = new DragVerdicts(occ, m2).get({ owner: dee, column: col(0, 0) })!;
  const verdicts = new DragVerdicts(occ, m1);
  const busy = verdicts.get({ owner: ada, column: col(0, 2) })!;
  const here = verdicts.get({ owner: ada, column: col(0, 0) })!;

  it("announces what is picked up, with where it meets now", () => {
    expect(announcePickUp(occ, m1)).toBe(
      "Picked up Math 6, section m1, at Mon, Tue period 1. All its meetings move together. " +
        "Use the arrow keys to move, Space to drop, Escape to cancel.",
    );
  });

  it("announces what a drop there would do", () => {
    expect(announceOver(occ, { owner: dee, column: col(0, 0) }, free)).toBe(
      "Over Mon period 1, Dee. Allowed.",
    );
    expect(announceOver(occ, { owner: ada, column: col(0, 2) }, busy)).toMatch(
      /^Over Mon period 3, Ada\. Not allowed\. Teacher busy: Ada \(ada\) teaches m1 and c7 at Mon period 3\./,
    );
    expect(announceOver(occ, { owner: dee, column: col(0, 0) }, null)).toBe(
      "Over Mon period 1, Dee: not a place for it (another row).",
    );
    expect(verdictText(occ, here)).toBe("It is already here.");
  });

  it("saves a legal drop, refuses an illegal one, or keeps it when asked to", () => {
    expect(dropOutcome(free, "Move m2 to Mon period 1", false)).toEqual({
      kind: "save",
      label: "Move m2 to Mon period 1",
      text: "Move m2 to Mon period 1: done.",
      breaks: 0,
    });
    const refused = dropOutcome(busy, "Move m1 to Mon period 3", false);
    expect(refused.kind).toBe("refuse");
    expect(refused.text).toMatch(/^Not moved\. Teacher busy: Ada \(ada\) teaches m1 and c7/);
    const kept = dropOutcome(busy, "Move m1 to Mon period 3", true);
    expect(kept).toMatchObject({ kind: "save", breaks: busy.reasons.length });
    expect(kept.kind === "save" && kept.label).toBe(
      `Move m1 to Mon period 3 (breaks ${busy.reasons.length} rules)`,
    );
    expect(dropOutcome(here, "x", true).kind).toBe("none");
    expect(dropOutcome(null as MoveVerdict | null, "x", true).kind).toBe("none");
  });
});
