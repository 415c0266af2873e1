// npm run generate -- --kind middle --sections 180 --seed 1 --out-dir DIR
// writes DIR/middle-180-1.school.json and DIR/middle-180-1.planted.json;
// npm run generate -- --sample rewrites the app's sample school (src/sample/sample-school.json).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serializeSchedule, serializeSchool } from "../format/serialize.ts";
import { GENERATE_USAGE, fileBase, parseGenerateArgs } from "./args.ts";
import { DEFAULT_SECTIONS, generateSchool } from "./index.ts";
import { SAMPLE_PATH, generateSampleSchool } from "./sample.ts";

function main(argv: readonly string[]): number {
  const args = parseGenerateArgs(argv);
  if (args.kind === "help") {
    console.log(GENERATE_USAGE);
    return 0;
  }
  if (args.kind === "error") {
    console.error(`generate: ${args.message}\n${GENERATE_USAGE}`);
    return 2;
  }
  if (args.kind === "sample") {
    const { school } = generateSampleSchool();
    writeFileSync(SAMPLE_PATH, serializeSchool(school));
    console.log(`wrote ${SAMPLE_PATH} (${school.name}, ${school.sections.length} sections)`);
    return 0;
  }
  const { school, planted } = generateSchool({
    kind: args.school,
    seed: args.seed,
    ...(args.sections !== undefined ? { sections: args.sections } : {}),
    ...(args.name !== undefined ? { name: args.name } : {}),
  });
  const base = fileBase(args.school, args.sections ?? DEFAULT_SECTIONS[args.school], args.seed);
  mkdirSync(args.outDir, { recursive: true });
  const schoolFile = join(args.outDir, `${base}.school.json`);
  const plantedFile = join(args.outDir, `${base}.planted.json`);
  writeFileSync(schoolFile, serializeSchool(school));
  writeFileSync(plantedFile, serializeSchedule(planted));
  console.log(
    `wrote ${schoolFile} and ${plantedFile}: ${school.name}, ${school.sections.length} sections, ` +
      `${planted.placements.length} meetings, ${school.teachers.length} teachers, ` +
      `${(school.teams ?? []).length} teams, ${planted.planning.length} planning slots`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
