// The shared contract folder (spec, instances) sits beside the repository: /work/shared next to
// /work/main. Tests find it from here so that they do not depend on the working directory.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SHARED_DIR = fileURLToPath(new URL("../../shared/", import.meta.url));
export const INSTANCES_DIR = path.join(SHARED_DIR, "instances");
export const MUTATIONS_DIR = path.join(INSTANCES_DIR, "mutations");

/** File names in the instances folder ending with suffix, sorted (e.g. ".school.json"). */
export function instanceFiles(suffix: string, dir: string = INSTANCES_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort();
}

export function readInstance(name: string, dir: string = INSTANCES_DIR): string {
  return readFileSync(path.join(dir, name), "utf8");
}
