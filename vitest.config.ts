import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Two projects: `unit` (pure modules, snapshots, the real-data integration test; files in parallel) and `e2e`
// (Chromium against the built dist/; one browser for the run, each file its own static server and contexts, so
// files run side by side too, as many as there are cores; the long page sweep is split into two files for that).
// scripts/run-tests.ts runs unit first, then e2e, and prints the time of each.
/** One worker per core: Vitest's default leaves one core free, which on 2 cores means one file at a time. */
const WORKERS = Math.max(2, availableParallelism());

export default defineConfig({
  test: {
    env: { TZ: "UTC" },
    testTimeout: 20_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["test/e2e/**", "**/node_modules/**"],
          fileParallelism: true,
          maxWorkers: WORKERS,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          // One Chromium for the whole run, shared by the files (each opens its own contexts in it).
          globalSetup: ["test/e2e/globalSetup.ts"],
          fileParallelism: true,
          maxWorkers: WORKERS,
          // Two browsers share the cores: a page that takes 8 s alone may take twice that.
          testTimeout: 45_000,
        },
      },
    ],
  },
});
