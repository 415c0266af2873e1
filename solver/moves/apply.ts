// A checked move written into the schedule file: the moved placements and planning entries get
// their new day, period and room, and the lunches the move re-picked change with them. Every other
// entry (unknown fields included) is kept as it was, so the history step is exactly the move.
import type { LunchEntry, Schedule } from "../model/format.ts";
import type { Model } from "../model/model.ts";
import type { LunchTaken } from "../validate/occupancy.ts";
import type { LunchEdit, MovePlan } from "./types.ts";

function lunchEntry(model: Model, l: LunchTaken): LunchEntry {
  const day = model.dayIds[l.day]!;
  const period = model.periodIds[l.period]!;
  return l.teacher >= 0
    ? { teacher: model.teachers[l.teacher]!.id, day, period }
    : { group: model.groups[l.group]!.id, day, period };
}

/**
 * The schedule after the move. Ids in the plan are those of an index built from this very
 * schedule (placement, planning and lunch indices).
 */
export function applyMoveToSchedule(
  model: Model,
  schedule: Schedule,
  plan: MovePlan,
  lunches: readonly LunchEdit[],
): Schedule {
  const placements = [...schedule.placements];
  for (const { id, to } of plan.meetings) {
    const old = placements[id]!;
    const next = { ...old, day: model.dayIds[to.day]!, period: model.periodIds[to.period]! };
    if (model.hasRooms && to.room >= 0) next.room = model.rooms[to.room]!.id;
    placements[id] = next;
  }
  const planning = [...schedule.planning];
  for (const { id, to } of plan.plannings) {
    planning[id] = {
      ...planning[id]!,
      day: model.dayIds[to.day]!,
      period: model.periodIds[to.period]!,
    };
  }
  const lunch: (LunchEntry | null)[] = [...schedule.lunch];
  for (const edit of lunches) {
    if (edit.kind === "moved") {
      lunch[edit.id] = { ...lunch[edit.id]!, period: model.periodIds[edit.to.period]! };
    } else if (edit.kind === "removed") {
      lunch[edit.id] = null;
    } else {
      lunch.push(lunchEntry(model, edit));
    }
  }
  return {
    ...schedule,
    placements,
    planning,
    lunch: lunch.filter((l): l is LunchEntry => l !== null),
  };
}
