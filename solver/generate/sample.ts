// The app's built-in sample school: a believable middle school with interdisciplinary teams,
// generated from fixed options so that the committed file never drifts from the generator.
import { generateSchool, type GenerateOptions, type GeneratedSchool } from "./index.ts";

export const SAMPLE_OPTIONS: GenerateOptions = {
  kind: "middle",
  sections: 160,
  seed: 2026,
  name: "Lincoln Middle School",
};

/** Where the app finds the sample, relative to the repository root. */
export const SAMPLE_PATH = "src/sample/sample-school.json";

export function generateSampleSchool(): GeneratedSchool {
  return generateSchool(SAMPLE_OPTIONS);
}
