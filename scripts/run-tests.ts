// The README's test command: static checks, then the vitest projects — `unit` (pure modules, snapshots, the
// real-data integration test; files in parallel), then `e2e` (Chromium against the built dist/) — printing the
// time of each step, and ending with the plain line "Tests: N passed, N failed" that CI reads.
// Arguments are passed to both vitest runs (e.g. a file filter); SKIP_CHECK=1 skips the static checks.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { delimiter, resolve } from "node:path";

const run = (cmd: string, args: string[]) =>
  spawnSync(cmd, args, { stdio: "inherit", env: process.env }).status ?? 1;
const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);

const times: string[] = [];
let passed = 0;
let failed = 0;
let crashed = false;

/** Runs a command with its output collected, for commands that run side by side. */
const collect = (cmd: string, args: string[]) =>
  new Promise<{ rc: number; out: string }>((done) => {
    // As `npm run` does: the project's own binaries first on the PATH.
    const env = {
      ...process.env,
      PATH: `${resolve("node_modules/.bin")}${delimiter}${process.env.PATH ?? ""}`,
    };
    const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (b: Buffer) => (out += b.toString()));
    child.stderr.on("data", (b: Buffer) => (out += b.toString()));
    child.on("close", (code) => done({ rc: code ?? 1, out }));
  });

if (process.env.SKIP_CHECK !== "1") {
  // package.json's "check" in two lanes side by side (each command is one thread): its first command (astro
  // check: types) in one, the rest (eslint, prettier) in the other; each lane's output is printed when it ends.
  const t0 = performance.now();
  const check = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { check: string } }).scripts
    .check;
  const [first, ...rest] = check.split(" && ");
  const lanes = await Promise.all([first!, rest.join(" && ")].map((c) => collect("sh", ["-c", c])));
  for (const lane of lanes) process.stdout.write(lane.out);
  times.push(`check ${seconds(t0)} s`);
  if (lanes.some((l) => l.rc !== 0)) {
    console.error("check failed (types, lint or format)");
    failed++;
  }
}
mkdirSync(".cache", { recursive: true });
for (const project of ["unit", "e2e"]) {
  const report = `.cache/vitest-${project}.json`;
  rmSync(report, { force: true });
  const t0 = performance.now();
  const rc = run("npx", [
    "vitest",
    "run",
    "--project",
    project,
    "--passWithNoTests",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ]);
  times.push(`${project} ${seconds(t0)} s`);
  let p = 0;
  let f = 0;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, "utf8")) as {
      numPassedTests: number;
      numFailedTests: number;
    };
    p = json.numPassedTests;
    f = json.numFailedTests;
  }
  if (rc !== 0 && f === 0) {
    f = 1; // a suite that crashed before its tests ran
    crashed = true;
  }
  passed += p;
  failed += f;
}
console.log(`\nTime per step: ${times.join(", ")}`);
if (passed === 0) {
  console.error("no test ran");
  failed = Math.max(failed, 1);
}
if (crashed) console.error("a vitest run failed without a failing test (crash or collection error)");
console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
