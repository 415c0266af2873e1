// Teams (members, lead, planning requirement) and the lunch window.
import {
  MAX_COUNT,
  readBool,
  readEnum,
  readInt,
  readObject,
  readString,
  readStrings,
  report,
  reportRepeats,
  type Where,
} from "./fields.ts";
import {
  checkRef,
  forEachItem,
  indexIds,
  nestedWhere,
  quote,
  type Known,
} from "./school-context.ts";

const KINDS = ["grade", "subject", "department", "other"] as const;

export function checkTeams(known: Known, list: readonly unknown[]): void {
  const { errors } = known;
  indexIds(errors, list, "teams");
  forEachItem(errors, list, "teams", (team, where) => {
    readString(errors, team, where, "name");
    readEnum(errors, team, where, "kind", KINDS);
    const members = readStrings(errors, team, where, "members", { required: true, nonEmpty: true });
    if (Array.isArray(team.members) && team.members.length === 0) {
      report(errors, where, "members", "must name at least one teacher");
    }
    for (const m of members ?? []) checkRef(known, known.teachers, m, where, "member");
    if (members) reportRepeats(errors, where, "members", members, "teacher");

    const lead = readString(errors, team, where, "lead", { nonEmpty: true });
    if (typeof lead === "string" && members && !members.some((m) => m.value === lead)) {
      const exists = known.teachers === null || known.teachers.has(lead);
      report(
        errors,
        where,
        "lead",
        exists
          ? `${quote(lead)} is not one of the team's members; add them to members or choose a member as lead`
          : `${quote(lead)} does not exist (and the lead must be one of the members)`,
      );
    }

    const planning = readObject(errors, team, where, "planning");
    if (planning) checkPlanning(known, planning, nestedWhere(where, "planning"));
  });
}

function checkPlanning(known: Known, planning: Record<string, unknown>, where: Where): void {
  const { errors } = known;
  const { dayCount, periodCount } = known;
  const slots = dayCount && periodCount ? dayCount * periodCount : MAX_COUNT;
  const perCycle = readInt(errors, planning, where, "perCycle", 0, slots, {
    required: true,
    maxWhy: slots === MAX_COUNT ? "" : "the slots in the cycle",
  });
  const maxPerDay = readInt(errors, planning, where, "maxPerDay", 1, periodCount || MAX_COUNT, {
    maxWhy: periodCount ? "the periods in a day" : "",
  });
  const samePeriod = readBool(errors, planning, where, "samePeriod");
  const periods = readStrings(errors, planning, where, "periods", { nonEmpty: true });
  let allowed = periodCount;
  if (periods) {
    reportRepeats(errors, where, "periods", periods, "period");
    const valid = new Set<string>();
    for (const p of periods)
      if (checkRef(known, known.periods, p, where, "period")) valid.add(p.value);
    allowed = valid.size;
  }
  // The team's own rules bound how many distinct slots it can ever get.
  if (typeof perCycle !== "number" || maxPerDay === undefined || samePeriod === undefined) return;
  if (allowed === null || dayCount === null || known.periods === null) return;
  const perDay = Math.min(maxPerDay ?? 1, allowed, samePeriod ? 1 : Infinity);
  const most = perDay * dayCount;
  if (perCycle > most) {
    const rules = [
      `maxPerDay ${maxPerDay ?? "1 (the default)"}`,
      `${allowed} allowed period${allowed === 1 ? "" : "s"}`,
      ...(samePeriod ? ["samePeriod"] : []),
    ].join(", ");
    report(
      errors,
      where,
      "perCycle",
      `is ${perCycle} but the team's own rules allow at most ${most} slots (${perDay} a day over ${dayCount} days: ${rules}); lower perCycle or loosen the rules`,
    );
  }
}

export function checkLunch(known: Known, school: Record<string, unknown>): void {
  const { errors } = known;
  const lunch = readObject(errors, school, { path: "", label: "school" }, "lunch");
  if (!lunch) return;
  const where: Where = { path: "lunch", label: "lunch" };
  const periods = readStrings(errors, lunch, where, "periods", { required: true, nonEmpty: true });
  if (!periods) return;
  if (Array.isArray(lunch.periods) && lunch.periods.length === 0) {
    report(
      errors,
      where,
      "periods",
      "must name at least one period (leave lunch out for no lunch window)",
    );
  }
  reportRepeats(errors, where, "periods", periods, "period");
  for (const p of periods) checkRef(known, known.periods, p, where, "period");
}
