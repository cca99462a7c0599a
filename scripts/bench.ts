// `npm run bench [-- --skip-build] [--no-cold] [--no-edit] [--keep-caches]`: prints what the pipeline costs and what the site
// weighs. Never asserts.
// Stages, cold (no data/raw, data/derived, dist, .astro, .cache, and the kernel's file caches dropped where
// allowed: a fresh clone on a fresh machine) and then warm (run again at once):
// wall time, CPU time (user+sys of the whole process tree, sampled from /proc, so the Pagefind service and worker
// threads count too) and peak RSS (GNU time -v, else a --import preload that records process.resourceUsage()).
// Edit-to-page loop: `astro dev`, then one registry field and one board's derived file edited, time until the
// served page shows the edit. Ratio to the previous run's figures (bench-results/latest.json).
// Site: pages, charts, HTML per page type (raw/gzip, median/max), JavaScript per page type as loaded in
// Chromium, Pagefind index size. Also writes bench-results/latest.json (git-ignored).
// `--no-time` uses the resourceUsage fallback even where GNU time exists.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { DIST, ROOT, assertBuilt, fileFor, launchChromium, startServer } from "../test/e2e/harness.ts";
import { PAGES, PAGE_TYPES, pageTypeOf } from "../test/e2e/pages.ts";
import { buildSearchIndex } from "../src/lib/site/searchIndex.ts";
import { tmpdir } from "node:os";

const skipBuild = process.argv.includes("--skip-build");
const cold = !process.argv.includes("--no-cold");
const editLoop = !process.argv.includes("--no-edit");
const CACHE = join(ROOT, ".cache");
const GNU_TIME = "/usr/bin/time";

// ---------- helpers

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? 0 : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Prints rows as a left/right aligned text table (numbers right-aligned). */
function table(head: string[], rows: (string | number)[][]): void {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const numeric = head.map(
    (_, i) => rows.length > 0 && rows.every((r) => /^[\d.,\s%]+(KB|MB|s)?$/.test(String(r[i]))),
  );
  const line = (r: string[]) =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of cells.slice(1)) console.log(line(r));
}

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

// ---------- pipeline stages

interface StageResult {
  stage: string;
  /** "cold" or "warm". */
  run: string;
  seconds: number;
  /** User + system CPU seconds of the stage's process tree (sampled; undefined without /proc). */
  cpuSeconds: number | undefined;
  peakRssBytes: number | undefined;
  exitCode: number;
  method: string;
}

const hasGnuTime = (() => {
  if (process.argv.includes("--no-time") || !existsSync(GNU_TIME)) return false;
  const r = spawnSync(GNU_TIME, ["-v", "true"], { encoding: "utf8" });
  return r.status === 0 && /Maximum resident set size/.test(r.stderr);
})();

// Fallback: every Node process of the stage (npx, astro, workers) appends its own peak RSS at exit.
const PRELOAD = join(CACHE, "bench-rss-preload.mjs");
function writePreload(): void {
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(
    PRELOAD,
    `import { appendFileSync } from "node:fs";\n` +
      `process.on("exit", () => { const f = process.env.BENCH_RSS_FILE; if (f) appendFileSync(f, ` +
      "`${process.resourceUsage().maxRSS * 1024}\\n`" +
      `); });\n`,
  );
}

/**
 * Samples the CPU time (utime + stime) of `root` and every process below it from /proc every 100 ms; `stop()`
 * returns the sum of the last value seen per process, in seconds. GNU time counts only the processes it waits
 * for, not the Pagefind service that Node starts and kills; this counts all of them (a process that ends between
 * two samples loses at most 100 ms).
 */
