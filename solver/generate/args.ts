// The generator's command line as values: a wrong flag is an expected outcome with a message
// naming the flag, never an exception.
import type { SchoolKind } from "./index.ts";

export const GENERATE_USAGE =
  "usage: npm run --silent generate -- --kind elementary|middle|high [--sections N] [--seed N] " +
  "[--name TEXT] [--out-dir DIR]\n       npm run --silent generate -- --sample";

export type GenerateArgs =
  | {
      kind: "school";
      school: SchoolKind;
      sections: number | undefined;
      seed: number;
      name: string | undefined;
      outDir: string;
    }
  | { kind: "sample" }
  | { kind: "help" }
  | { kind: "error"; message: string };

const KINDS: readonly SchoolKind[] = ["elementary", "middle", "high"];
const MAX_SEED = 4_294_967_295;

export function parseGenerateArgs(argv: readonly string[]): GenerateArgs {
  if (argv.includes("--help") || argv.includes("-h")) return { kind: "help" };
  if (argv.includes("--sample")) {
    return argv.length === 1
      ? { kind: "sample" }
      : { kind: "error", message: "--sample takes no other options" };
  }
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i]!;
    if (!["--kind", "--sections", "--seed", "--name", "--out-dir"].includes(flag))
      return { kind: "error", message: `unknown option ${flag}` };
    const value = argv[i + 1];
    if (value === undefined) return { kind: "error", message: `${flag} needs a value` };
    values.set(flag, value);
  }
  const school = values.get("--kind");
  if (school === undefined)
    return { kind: "error", message: "--kind is required (elementary, middle or high)" };
  if (!KINDS.includes(school as SchoolKind))
    return {
      kind: "error",
      message: `--kind must be elementary, middle or high (got "${school}")`,
    };
  const count = (flag: string, max: number): number | undefined | string => {
    const text = values.get(flag);
    if (text === undefined) return undefined;
    const n = Number(text);
    return Number.isInteger(n) && n >= 1 && n <= max
      ? n
      : `${flag} must be a whole number from 1 to ${max} (got "${text}")`;
  };
  const sections = count("--sections", 5000);
  if (typeof sections === "string") return { kind: "error", message: sections };
  const seed = count("--seed", MAX_SEED);
  if (typeof seed === "string") return { kind: "error", message: seed };
  return {
    kind: "school",
    school: school as SchoolKind,
    sections,
    seed: seed ?? 1,
    name: values.get("--name"),
    outDir: values.get("--out-dir") ?? ".",
  };
}

/** The base name of the written files: "middle-180-1" for --kind middle --sections 180 --seed 1. */
export const fileBase = (school: SchoolKind, sections: number, seed: number): string =>
  `${school}-${sections}-${seed}`;
