// The README's test command: static checks, then every vitest suite (unit, snapshot, integration, browser),
// ending with the plain line "Tests: N passed, N failed" that CI reads.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

const run = (cmd: string, args: string[]) =>
  spawnSync(cmd, args, { stdio: "inherit", env: process.env }).status ?? 1;

let failures = 0;
if (process.env.SKIP_CHECK !== "1") {
  const rc = run("npm", ["run", "-s", "check"]);
  if (rc !== 0) {
    console.error("check failed (types, lint or format)");
    failures++;
  }
}
mkdirSync(".cache", { recursive: true });
const report = ".cache/vitest.json";
const rc = run("npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number };
  passed = json.numPassedTests;
  failed = json.numFailedTests;
}
if (rc !== 0 && failed === 0) failed = 1; // a suite that crashed before its tests ran
failed += failures;
console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || rc !== 0 ? 1 : 0);
