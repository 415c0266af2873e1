// Runs one case in a child Node process (with tsx's loader, from the repository root) and reads
// its one JSON line. A child that crashes, prints no answer or outlives its budget becomes an
// error value naming what happened.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ChildJob } from "./child.ts";
import type { ChildAnswer } from "./results.ts";

const CHILD = fileURLToPath(new URL("./child.ts", import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Startup, generation and validation on top of the solver's own budget, per run and per child. */
const SLACK_PER_RUN_MS = 30_000;
const SLACK_PER_CHILD_MS = 60_000;

export function runChild(job: ChildJob): Promise<ChildAnswer> {
  // The warm-up may overrun its time by one solve, and validates what it solves.
  const solves = job.seeds.length + 1;
  const budgetMs =
    solves * (job.timeLimitMs + SLACK_PER_RUN_MS) + 2 * job.warmUpMs + SLACK_PER_CHILD_MS;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, JSON.stringify(job)], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let killed = false;
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const timer = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, budgetMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ ok: false, error: `could not start the child process: ${error.message}` });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (killed) {
        resolve({
          ok: false,
          error: `killed after ${Math.round(budgetMs / 1000)} s without an answer`,
        });
        return;
      }
      resolve(readAnswer(stdout, stderr, code, signal));
    });
  });
}

/** The child's last non-empty stdout line, parsed; anything else is reported with its stderr. */
export function readAnswer(
  stdout: string,
  stderr: string,
  code: number | null,
  signal: NodeJS.Signals | null,
): ChildAnswer {
  const last = stdout.trim().split("\n").at(-1) ?? "";
  try {
    const answer = JSON.parse(last) as ChildAnswer;
    if (typeof answer === "object" && answer !== null && typeof answer.ok === "boolean") {
      return answer;
    }
  } catch {
    // Fall through to the report below: no JSON is itself the finding.
  }
  const how = signal !== null ? `signal ${signal}` : `exit code ${code ?? "unknown"}`;
  const tail = stderr
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .slice(-5)
    .join(" | ");
  return {
    ok: false,
    error: `the child ended (${how}) without an answer${tail ? `: ${tail}` : ""}`,
  };
}