function treeCpu(root: number): { stop(): number | undefined } {
  if (!existsSync("/proc/self/stat")) return { stop: () => undefined };
  const tick = 100; // USER_HZ on Linux
  const last = new Map<number, number>();
  const sample = () => {
    const parent = new Map<number, number>();
    const cpu = new Map<number, number>();
    for (const name of readdirSync("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      let text: string;
      try {
        text = readFileSync(`/proc/${name}/stat`, "utf8");
      } catch {
        continue;
      }
      const f = text.slice(text.lastIndexOf(")") + 2).split(" ");
      parent.set(Number(name), Number(f[1]));
      cpu.set(Number(name), (Number(f[11]) + Number(f[12])) / tick);
    }
    for (const [pid, c] of cpu) {
      let p: number | undefined = pid;
      while (p !== undefined && p > 1 && p !== root) p = parent.get(p);
      if (p === root) last.set(pid, c);
    }
  };
  sample();
  const timer = setInterval(sample, 100);
  return {
    stop: () => {
      clearInterval(timer);
      return [...last.values()].reduce((a, b) => a + b, 0);
    },
  };
}

/** Runs a command, returns its exit code; the CPU of its process tree is sampled meanwhile. */
function spawnTimed(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; cpu: number | undefined }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env });
    const cpu = treeCpu(child.pid!);
    child.on("exit", (code) => resolve({ code: code ?? 1, cpu: cpu.stop() }));
  });
}

async function runStage(stage: string, run: string, cmd: string, args: string[]): Promise<StageResult> {
  console.log(`\n$ ${[cmd, ...args].join(" ")}   (${run})`);
  const start = performance.now();
  if (hasGnuTime) {
    const out = join(CACHE, "bench-time.txt");
    mkdirSync(CACHE, { recursive: true });
    const r = await spawnTimed(GNU_TIME, ["-v", "-o", out, cmd, ...args], process.env);
    const seconds = (performance.now() - start) / 1000;
    const text = existsSync(out) ? readFileSync(out, "utf8") : "";
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
    return {
      stage,
      run,
      seconds,
      cpuSeconds: r.cpu,
      peakRssBytes: rss ? Number(rss[1]) * 1024 : undefined,
      exitCode: r.code,
      method: "time -v (largest process)",
    };
  }
  writePreload();
  const rssFile = join(CACHE, "bench-rss.txt");
  rmSync(rssFile, { force: true });
  const nodeOptions = [process.env.NODE_OPTIONS, `--import=${pathToFileURL(PRELOAD).href}`]
    .filter(Boolean)
    .join(" ");
  const r = await spawnTimed(cmd, args, {
    ...process.env,
    NODE_OPTIONS: nodeOptions,
    BENCH_RSS_FILE: rssFile,
  });
  const seconds = (performance.now() - start) / 1000;
  const values = existsSync(rssFile)
    ? readFileSync(rssFile, "utf8").split("\n").filter(Boolean).map(Number)
    : [];
  return {
    stage,
    run,
    seconds,
    cpuSeconds: r.cpu,
    peakRssBytes: values.length ? Math.max(...values) : undefined,
    exitCode: r.code,
    method: "resourceUsage (largest node process)",
  };
}

/** How the cold run started: outputs removed, and whether the kernel's caches were dropped too. */
let coldState = "";

/** Everything a fresh clone does not have: the copied and derived data, the site, Astro's and our caches. */
function makeCold(): void {
  for (const p of ["data/raw", "data/derived", ".astro", "node_modules/.vite", "node_modules/.astro"])
    rmSync(join(ROOT, p), { recursive: true, force: true });
  rmSync(DIST, { recursive: true, force: true });
  for (const name of existsSync(CACHE) ? readdirSync(CACHE) : [])
    if (!name.startsWith("bench-")) rmSync(join(CACHE, name), { recursive: true, force: true });
  coldState = dropCaches();
}

/**
 * As on a machine that has just cloned the project: the deleted outputs written to disk and the kernel's page,
 * dentry and inode caches dropped (Linux, as root; `--keep-caches` skips it). Measured here: after many builds on
 * one machine, the same cold build spends about twice the kernel time (sys 11-13 s instead of 6-8 s) with the
 * caches of the earlier builds still held, ~35 s instead of ~30 s wall; dropping them makes cold runs repeatable.
 */
