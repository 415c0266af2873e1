// The real commands, run as child processes from the repository root, as a person would run
// them. `node --import tsx FILE` is what `npx tsx FILE` runs, without npx's own startup time.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseSchedule } from "../../solver/format/parse-schedule.ts";
import { parseSchool } from "../../solver/format/parse-school.ts";
import { edit, expectOk, type Json } from "../format/json-edit.ts";
import { tinySchool } from "../format/tiny-school.ts";
import { INSTANCES_DIR, MUTATIONS_DIR } from "../shared-path.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TMP = mkdtempSync(path.join(tmpdir(), "commons-cli-"));

type Run = { status: number | null; stdout: string; stderr: string };

function run(command: "check" | "solve", ...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", `solver/cli/${command}.ts`, ...args],
      { cwd: ROOT },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

const instance = (name: string) => path.join(INSTANCES_DIR, name);
const temp = (name: string, doc: Json | string) => {
  const file = path.join(TMP, name);
  writeFileSync(file, typeof doc === "string" ? doc : JSON.stringify(doc));
  return file;
};
const lastLine = (text: string) => text.trimEnd().split("\n").pop();

describe.concurrent("check", () => {
  it("passes a planted schedule", async () => {
    const r = await run(
      "check",
      instance("middle-m-1.school.json"),
      instance("middle-m-1.planted.json"),
    );
    expect(r.stdout).toBe("violations: 0\n");
    expect(r.status).toBe(0);
  });

  it("fails a mutation, naming the rule", async () => {
    const r = await run(
      "check",
      instance("middle-m-1.school.json"),
      path.join(MUTATIONS_DIR, "middle-m-1.mutation-04.schedule.json"),
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^planning-count: .*team-6a/m);
    expect(lastLine(r.stdout)).toMatch(/^violations: [1-9]\d*$/);
  });

  it("fails a schedule whose status is not solved, saying so", async () => {
    const planted = JSON.parse(readFileSync(instance("high-s-1.planted.json"), "utf8")) as Json;
    const file = temp(
      "infeasible.json",
      edit(edit(planted, "status", "infeasible"), "explanation", ["No way."]),
    );
    const r = await run("check", instance("high-s-1.school.json"), file);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('not solved: the schedule\'s status is "infeasible"');
    expect(lastLine(r.stdout)).toMatch(/^violations: \d+$/);
  });

  it("rejects a malformed school with the parser's message", async () => {
    const bad = temp("bad.school.json", edit(tinySchool(), "sections[0].teachers[0]", "t-99"));
    const r = await run("check", bad, instance("middle-m-1.planted.json"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${bad}: sections[0] "math-1": teacher "t-99" does not exist`);
  });

  it("rejects a cut schedule file with its position", async () => {
    const cut = temp(
      "cut.json",
      readFileSync(instance("middle-m-1.planted.json"), "utf8").slice(0, 5000),
    );
    const r = await run("check", instance("middle-m-1.school.json"), cut);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `^${cut.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: invalid JSON at line \\d+, column \\d+`,
      ),
    );
  });

  it("rejects a missing file", async () => {
    const r = await run("check", instance("middle-m-1.school.json"), "no-such-file.json");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("no-such-file.json: cannot read the file (no such file)");
  });

  it("rejects wrong usage with the usage line", async () => {
    const r = await run("check", instance("middle-m-1.school.json"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("usage: npm run --silent check -- SCHOOL.json SCHEDULE.json");
  });
});

describe.concurrent("solve", () => {
  it("rejects a bad flag, naming it", async () => {
    const r = await run("solve", instance("high-s-1.school.json"), "--time-limit", "soon");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--time-limit must be a number of seconds");
    expect(r.stdout).toBe("");
  });

  it("rejects a missing or malformed school", async () => {
    const missing = await run("solve", "no-such-school.json");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no-such-school.json: cannot read the file");
    const bad = temp("bad2.school.json", edit(tinySchool(), "teams[0].lead", "t-c"));
    const malformed = await run("solve", bad);
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toContain(
      `teams[0] "team-1": lead "t-c" is not one of the team's members`,
    );
  });

  it("writes a schedule that parses, with the exit code of its status", async () => {
    const schoolFile = instance("high-s-1.school.json");
    const out = path.join(TMP, "out.schedule.json");
    const r = await run("solve", schoolFile, "--out", out, "--seed", "1", "--time-limit", "20");
    const school = expectOk(parseSchool(readFileSync(schoolFile, "utf8")));
    const schedule = expectOk(parseSchedule(readFileSync(out, "utf8"), school));
    expect(r.status).toBe({ solved: 0, partial: 3, infeasible: 4 }[schedule.status]);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toMatch(
      new RegExp(`^${schedule.status}: \\d+ of 220 meetings placed`),
    );
    if (schedule.status === "solved") {
      // A solved answer must pass the project's own validator.
      const check = await run("check", schoolFile, out);
      expect(check.stdout).toBe("violations: 0\n");
      expect(check.status).toBe(0);
    }
  });
});
