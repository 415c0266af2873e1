// What a cheap infeasibility check answers, and the shape every check has.
import type { Facts } from "./facts.ts";

/**
 * One proof that the school cannot be scheduled, as a sentence a scheduler understands, with the
 * ids of what it names so that the app can link to them.
 */
export type Finding = {
  check: string;
  message: string;
  teams?: string[];
  teachers?: string[];
  groups?: string[];
  sections?: string[];
};

/** A necessary condition of every valid schedule; a finding is a school that breaks it. */
export type Check = {
  name: string;
  run: (facts: Facts) => Finding[];
};
