// Rows of teachers and teams files: found by ID or name, new ones given ids in the setup's style,
// only the cells that hold a value change an existing item (an empty cell never erases).
import type { CellResult } from "./cells.ts";
import { readCount, readFlag, readPeriods, readSlots } from "./cells.ts";
import {
  findTarget,
  listOf,
  readRef,
  readRefs,
  take,
  textOf,
  rename,
  type Draft,
  type RowInput,
} from "./row-input.ts";
import type { Item, Workbench } from "./workbench.ts";

const count =
  (min = 0) =>
  (text: string): CellResult<number> =>
    readCount(text, min);

export function buildTeacher(input: RowInput, bench: Workbench): Draft | null {
  const first = input.value("firstName");
  const last = input.value("lastName");
  const name = input.value("name") || [first, last].filter(Boolean).join(" ");
  const nameField = input.mapped("name") ? "name" : input.mapped("lastName") ? "lastName" : null;
  if (name === "" && input.value("id") === "") {
    input.fail(nameField, "the name is empty", "Type the teacher's name, or skip the row.");
    return null;
  }
  const before = findTarget(input, bench, "teachers", name, nameField ?? "name");
  if (before === undefined) return null;
  if (before === null && name === "") {
    input.fail(nameField, "a new teacher needs a name", "Type the teacher's name.");
    return null;
  }
  const id = before?.id ?? (input.value("id") || bench.newId("teachers", name));
  if (!input.claim("teachers", id, input.value("id") !== "" ? "id" : nameField)) return null;
  const next: Item = before ? { ...before } : { id, name };
  rename(next, before, name, true);
  take(input, next, "departments", listOf);
  take(input, next, "email", textOf);
  for (const key of [
    "maxTeachingPerDay",
    "minFreePerDay",
    "minFreePerCycle",
    "maxPlanningPerCycle",
  ])
    take(input, next, key, count());
  take(input, next, "unavailable", (t) => bench.readCalendar("slots", t, readSlots));
  return { before, next };
}

const KINDS = ["grade", "subject", "department", "other"];

const readKind = (text: string): CellResult<string> => {
  const t = text.trim().toLowerCase();
  return KINDS.includes(t)
    ? { ok: true, value: t }
    : { ok: false, message: `'${text}' is not a kind of team`, fix: `Write ${KINDS.join(", ")}.` };
};

const PLANNING = ["perCycle", "maxPerDay", "planningPeriods", "planningSamePeriod"];

export function buildTeam(input: RowInput, bench: Workbench): Draft | null {
  const name = input.value("name");
  if (name === "" && input.value("id") === "") {
    input.fail("name", "the team's name is empty", "Type the team's name, or skip the row.");
    return null;
  }
  const before = findTarget(input, bench, "teams", name, "name");
  if (before === undefined) return null;
  const id = before?.id ?? (input.value("id") || bench.newId("teams", name));
  if (!input.claim("teams", id, input.value("id") !== "" ? "id" : "name")) return null;
  const next: Item = before ? { ...before } : { id, members: [] };
  rename(next, before, name);
  take(input, next, "kind", readKind);
  if (input.value("members") !== "") {
    const members = readRefs(input, bench, "members", "teachers");
    if (members) next.members = members;
  } else if (!before) {
    input.fail(
      "members",
      "a new team needs members",
      "List the team's teachers, separated by semicolons.",
    );
  }
  if (input.value("lead") !== "") {
    const lead = readRef(input, bench, "lead", "teachers");
    const members = next.members as string[];
    if (lead !== null && !members.includes(lead)) {
      input.fail(
        "lead",
        `${bench.label("teachers", lead)} leads the team but is not one of its members`,
        "Add the lead to Members, or choose a member as lead.",
      );
    } else if (lead !== null) next.lead = lead;
  }
  if (PLANNING.some((key) => input.value(key) !== "")) {
    const planning: Item = { ...((before?.planning as Item | null | undefined) ?? {}) } as Item;
    take(input, planning, "perCycle", count());
    take(input, planning, "maxPerDay", count(1));
    take(
      input,
      planning,
      "planningPeriods",
      (t) => bench.readCalendar("periods", t, readPeriods),
      "periods",
    );
    take(input, planning, "planningSamePeriod", readFlag, "samePeriod");
    if (planning.perCycle === undefined) {
      input.fail(
        "perCycle",
        "the team has planning settings but no number of planning slots per cycle",
        "Write how many planning slots the team needs each cycle.",
      );
    } else next.planning = planning;
  }
  return { before, next };
}
