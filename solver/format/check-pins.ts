// Pinned meetings: a person placed them by hand and the solver must keep them exactly, so a pin
// that breaks its own section's rules can never be kept and is reported as a contradiction.
import { describe } from "./errors.ts";
import { isRecord, readArray, readString, report, type Where } from "./fields.ts";
import { checkRoomFits, roomExists, type SectionFacts } from "./section-facts.ts";
import { nestedWhere, quote, readEntry, type Known } from "./school-context.ts";

export function checkPins(
  known: Known,
  s: Record<string, unknown>,
  where: Where,
  facts: SectionFacts,
): void {
  const { errors } = known;
  const pins = readArray(errors, s, where, "pinned");
  if (!pins) return;
  const periodIds: string[] = [];
  for (const [id, p] of known.periods ?? []) periodIds[p] = id;
  const dayOwner = new Map<number, number>();
  let firstPeriod: { period: number; pin: number } | null = null;

  pins.forEach((pin, i) => {
    const at = nestedWhere(where, `pinned[${i}]`);
    if (!isRecord(pin)) {
      errors.add(
        at.path,
        `${at.label} must be an object {"day", "period", "room"} (got ${describe(pin)})`,
      );
      return;
    }
    const day = readEntry(known, pin, at, "day", known.days);
    const period = readEntry(known, pin, at, "period", known.periods);
    const room = readString(errors, pin, at, "room", { nonEmpty: true });

    if (day !== undefined) {
      if (facts.allowedDays && !facts.allowedDays.has(day)) {
        report(errors, at, "day", `${quote(String(pin.day))} is not in the section's allowedDays`);
      }
      const other = dayOwner.get(day);
      if (other !== undefined) {
        report(
          errors,
          at,
          "day",
          `${quote(String(pin.day))} already has pinned[${other}]; a section meets at most once a day`,
        );
      } else {
        dayOwner.set(day, i);
      }
    }
    if (period !== undefined) {
      checkPinPeriod(known, at, period, periodIds, facts);
      if (firstPeriod === null) firstPeriod = { period, pin: i };
      else if (facts.samePeriod === true && period !== firstPeriod.period) {
        report(
          errors,
          at,
          "period",
          `${quote(String(pin.period))} differs from pinned[${firstPeriod.pin}]'s period ${quote(periodIds[firstPeriod.period] ?? "")}, but samePeriod (true by default) puts every meeting at one period`,
        );
      }
    }
    if (typeof room === "string" && roomExists(known, at, "room", room)) {
      if (facts.room !== null && room !== facts.room) {
        report(
          errors,
          at,
          "room",
          `${quote(room)} differs from the section's fixed room ${quote(facts.room)}`,
        );
      } else if (facts.room === null) {
        checkRoomFits(errors, known, at, "room", room, facts);
      }
    }
  });

  if (facts.meetings !== null && pins.length > facts.meetings) {
    report(
      errors,
      where,
      "pinned",
      `holds ${pins.length} meetings but the section meets only ${facts.meetings} time${facts.meetings === 1 ? "" : "s"} per cycle; remove pins or raise meetings`,
    );
  }
}

/** The pinned meeting must fit in the day and cover only allowed periods. */
function checkPinPeriod(
  known: Known,
  at: Where,
  period: number,
  periodIds: readonly string[],
  facts: SectionFacts,
): void {
  const { length } = facts;
  if (length === null || !known.periodCount) return;
  const id = quote(periodIds[period] ?? "");
  if (period + length > known.periodCount) {
    report(
      known.errors,
      at,
      "period",
      `${id} starts a meeting of length ${length} that would run past the last period of the day`,
    );
    return;
  }
  if (!facts.allowedPeriods) return;
  for (let q = period; q < period + length; q++) {
    if (!facts.allowedPeriods.has(q)) {
      const covers =
        q === period ? "" : `: the meeting also covers period ${quote(periodIds[q] ?? "")}, which`;
      report(known.errors, at, "period", `${id}${covers} is not in the section's allowedPeriods`);
      return;
    }
  }
}
