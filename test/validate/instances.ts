// The shared example instances (/work/shared/instances, beside the repository), read as the
// typed documents. A school's file names its schedules: KIND-SIZE-1.planted.json and
// mutations/KIND-SIZE-1.mutation-NN.schedule.json both belong to KIND-SIZE-1.school.json.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Schedule, School } from "../../solver/model/format.ts";

export const INSTANCES = fileURLToPath(new URL("../../../shared/instances/", import.meta.url));
export const MUTATIONS = `${INSTANCES}mutations/`;

export const filesIn = (dir: string, suffix: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort();

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));

/** The school a schedule file belongs to, from its name. */
export const schoolOf = (scheduleFile: string): School =>
  readJson(`${INSTANCES}${scheduleFile.split(".")[0]!}.school.json`) as School;

export const readSchedule = (path: string): Schedule => readJson(path) as Schedule;
