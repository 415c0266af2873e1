// `npm run bench -- [--quick | --full] [--filter TEXT] [--time-limit S] [--seeds N] [--json FILE]`
// Prints plain-text tables on stdout and progress on stderr. Figures only: nothing here asserts
// on time, and the exit code says whether the benchmark ran, not whether targets were met.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import { BENCH_USAGE, parseBenchArgs, type BenchOptions } from "./args.ts";
import { REPO_ROOT } from "./spawn.ts";
import { SUITES } from "./suites.ts";
import { formatMs } from "./units.ts";

function git(args: string[]): string {
  try {
    return execFileSync("git", args, { cwd: REPO_ROOT, encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

function machineLines(options: BenchOptions): string[] {
  const cpus = os.cpus();
  const commit = git(["rev-parse", "--short", "HEAD"]) || "unknown";
  const dirty =
    git(["status", "--porcelain", "--", "solver"]) !== ""
      ? " (solver/ has uncommitted changes)"
      : "";
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
  return [
    "Commons benchmark",
    `date:       ${new Date().toISOString()}`,
    `machine:    ${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown cpu"}), ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}; shared, figures are noisy`,
    `node:       ${process.version}; commit ${commit}${dirty}`,
    `load avg:   ${load} (1, 5, 15 min) at start`,
    `mode:       ${options.mode}; time limit ${formatMs(options.timeLimitMs)} per run` +
      (options.seeds !== null
        ? `; ${options.seeds} seed${options.seeds === 1 ? "" : "s"} per school`
        : "") +
      (options.filter !== null ? `; filter "${options.filter}"` : "") +
      `; ${formatMs(options.warmUpMs)} of untimed warm-up solves per school`,
  ];
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseBenchArgs(argv);
  if (args.kind === "help") {
    console.log(BENCH_USAGE);
    return 0;
  }
  if (args.kind === "error") {
    console.error(`bench: ${args.message}\n${BENCH_USAGE}`);
    return 2;
  }
  const { options } = args;
  const started = performance.now();
  const header = machineLines(options);
  console.log(header.join("\n"));
  const raw: Record<string, unknown> = {};
  for (const suite of SUITES) {
    const report = await suite.run({ options, progress: (line) => console.error(line) });
    const title = `${suite.name}: ${suite.title}`;
    console.log(["", title, "#".repeat(title.length), ...report.lines].join("\n"));
    raw[suite.name] = report.raw;
  }
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
  console.log(
    `\nload avg at end: ${load}; benchmark took ${formatMs(performance.now() - started)}`,
  );
  if (options.jsonFile !== null) {
    const json = { header, options, suites: raw };
    try {
      writeFileSync(options.jsonFile, `${JSON.stringify(json, null, 2)}\n`);
    } catch (error) {
      console.error(
        `bench: cannot write ${options.jsonFile}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return 2;
    }
    console.error(`wrote ${options.jsonFile}`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
