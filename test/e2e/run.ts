// Browser tests: serves the built app, drives Debian's Chromium through playwright-core, runs
// every exported function of every specs/*.spec.ts, and ends with the line
// `e2e: N passed, M failed` that CI reads. Run `npm run build` first.
import { existsSync } from "node:fs";
import { mkdir, readdir, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { stripVTControlCharacters } from "node:util";
import { chromium, type Browser } from "playwright-core";
import type { E2eTest } from "./harness.ts";
import { serveStatic, type StaticServer } from "./server.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const distDir = join(root, "dist");
const specsDir = join(here, "specs");
const resultsDir = join(root, "test-results");
const TEST_TIMEOUT_MS = 30_000;

type Found = { name: string; test: E2eTest };

async function findTests(only: string | undefined): Promise<Found[]> {
  const files = (await readdir(specsDir)).filter((f) => f.endsWith(".spec.ts")).sort();
  const found: Found[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(specsDir, file)).href)) as Record<
      string,
      unknown
    >;
    for (const [exportName, value] of Object.entries(module)) {
      if (typeof value !== "function") continue;
      const name = `${file.replace(/\.spec\.ts$/, "")} › ${exportName}`;
      if (only === undefined || name.includes(only)) found.push({ name, test: value as E2eTest });
    }
  }
  return found;
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};

const fileSafe = (name: string): string => name.replace(/[^a-zA-Z0-9-]+/g, "-");

async function runAll(browser: Browser, server: StaticServer, tests: Found[]): Promise<number> {
  let failed = 0;
  for (const { name, test } of tests) {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    const started = Date.now();
    try {
      const limit = test.timeoutMs ?? TEST_TIMEOUT_MS;
      await withTimeout(test({ page, baseUrl: server.url, resultsDir }), limit);
      if (pageErrors.length > 0) throw new Error(`uncaught errors in the page: ${pageErrors}`);
      console.log(`  ok    ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      const shot = join(resultsDir, `${fileSafe(name)}-failure.png`);
      await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
      // Playwright's call logs carry terminal colour codes; CI logs read better without them.
      const message = stripVTControlCharacters(
        error instanceof Error ? error.message : String(error),
      );
      console.log(`  FAIL  ${name} (${Date.now() - started} ms)`);
      console.log(`        ${message.split("\n").join("\n        ")}`);
      console.log(`        screenshot: ${shot}`);
    } finally {
      await context.close().catch(() => undefined);
    }
  }
  return failed;
}

async function main(): Promise<number> {
  if (!existsSync(join(distDir, "index.html"))) {
    console.log("e2e: dist/index.html is missing; run `npm run build` first");
    console.log("e2e: 0 passed, 1 failed");
    return 1;
  }
  await mkdir(resultsDir, { recursive: true });
  // Screenshots of earlier failures would otherwise look like this run's.
  for (const file of await readdir(resultsDir)) {
    if (file.endsWith("-failure.png")) await rm(join(resultsDir, file), { force: true });
  }
  const tests = await findTests(process.argv[2]);
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await serveStatic(distDir);
    // Playwright refuses --user-data-dir here: launch() itself gives Chromium a fresh temporary
    // profile and deletes it on close, and every test gets its own incognito-like context.
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--headless=new",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    });
    console.log(`e2e: ${tests.length} test${tests.length === 1 ? "" : "s"} against ${server.url}`);
    const failed = await runAll(browser, server, tests);
    console.log(`e2e: ${tests.length - failed} passed, ${failed} failed`);
    return failed === 0 && tests.length > 0 ? 0 : 1;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close();
  }
}

// exitCode rather than process.exit(), so that piped output is flushed before Node ends.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    console.log("e2e: 0 passed, 1 failed");
    process.exitCode = 1;
  },
);
