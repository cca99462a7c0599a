// Pre-renders every board chart in parallel worker threads into .cache/charts/<board>.json (hash → SVG).
// Pages look charts up by the hash of the same spec, and draw any miss themselves, so this step only saves time.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { boardData, boardIndex } from "../src/lib/site/data.ts";
import { boardFields } from "../src/lib/site/boardView.ts";
import { CHART_CACHE, specHash, svgOfSpec, trendSpecOf } from "../src/lib/site/chartSpecs.ts";

if (isMainThread) {
  const t0 = performance.now();
  const ids = boardIndex().map((b) => b.id);
  rmSync(CHART_CACHE, { recursive: true, force: true });
  mkdirSync(CHART_CACHE, { recursive: true });
  const n = Math.max(1, Math.min(availableParallelism(), 4));
  const chunks = Array.from({ length: n }, (_, i) => ids.filter((_, j) => j % n === i));
  const counts = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<number>((resolve, reject) => {
          const w = new Worker(new URL(import.meta.url), { workerData: chunk });
          w.on("message", resolve);
          w.on("error", reject);
        }),
    ),
  );
  const charts = counts.reduce((a, b) => a + b, 0);
  console.log(
    `charts: ${charts} board charts pre-rendered in ${((performance.now() - t0) / 1000).toFixed(1)} s on ${n} threads`,
  );
} else {
  let count = 0;
  for (const id of workerData as string[]) {
    const board = boardData(id);
    const shard: Record<string, string> = {};
    for (const f of boardFields(board))
      for (const v of f.views) {
        const spec = trendSpecOf(v);
        if (!spec) continue;
        shard[specHash(spec)] = svgOfSpec(spec);
        count++;
      }
    writeFileSync(join(CHART_CACHE, `${id}.json`), JSON.stringify(shard));
  }
  parentPort!.postMessage(count);
}
