// Data step: data/raw → validated tables → indicators → data/derived/*.json, with a coverage summary.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildDerived, REJECTIONS_CAP } from "../src/lib/data/build.ts";
import { SourceError } from "../src/lib/data/errors.ts";
import type { SourceStats } from "../src/lib/data/load.ts";
import { startChecker } from "../src/lib/data/checkParallel.ts";
import { loadTablesParallel, readThreads } from "../src/lib/data/loadParallel.ts";
import { loadManifest } from "../src/lib/data/manifest.ts";
import type { LearnFromFile } from "../src/lib/data/learnFrom.ts";
import { derivedFiles } from "../src/lib/data/output.ts";

const RAW = "data/raw";
const OUT = "data/derived";
/** Rejected rows printed per source (coverage.json keeps them all, up to its cap). */
const SHOW_REJECTED = 5;
const stages: { stage: string; ms: number; cpuMs: number; rssMB: number }[] = [];
let t0 = performance.now();
let cpu0 = process.cpuUsage();
/** Logs a stage's wall time and CPU time (user + system, all threads of the process). */
const stage = (name: string) => {
  const ms = performance.now() - t0;
  const used = process.cpuUsage(cpu0);
  const cpuMs = (used.user + used.system) / 1000;
  const rssMB = process.memoryUsage().rss / 1e6;
  stages.push({ stage: name, ms, cpuMs, rssMB });
  console.log(
    `data: ${name.padEnd(10)} ${ms.toFixed(0).padStart(6)} ms  cpu ${cpuMs.toFixed(0).padStart(6)} ms  rss ${rssMB.toFixed(0)} MB`,
  );
  t0 = performance.now();
  cpu0 = process.cpuUsage();
};

try {
  const manifest = loadManifest();
  const stats: SourceStats[] = [];
  const threads = readThreads();
  // Started now, so the worker has loaded its modules by the time the files are checked.
  const checker = startChecker(threads);
  const tables = await loadTablesParallel(manifest, RAW, stats, threads);
  stage(threads > 1 ? `read (${threads} threads)` : "read");
  const derived = buildDerived(tables, stats);
  stage("compute");
  const fetched = JSON.parse(readFileSync(join(RAW, "fetched.json"), "utf8"));
  const files = derivedFiles(derived, manifest, fetched, false);
  stage("serialise");
  await checker.check(files);
  stage(threads > 1 ? "check (2 threads)" : "check");
  // Files are written in place and files of an earlier run that are no longer produced are removed: the same
  // result as emptying the folder first, without deleting and recreating 2,000 files.
  const before = existsSync(OUT) ? readdirSync(OUT, { recursive: true, withFileTypes: true }) : [];
  const stale = new Set(before.filter((e) => !e.isDirectory()).map((e) => join(e.parentPath, e.name)));
  mkdirSync(OUT, { recursive: true });
  const dirs = new Set<string>([OUT]);
  let bytes = 0;
  let unchanged = 0;
  for (const [path, content] of files) {
    const full = join(OUT, path);
    const dir = dirname(full);
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      for (let d = dir; !dirs.has(d); d = dirname(d)) dirs.add(d);
    }
    // A file with the same bytes as before is left as it is (no write, its time stamp kept).
    if (!stale.has(full) || readFileSync(full, "utf8") !== content) writeFileSync(full, content);
    else unchanged++;
    stale.delete(full);
    bytes += content.length;
  }
  for (const path of stale) rmSync(path, { force: true });
  for (const e of before)
    if (e.isDirectory() && !dirs.has(join(e.parentPath, e.name)))
      rmSync(join(e.parentPath, e.name), { recursive: true, force: true });
  stage("write");
  mkdirSync(".cache", { recursive: true });
  // Timings are kept out of data/derived so it stays byte-identical.
  const reads = stats
    .map((s) => ({ id: s.id, encoding: s.encoding, rows: s.rowsRead, ms: Math.round(s.ms ?? 0) }))
    .sort((a, b) => b.ms - a.ms);
  writeFileSync(".cache/data-stages.json", JSON.stringify(stages, null, 2) + "\n");
  writeFileSync(".cache/data-reads.json", JSON.stringify(reads, null, 2) + "\n");
  console.log(
    `data: slowest reads: ${reads
      .slice(0, 5)
      .map((r) => `${r.id} ${r.ms} ms (${r.encoding}, ${r.rows} rows)`)
      .join("; ")}`,
  );

  // Summary table
  const c = derived.coverage;
  console.log(
    `\ndata: ${files.size} files, ${(bytes / 1e6).toFixed(1)} MB in ${OUT}/ (${files.size - unchanged} written, ${unchanged} unchanged)`,
  );
  console.log(
    `boards: ${c.boards.total} (${c.boards.active} active); by sector ${JSON.stringify(c.boards.bySector)}; names ${JSON.stringify(c.boards.byNameSource)}`,
  );
  console.log(`swv: ${derived.swvs.length}`);
  console.log("\nsource                              read    kept  rejected  reasons");
  for (const s of c.sources)
    console.log(
      `${s.id.padEnd(34)} ${String(s.rowsRead).padStart(6)} ${String(s.rowsKept).padStart(7)} ${String(s.rejected).padStart(9)}  ${Object.entries(
        s.reasons,
      )
        .map(([r, n]) => `${n}× ${r}`)
        .join("; ")}`,
    );
  const withRejections = c.sources.filter((s) => s.rejected > 0);
  if (withRejections.length > 0)
    console.log(
      `\nrejected rows (first ${SHOW_REJECTED} per source; coverage.json keeps up to ${REJECTIONS_CAP})`,
    );
  for (const s of withRejections) {
    const path = s.examples[0]?.file ?? s.file;
    console.log(`  ${s.id} (${path}): ${s.rejected} rejected`);
    for (const r of s.examples.slice(0, SHOW_REJECTED)) {
      const name = r.file.slice(r.file.lastIndexOf("/") + 1);
      console.log(`    ${[name, r.line, r.column].filter((p) => p !== undefined).join(":")} ${r.reason}`);
    }
  }
  console.log("\njoins");
  for (const j of c.joins)
    console.log(
      `  ${j.count.toString().padStart(5)}  ${j.what}${j.examples.length ? ` (e.g. ${j.examples.slice(0, 3).join(", ")})` : ""}`,
    );
  console.log("\nindicator                       sector  boards with a value per year");
  for (const i of c.indicators)
    console.log(
      `${i.indicator.padEnd(31)} ${i.sector.padEnd(6)}  ${Object.entries(i.years)
        .map(([y, n]) => `${y}:${n}`)
        .join(" ")}`,
    );
  for (const [file, who] of [
    ["leer-van.json", "boards"],
    ["leer-van-swv.json", "swvs  "],
  ] as const) {
    const learn = JSON.parse(files.get(file)!) as Pick<LearnFromFile, "counts">;
    console.log(`\nleer van                        sector  ${who}  better  differ  none  few  old`);
    for (const l of learn.counts)
      console.log(
        `${l.indicator.padEnd(31)} ${l.sector.padEnd(6)} ${[
          l.boards,
          l.better,
          l.differ,
          l.none,
          l.few,
          l.old,
        ]
          .map((n, i) => String(n).padStart([7, 7, 7, 5, 4, 4][i]!))
          .join(" ")}`,
      );
  }
} catch (e) {
  if (e instanceof SourceError) {
    console.error(`data: stopped: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
