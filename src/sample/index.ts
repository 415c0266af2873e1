// The built-in sample school the app opens with: Lincoln Middle School, written by the generator
// (npm run generate -- --sample; see solver/generate/sample.ts) and kept identical by a test.
import type { School } from "../../solver/index.ts";
import sample from "./sample-school.json";

/** A fresh copy each call, so that editing the school in the app never touches the original. */
export function loadSampleSchool(): School {
  return structuredClone(sample) as School;
}
