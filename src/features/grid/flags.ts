// Which chips carry a broken rule: the validator's violations, by the sections and teams they
// name, so a meeting kept against a rule stays marked until it is fixed.
import type { Model, Violation } from "../../../solver/index.ts";

export type Flags = { sections: Map<number, string[]>; teams: Map<number, string[]> };

export function flagsOf(model: Model, violations: readonly Violation[]): Flags {
  const sections = new Map<number, string[]>();
  const teams = new Map<number, string[]>();
  const add = (map: Map<number, string[]>, index: number | undefined, message: string) => {
    if (index === undefined) return;
    const list = map.get(index);
    if (list) list.push(message);
    else map.set(index, [message]);
  };
  for (const v of violations) {
    for (const id of v.sections ?? []) add(sections, model.sectionIndex.get(id), v.message);
    for (const id of v.teams ?? []) add(teams, model.teamIndex.get(id), v.message);
  }
  return { sections, teams };
}
