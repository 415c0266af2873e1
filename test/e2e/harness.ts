// What a browser test receives. Each spec file in specs/ exports named async functions of this
// type; run.ts gives each one a fresh browser context and page.
import type { Page } from "playwright-core";

export type E2eContext = {
  page: Page;
  /** The app's address, e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  /** Where screenshots and other artifacts go (test-results/). */
  resultsDir: string;
};

/** A test may set `timeoutMs` on itself when it must wait longer than the usual 30 s. */
export type E2eTest = ((context: E2eContext) => Promise<void>) & { timeoutMs?: number };
