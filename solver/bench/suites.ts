// The registry of benchmark suites. Each suite measures one thing and returns its own lines of
// report and raw data; run.ts prints them in this order: the solver's, then the grid's drag-check
// cost (issue 5).
import type { BenchOptions } from "./args.ts";
import { dragSuite } from "./drag-suite.ts";
import { solveSuite } from "./solve-suite.ts";

export type SuiteContext = {
  options: BenchOptions;
  /** Progress for a person watching (stderr), never part of the report. */
  progress: (line: string) => void;
};

export type SuiteReport = {
  /** The suite's tables and notes, ready to print. */
  lines: string[];
  /** Everything measured, for --json. */
  raw: unknown;
};

export type BenchSuite = {
  name: string;
  title: string;
  run: (context: SuiteContext) => Promise<SuiteReport>;
};

export const SUITES: readonly BenchSuite[] = [solveSuite, dragSuite];