function dropCaches(): string {
  const knob = "/proc/sys/vm/drop_caches";
  if (process.argv.includes("--keep-caches")) return "outputs removed; kernel caches kept (--keep-caches)";
  spawnSync("sync");
  try {
    writeFileSync(knob, "3\n");
    return "outputs removed; kernel caches dropped (sync; echo 3 > /proc/sys/vm/drop_caches)";
  } catch {
    return `outputs removed; kernel caches kept (${knob} not writable: not root or not Linux)`;
  }
}

async function runPipeline(run: string): Promise<StageResult[]> {
  const stages: [string, string, string[]][] = [
    ["fetch-data", "node", ["scripts/fetch-data.ts"]],
    // As `npm run build` does it: the data stage runs inside the Astro build, while Vite bundles (dataStage.ts).
    [
      "build-data + astro build (+ downloads, pagefind)",
      "env",
      ["BUILD_DATA=1", "npx", "astro", "build", "--outDir", DIST],
    ],
  ];
  const results: StageResult[] = [];
  for (const [name, cmd, args] of stages) {
    const r = await runStage(name, run, cmd, args);
    results.push(r);
    if (r.exitCode !== 0) {
      console.log(`\n${name} exited with ${r.exitCode}; later stages not run.`);
      break;
    }
  }
  return results;
}

// ---------- edit-to-page loop (astro dev)

interface EditLoop {
  firstPageSeconds: number;
  registryEditSeconds: number | undefined;
  boardEditSeconds: number | undefined;
  page: string;
}

/**
 * Starts `astro dev`, loads one board page, then (1) changes one registry field (an indicator's label) and
 * (2) one figure in that board's derived file, and times each until the served page shows it. Files are put back.
 */
