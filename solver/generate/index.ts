// Seeded generators of realistic schools, each with a planted valid schedule. The timetable is
// built first and the school derived from it, so every generated school is feasible; the limits
// are then loosened where a real school would be looser, so a solver has real choices.
import type { School, Schedule } from "../model/format.ts";
import { createRng } from "../rng.ts";
import { generateElementary } from "./elementary.ts";
import { finishPlan } from "./finish.ts";
import { generateHigh } from "./high.ts";
import { generateMiddle } from "./middle.ts";

export type SchoolKind = "elementary" | "middle" | "high";

export type GenerateOptions = {
  kind: SchoolKind;
  /** Approximate number of sections; the result lands within a few percent of it. */
  sections?: number;
  seed: number;
  /** The school's name; a believable one is drawn from the seed when absent. */
  name?: string;
};

export type GeneratedSchool = { school: School; planted: Schedule };

/** Sizes the shared examples call medium. */
export const DEFAULT_SECTIONS: Record<SchoolKind, number> = {
  elementary: 220,
  middle: 180,
  high: 490,
};

export function generateSchool(options: GenerateOptions): GeneratedSchool {
  const rng = createRng(options.seed);
  const target = Math.max(1, Math.round(options.sections ?? DEFAULT_SECTIONS[options.kind]));
  const plan =
    options.kind === "elementary"
      ? generateElementary(rng, target, options.name)
      : options.kind === "middle"
        ? generateMiddle(rng, target, options.name)
        : generateHigh(rng, target, options.name);
  return finishPlan(plan, rng);
}
