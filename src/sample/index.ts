// TEMPORARY hand-written sample (the app shell needed one to open on); the sample generator
// replaces both this file and sample-school.json.
import type { School } from "../../solver/model/format.ts";
import sample from "./sample-school.json";

export function loadSampleSchool(): School {
  return structuredClone(sample) as School;
}
