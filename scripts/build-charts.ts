// Pre-renders every board chart in parallel worker threads into .cache/charts/<board>.json (hash → SVG).
// Pages look charts up by the hash of the same spec, and draw any miss themselves, so this step only saves time.
// A shard whose hashes are all still current is kept as it is: a rebuild with unchanged data draws nothing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { boardData, boardIndex } from "../src/lib/site/data.ts";
import { boardFields } from "../src/lib/site/boardView.ts";
import { CHART_CACHE, specHash, svgOfSpec, trendSpecOf } from "../src/lib/site/chartSpecs.ts";

if (isMainThread) {
  const t0 = performance.now();
  const ids = boardIndex().map((b) => b.id);
  mkdirSync(CHART_CACHE, { recursive: true });
  const n = Math.max(1, Math.min(availableParallelism(), 4));
  const chunks = Array.from({ length: n }, (_, i) => ids.filter((_, j) => j % n === i));
  const counts = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<{ drawn: number; kept: number }>((resolve, reject) => {
          const w = new Worker(new URL(import.meta.url), { workerData: chunk });
          w.on("message", resolve);
          w.on("error", reject);
        }),
    ),
  );
  const drawn = counts.reduce((a, b) => a + b.drawn, 0);
  const kept = counts.reduce((a, b) => a + b.kept, 0);
  console.log(
    `charts: ${drawn + kept} board charts (${drawn} drawn, ${kept} unchanged from the cache) in ${((performance.now() - t0) / 1000).toFixed(1)} s on ${n} threads`,
  );
} else {
  let drawn = 0;
  let kept = 0;
  for (const id of workerData as string[]) {
    const file = join(CHART_CACHE, `${id}.json`);
    const old: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
    const shard: Record<string, string> = {};
    for (const f of boardFields(boardData(id)))
      for (const v of f.views) {
        const spec = trendSpecOf(v);
        if (!spec) continue;
        const hash = specHash(spec);
        if (old[hash] !== undefined) {
          shard[hash] = old[hash];
          kept++;
        } else {
          shard[hash] = svgOfSpec(spec);
          drawn++;
        }
      }
    const same =
      Object.keys(shard).length === Object.keys(old).length && Object.keys(shard).every((h) => h in old);
    if (!same) writeFileSync(file, JSON.stringify(shard));
  }
  parentPort!.postMessage({ drawn, kept });
}
