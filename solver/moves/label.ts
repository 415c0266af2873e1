// The history step's name for a move, in the words a scheduler uses: "Move alg1-3 to Tue period 2".
import type { Model } from "../model/model.ts";
import type { Occupancy } from "../validate/occupancy.ts";
import type { Move, MovePlan } from "./types.ts";

const periodName = (model: Model, period: number): string => `period ${model.periodIds[period]!}`;

export function moveLabel(occ: Occupancy, move: Move, plan: MovePlan): string {
  const { model } = occ;
  const when =
    move.day === null
      ? periodName(model, move.period)
      : `${model.dayIds[move.day]!} ${periodName(model, move.period)}`;
  if (move.kind === "planning") {
    const team = model.teams[plan.team];
    return `Move ${team ? team.name : "a team"}'s planning to ${when}`;
  }
  const section = model.sections[plan.section];
  const room = move.room !== null && move.room >= 0 ? `, room ${model.rooms[move.room]!.id}` : "";
  return `Move ${section ? section.id : "a meeting"} to ${when}${room}`;
}
