import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// solver/ runs in a Web Worker, in Node (command line, benchmarks) and in tests: it must not
// reach for React, the DOM, Dexie or anything in the app.
const solverDoor = {
  group: ["**/solver/**", "!**/solver/index.ts"],
  message: "The app uses the solver through solver/index.ts, its public door.",
};

const solverBoundary = {
  patterns: [
    { group: ["react", "react-*", "react/*"], message: "solver/ is pure TypeScript: no React." },
    { group: ["dexie", "dexie-*"], message: "solver/ is pure TypeScript: no Dexie." },
    {
      group: ["**/src/**", "../src/*", "../../src/*"],
      message: "solver/ must not import the app.",
    },
    { group: ["@dnd-kit/*"], message: "solver/ is pure TypeScript: no UI libraries." },
  ],
};

export default tseslint.config(
  { ignores: ["dist", "node_modules", "coverage"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The app reaches the solver through its public door only.
    files: ["src/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [solverDoor] }] },
  },
  {
    // Only src/data/ may touch IndexedDB through Dexie.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/data/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            solverDoor,
            { group: ["dexie", "dexie-*"], message: "Only src/data/ imports Dexie." },
          ],
        },
      ],
    },
  },
  {
    files: ["solver/**/*.ts"],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: { "no-restricted-imports": ["error", solverBoundary] },
  },
  {
    // The solver core must not use the DOM either; the CLI and benchmarks may use Node.
    files: ["solver/**/*.ts"],
    ignores: ["solver/cli/**", "solver/bench/**", "solver/generate/cli.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "localStorage",
        "indexedDB",
        "navigator",
      ],
      "no-restricted-imports": [
        "error",
        {
          ...solverBoundary,
          patterns: [
            ...solverBoundary.patterns,
            {
              group: ["node:*", "fs", "path", "child_process"],
              message: "solver/ core runs in a browser worker too: no Node modules.",
            },
          ],
        },
      ],
    },
  },
);