async function measureEditLoop(boardId: string): Promise<EditLoop | undefined> {
  const port = Number(process.env.BENCH_DEV_PORT ?? 4399);
  const origin = `http://127.0.0.1:${port}`;
  const page = `/besturen/${boardId}/`;
  const registryFile = join(ROOT, "src/lib/data/registry.ts");
  const boardFile = join(ROOT, "data/derived/boards", `${boardId}.json`);
  const registryText = readFileSync(registryFile, "utf8");
  const boardText = readFileSync(boardFile, "utf8");
  const dev = spawn("npx", ["astro", "dev", "--port", String(port), "--host", "127.0.0.1"], {
    cwd: ROOT,
    stdio: "ignore",
    detached: true,
  });
  const get = async () => {
    try {
      const r = await fetch(origin + page);
      return r.ok ? await r.text() : undefined;
    } catch {
      return undefined;
    }
  };
  const until = async (ok: (html: string) => boolean, limit = 30_000): Promise<number | undefined> => {
    const t0 = performance.now();
    while (performance.now() - t0 < limit) {
      const html = await get();
      if (html !== undefined && ok(html)) return (performance.now() - t0) / 1000;
      await new Promise((r) => setTimeout(r, 50));
    }
    return undefined;
  };
  try {
    const firstPageSeconds = await until(() => true, 120_000);
    if (firstPageSeconds === undefined) return undefined;
    // (1) A registry field: the label of the first indicator, which every board page shows.
    const label = /label: "([^"]+)",/.exec(registryText)![1]!;
    const edited = `${label} (bewerkt)`;
    writeFileSync(registryFile, registryText.replace(`label: "${label}",`, `label: "${edited}",`));
    const registryEditSeconds = await until((h) => h.includes(edited));
    writeFileSync(registryFile, registryText);
    await until((h) => !h.includes(edited));
    // (2) One board's derived figure: its newest value of its first series, times ten.
    const before = await get();
    const board = JSON.parse(boardText) as { series: { points: { value?: number }[] }[] };
    const point = board.series.flatMap((x) => x.points).findLast((x) => x.value !== undefined);
    if (point) point.value = point.value! * 10 + 1;
    writeFileSync(boardFile, JSON.stringify(board));
    const boardEditSeconds = await until((h) => h !== before);
    return { firstPageSeconds, registryEditSeconds, boardEditSeconds, page };
  } finally {
    writeFileSync(registryFile, registryText);
    writeFileSync(boardFile, boardText);
    try {
      process.kill(-dev.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

// ---------- the built site

interface SizeRow {
  type: string;
  pages: number;
  rawMedian: number;
  rawMax: number;
  gzMedian: number;
  gzMax: number;
  maxPage: string;
}

// Board and SWV pages draw their trend charts with the template (trendSvg.ts); every other chart is Plot's.
const TEMPLATED_TYPES = new Set(["/besturen/<id>/", "/samenwerkingsverbanden/<id>/"]);

function measureHtml(): {
  pages: number;
  charts: number;
  plotCharts: number;
  templatedCharts: number;
  byType: SizeRow[];
} {
  const html = walk(DIST).filter((f) => f.endsWith(".html"));
  const groups = new Map<string, { path: string; raw: number; gz: number }[]>();
  let charts = 0;
  let plotCharts = 0;
  let templatedCharts = 0;
  for (const f of html) {
    const buf = readFileSync(f);
    const text = buf.toString("utf8");
    charts += text.split("<svg").length - 1;
    const drawn = text.split('class="plot-chart"').length - 1;
    const rel = relative(DIST, f).split(sep).join("/");
    const path = "/" + rel.replace(/(^|\/)index\.html$/, "$1");
    const type = pageTypeOf(path);
    if (TEMPLATED_TYPES.has(type)) templatedCharts += drawn;
    else plotCharts += drawn;
    groups.set(type, [...(groups.get(type) ?? []), { path, raw: buf.length, gz: gz(buf) }]);
  }
  const order = [...PAGE_TYPES.map((t) => t.type), "other"];
  const byType = [...groups.entries()]
    .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([type, list]) => {
      const max = list.reduce((a, b) => (b.raw > a.raw ? b : a));
      return {
        type,
        pages: list.length,
        rawMedian: median(list.map((x) => x.raw)),
        rawMax: max.raw,
        gzMedian: median(list.map((x) => x.gz)),
        gzMax: Math.max(...list.map((x) => x.gz)),
        maxPage: max.path,
      };
    });
  return { pages: html.length, charts, plotCharts, templatedCharts, byType };
}

interface JsRow {
  type: string;
  path: string;
  files: number;
  raw: number;
  gz: number;
  inline: number;
  inlineGz: number;
}

async function measureJs(): Promise<JsRow[]> {
  const examples = new Map<string, string>();
  // Checked now, not when pages.ts was imported: the bench builds dist/ after that.
  for (const p of PAGES.filter((x) => fileFor(x.path) !== undefined))
    if (!examples.has(p.type)) examples.set(p.type, p.path);
  const server = await startServer();
  const browser = await launchChromium();
  const rows: JsRow[] = [];
  try {
    for (const [type, path] of examples) {
      const page = await browser.context.newPage();
      const bodies: Promise<Buffer | undefined>[] = [];
      page.on("response", (res) => {
        const ct = res.headers()["content-type"] ?? "";
        if (res.request().resourceType() === "script" || /javascript/.test(ct))
          bodies.push(res.body().catch(() => undefined));
      });
      await page.goto(server.origin + path, { waitUntil: "load" });
      // A page that keeps the network busy (or a slow machine) must not end the bench: measure what has loaded.
      const idle = await page
        .waitForLoadState("networkidle", { timeout: 15_000 })
        .then(() => true)
        .catch(() => false);
      if (!idle) console.log(`(${path}: network not idle after 15 s; measured what had loaded)`);
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll("script:not([src])")]
          .filter((s) => {
            const t = s.getAttribute("type") ?? "";
            return t === "" || t === "module" || /javascript/.test(t);
          })
          .map((s) => s.textContent ?? ""),
      );
      const files = (await Promise.all(bodies)).filter((b): b is Buffer => b !== undefined);
      rows.push({
        type,
        path,
        files: files.length,
        raw: files.reduce((s, b) => s + b.length, 0),
        gz: files.reduce((s, b) => s + gz(b), 0),
        inline: inline.reduce((s, t) => s + Buffer.byteLength(t), 0),
        inlineGz: inline.reduce((s, t) => s + (t ? gz(t) : 0), 0),
      });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

function measurePagefind(): { files: number; bytes: number } {
  const files = walk(join(DIST, "pagefind"));
  return { files: files.length, bytes: files.reduce((s, f) => s + statSync(f).size, 0) };
}

// ---------- main

const previous = existsSync(join(ROOT, "bench-results", "latest.json"))
  ? (JSON.parse(readFileSync(join(ROOT, "bench-results", "latest.json"), "utf8")) as {
      stages?: StageResult[];
    })
  : undefined;
const stages: StageResult[] = [];
if (!skipBuild) {
  if (cold) {
    makeCold();
    stages.push(...(await runPipeline("cold")));
  }
  if (stages.every((s) => s.exitCode === 0)) stages.push(...(await runPipeline("warm")));
}
assertBuilt();

console.log("\n== Pipeline stages");
if (stages.length === 0) console.log("(skipped: --skip-build)");
else {
  const before = (s: StageResult) =>
    previous?.stages?.find((p) => p.stage === s.stage && (p.run ?? "warm") === s.run);
  const ratio = (now: number | undefined, then: number | undefined) =>
    now !== undefined && then ? `${(now / then).toFixed(2)}×` : "–";
  table(
    ["stage", "run", "wall", "CPU", "peak RSS", "exit", "wall vs last", "CPU vs last"],
    stages.map((s) => [
      s.stage,
      s.run,
      `${s.seconds.toFixed(1)} s`,
      s.cpuSeconds !== undefined ? `${s.cpuSeconds.toFixed(1)} s` : "?",
      s.peakRssBytes ? mb(s.peakRssBytes) : "?",
      s.exitCode,
      ratio(s.seconds, before(s)?.seconds),
      ratio(s.cpuSeconds, before(s)?.cpuSeconds),
    ]),
  );
  if (coldState) console.log(`cold run: ${coldState}`);
  for (const run of ["cold", "warm"]) {
    const list = stages.filter((s) => s.run === run);
    if (list.length)
      console.log(
        `${run} total: ${list.reduce((a, s) => a + s.seconds, 0).toFixed(1)} s wall, ${list
          .reduce((a, s) => a + (s.cpuSeconds ?? 0), 0)
          .toFixed(1)} s CPU (peak RSS by ${stages[0]!.method})`,
      );
  }
  const dataStages = join(CACHE, "data-stages.json");
  if (existsSync(dataStages)) {
    const list = JSON.parse(readFileSync(dataStages, "utf8")) as {
      stage: string;
      ms: number;
      rssMB?: number;
    }[];
    console.log("\nbuild-data stages (.cache/data-stages.json)");
    table(
      ["stage", "wall", "RSS after"],
      list.map((s) => [s.stage, `${(s.ms / 1000).toFixed(1)} s`, s.rssMB ? `${s.rssMB.toFixed(1)} MB` : "?"]),
    );
  }
  const dataReads = join(CACHE, "data-reads.json");
  if (existsSync(dataReads)) {
    const reads = JSON.parse(readFileSync(dataReads, "utf8")) as {
      id: string;
      encoding: string;
      rows: number;
      ms: number;
    }[];
    const total = reads.reduce((n, r) => n + r.ms, 0);
    const sheets = reads.filter((r) => ["xlsx", "xls", "ods"].includes(r.encoding));
    console.log(
      `\nbuild-data read per source (.cache/data-reads.json): ${reads.length} sources, ${(total / 1000).toFixed(1)} s; ` +
        `spreadsheets ${sheets.length} (${(sheets.reduce((n, r) => n + r.ms, 0) / 1000).toFixed(1)} s), ` +
        `rows ${reads.reduce((n, r) => n + r.rows, 0).toLocaleString("en")}`,
    );
    table(
      ["source (10 slowest)", "format", "rows", "read"],
      reads.slice(0, 10).map((r) => [r.id, r.encoding, r.rows, `${(r.ms / 1000).toFixed(2)} s`]),
    );
  }
}

const html = measureHtml();
console.log(
  `\n== Site\npages (HTML files): ${html.pages}\n<svg> in HTML: ${html.charts}; data charts: ${html.templatedCharts} templated (board and SWV trends), ${html.plotCharts} drawn with Plot`,
);

let edit: EditLoop | undefined;
if (editLoop) {
  console.log("\n== Edit-to-page loop (astro dev; then a static rebuild is the warm astro stage above)");
  const boards = JSON.parse(readFileSync(join(ROOT, "data/derived/boards.json"), "utf8")) as { id: string }[];
  edit = await measureEditLoop(boards[0]!.id);
  const sec = (v: number | undefined) => (v === undefined ? "not seen within 30 s" : `${v.toFixed(2)} s`);
  if (!edit) console.log("astro dev did not serve the page within 120 s");
  else {
    console.log(
      `first request of ${edit.page}: ${sec(edit.firstPageSeconds)} (server start and first render)`,
    );
    console.log(
      `one registry field (an indicator's label in registry.ts) → page shows it: ${sec(edit.registryEditSeconds)}`,
    );
    console.log(
      `one board's derived figure (data/derived/boards/<id>.json) → page shows it: ${sec(edit.boardEditSeconds)}`,
    );
  }
}

console.log("\n== HTML per page type (raw / gzip -9)");
table(
  ["page type", "pages", "raw median", "raw max", "gz median", "gz max", "largest page"],
  html.byType.map((r) => [
    r.type,
    r.pages,
    kb(r.rawMedian),
    kb(r.rawMax),
    kb(r.gzMedian),
    kb(r.gzMax),
    r.maxPage,
  ]),
);

console.log("\n== JavaScript per page type (loaded in Chromium: script responses + inline scripts)");
const js = await measureJs();
table(
  ["page type", "example", "files", "raw", "gz", "inline raw", "inline gz", "total gz"],
  js.map((r) => [
    r.type,
    r.path,
    r.files,
    kb(r.raw),
    kb(r.gz),
    kb(r.inline),
    kb(r.inlineGz),
    kb(r.gz + r.inlineGz),
  ]),
);

const pf = measurePagefind();
console.log(`\n== Pagefind index\n${pf.files} files, ${mb(pf.bytes)} (${pf.bytes} bytes) in dist/pagefind`);

// ---------- search: index time, and query → results in Chromium
const SEARCH_QUERIES = [
  "RASCI",
  "LEV-WN",
  "Zwijndrecht",
  "thuiszitters",
  "solvabiliteit",
  "Oost-Brabant",
  "kpi",
  "Amsterdam",
  "vsv",
  "Rotterdam",
  "Wereldwijs",
  "dekkend netwerk",
  "Utrecht",
  "praatplaat",
  "Almere",
  "gewichtenleerlingen",
  "Groningen",
  "tlv",
  "doelmatigheid",
  "Delft",
];
const indexDir = join(tmpdir(), `pf-bench-${process.pid}`);
const t0 = performance.now();
const counts = await buildSearchIndex(DIST, indexDir, join(ROOT, "data/derived/boards.json"));
const indexSeconds = (performance.now() - t0) / 1000;
rmSync(indexDir, { recursive: true, force: true });
const searchTimes: number[] = [];
const compareTimes: number[] = [];
const compareJs = { files: 0, raw: 0, gz: 0 };
let peers = { raw: 0, gz: 0 };
{
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.origin + "/zoeken/", { waitUntil: "load" });
    await page.waitForSelector("body[data-search-ready]");
    for (const q of SEARCH_QUERIES) {
      const ms = await page.evaluate(async (query) => {
        const status = document.getElementById("search-status")!;
        const input = document.getElementById("q") as HTMLInputElement;
        const before = status.textContent;
        const start = performance.now();
        input.value = query;
        (document.getElementById("search-form") as HTMLFormElement).requestSubmit();
        while (status.textContent === before || !/resultaten/.test(status.textContent ?? ""))
          await new Promise((r) => setTimeout(r, 2));
        return performance.now() - start;
      }, q);
      searchTimes.push(ms);
    }
    await page.close();
    // Comparison: JS and data loaded for a filled comparison (incl. the lazy Plot chunk), then group changes.
    const cmp = await browser.context.newPage();
    const js: Buffer[] = [];
    const pending: Promise<void>[] = [];
    cmp.on("response", (res) => {
      const url = res.url();
      pending.push(
        res.body().then(
          (b) => {
            if (/\.js(\?|$)/.test(url)) js.push(b);
            // The split peer data (boards file and the indicator parts the comparison needs).
            if (url.includes("/data/peers")) peers = { raw: peers.raw + b.length, gz: peers.gz + gz(b) };
          },
          () => undefined,
        ),
      );
    });
    await cmp.goto(server.origin + "/vergelijk/?bestuur=41646&sector=po", { waitUntil: "load" });
    await cmp.waitForSelector("body[data-compare-ready]");
    await cmp.waitForLoadState("networkidle");
    await Promise.all(pending);
    Object.assign(compareJs, {
      files: js.length,
      raw: js.reduce((a, b) => a + b.length, 0),
      gz: js.reduce((a, b) => a + gz(b), 0),
    });
    for (let i = 0; i < 20; i++) {
      const mode = i % 2 === 0 ? "vergelijkbaar" : "grootte";
      const ms = await cmp.evaluate(async (m) => {
        const n = Number(document.body.dataset.renders ?? 0);
        const start = performance.now();
        const radio = document.querySelector<HTMLInputElement>(`input[name=groep][value=${m}]`)!;
        radio.checked = true;
        radio.dispatchEvent(new Event("change", { bubbles: true }));
        while (Number(document.body.dataset.renders ?? 0) <= n) await new Promise((r) => setTimeout(r, 2));
        return performance.now() - start;
      }, mode);
      compareTimes.push(ms);
    }
    await cmp.close();
  } finally {
    await browser.close();
    await server.close();
  }
}
console.log("\n== Search (Pagefind)");
console.log(
  `index: ${counts.pages} HTML pages + ${counts.boards} boards + ${counts.schools} schools as records + ${counts.tips} tips, built in ${indexSeconds.toFixed(1)} s`,
);
console.log(
  `query → results in Chromium, median of ${searchTimes.length} queries: ${median(searchTimes).toFixed(0)} ms (max ${Math.max(...searchTimes).toFixed(0)} ms)`,
);
console.log("\n== Comparison (/vergelijk/ with a board)");
console.log(
  `JavaScript loaded (incl. lazy Plot chunk): ${compareJs.files} files, ${kb(compareJs.raw)} raw, ${kb(compareJs.gz)} gzipped`,
);
console.log(`peer data loaded (/data/peers/…): ${kb(peers.raw)} raw, ${kb(peers.gz)} gzipped`);
console.log(
  `change of group → updated figures and charts, median of ${compareTimes.length}: ${median(compareTimes).toFixed(0)} ms (max ${Math.max(...compareTimes).toFixed(0)} ms)`,
);

mkdirSync(join(ROOT, "bench-results"), { recursive: true });
writeFileSync(
  join(ROOT, "bench-results", "latest.json"),
  JSON.stringify(
    {
      // With --skip-build the stages of the last run that had them are kept, for the next ratio.
      stages: stages.length ? stages : (previous?.stages ?? []),
      html,
      edit,
      js,
      pagefind: pf,
      search: { indexSeconds, counts, searchTimes },
      compare: { compareJs, peers, compareTimes },
    },
    null,
    2,
  ) + "\n",
);
console.log("\nwritten: bench-results/latest.json");
