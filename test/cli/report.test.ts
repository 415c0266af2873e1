import { describe, expect, it } from "vitest";
import {
  checkReport,
  EXIT,
  exitCodeForStatus,
  parseErrorLines,
  solveSummary,
} from "../../solver/cli/report.ts";
import { checkSchool } from "../../solver/format/parse-school.ts";
import type { Schedule } from "../../solver/model/format.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { expectOk } from "../format/json-edit.ts";
import { tinySchool } from "../format/tiny-school.ts";

const schedule = (over: Partial<Schedule> = {}): Schedule => ({
  format: "commons-schedule/1",
  school: "Tiny School",
  status: "solved",
  placements: [],
  planning: [],
  lunch: [],
  unplaced: [],
  explanation: [],
  ...over,
});

describe("the check report", () => {
  it("passes a solved schedule without violations", () => {
    expect(checkReport(schedule(), [])).toEqual({ lines: ["violations: 0"], exitCode: EXIT.ok });
  });

  it("prints each violation as RULE: message, the count last", () => {
    const report = checkReport(schedule(), [
      { rule: "teacher-clash", message: "Ana teaches two sections at Mon 1." },
      { rule: "room-clash", message: "Room 101 holds two sections at Mon 1." },
    ]);
    expect(report).toEqual({
      lines: [
        "teacher-clash: Ana teaches two sections at Mon 1.",
        "room-clash: Room 101 holds two sections at Mon 1.",
        "violations: 2",
      ],
      exitCode: EXIT.violations,
    });
  });

  it("fails a schedule that is not solved, saying why", () => {
    const partial = checkReport(
      schedule({ status: "partial", unplaced: [{ section: "a", reason: "r" }] }),
      [],
    );
    expect(partial.exitCode).toBe(EXIT.violations);
    expect(partial.lines).toEqual([
      'not solved: the schedule\'s status is "partial" (1 meeting is unplaced)',
      "violations: 0",
    ]);
    const infeasible = checkReport(
      schedule({ status: "infeasible", explanation: ["Team X cannot meet."] }),
      [],
    );
    expect(infeasible.lines).toEqual([
      'not solved: the schedule\'s status is "infeasible" (it claims no timetable)',
      "explanation: Team X cannot meet.",
      "violations: 0",
    ]);
  });
});

describe("solve results", () => {
  it("map status to exit codes", () => {
    expect([
      exitCodeForStatus("solved"),
      exitCodeForStatus("partial"),
      exitCodeForStatus("infeasible"),
    ]).toEqual([0, 3, 4]);
  });

  it("sum up in one line", () => {
    const model = resolveSchool(expectOk(checkSchool(tinySchool())));
    const line = solveSummary(
      model,
      schedule({ status: "partial", unplaced: [{ section: "x", reason: "" }] }),
      1234,
      5,
    );
    // 3 (math-1) + 2 (lab-2) + 3 (assembly, every day) meetings.
    expect(line).toBe(
      "partial: 0 of 8 meetings placed, 1 unplaced, 0 planning slots, 0 lunches (seed 5, 1.2 s)",
    );
  });

  it("prefix parser errors with the file", () => {
    expect(
      parseErrorLines("s.json", [{ path: "name", message: "school: name is missing" }]),
    ).toEqual(["s.json: school: name is missing"]);
  });
});
