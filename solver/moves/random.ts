// Random moves over a school's schedule, seeded, for the agreement tests and the benchmark alike:
// any meeting or planning block, to any slot (sometimes keeping the day, sometimes into a room).
import type { Model } from "../model/model.ts";
import type { Move } from "./types.ts";
import { createRng } from "../rng.ts";
import type { Occupancy } from "../validate/occupancy.ts";

export function randomMoves(model: Model, occ: Occupancy, count: number, seed: number): Move[] {
  const rng = createRng(seed);
  const meetings = occ.meetings.flatMap((m, id) => (m ? [id] : []));
  const plannings = occ.plannings.flatMap((p, id) => (p ? [id] : []));
  const moves: Move[] = [];
  while (moves.length < count) {
    const day = rng.next() < 0.2 ? null : rng.int(model.dayCount);
    const period = rng.int(model.periodCount);
    if (plannings.length > 0 && rng.next() < 0.2) {
      moves.push({ kind: "planning", planning: rng.pick(plannings), day, period });
    } else {
      const room = model.hasRooms && rng.next() < 0.3 ? rng.int(model.rooms.length) : null;
      moves.push({ kind: "meeting", meeting: rng.pick(meetings), day, period, room });
    }
  }
  return moves;
}
