// The explain package's public door: cheap proofs that a school cannot be scheduled.
export type { Check, Finding } from "./finding.ts";
export { CHECKS, precheck } from "./precheck.ts";
