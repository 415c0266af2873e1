// The selected meeting or planning block across edits: ids are placement (and planning) indices,
// which an edit may reorder (a re-solve does), so the selection follows its section or team.
import type { Occupancy } from "../../../solver/index.ts";
import type { DragSource } from "./drag.ts";

/** The selection in the index as it is now: the same section's (or team's) meeting. */
export function followSelection(occ: Occupancy, chosen: DragSource | null): DragSource | null {
  if (chosen === null) return null;
  if (chosen.kind === "meeting") {
    if (occ.meetings[chosen.id]?.section === chosen.section) return chosen;
    const id = occ.meetingsOfSection[chosen.section]?.[0];
    return id === undefined ? null : { ...chosen, id };
  }
  if (occ.plannings[chosen.id]?.team === chosen.team) return chosen;
  const id = occ.planningsOfTeam[chosen.team]?.[0];
  return id === undefined ? null : { ...chosen, id };
}
