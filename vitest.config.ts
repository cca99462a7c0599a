import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    env: { TZ: "UTC" },
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // Browser tests share one Chromium and one static server; run files one after another on 2 cores.
    fileParallelism: false,
  },
});
