import type { AstroIntegration } from "astro";
import { mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { writeDownloads } from "../lib/site/downloads.ts";
import { derivedReady } from "./dataStage.ts";

const DERIVED = join(process.cwd(), "data", "derived");
// Astro empties the output folder after astro:build:start, so the worker writes here and the files move in at the end.
const STAGING = join(process.cwd(), ".cache", "downloads");

/** Moves every file under `from` to the same place under `to` (same file system: a rename each). */
function moveTree(from: string, to: string): void {
  for (const e of readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const rel = relative(from, join(e.parentPath, e.name));
    mkdirSync(join(to, rel, ".."), { recursive: true });
    renameSync(join(from, rel), join(to, rel));
  }
}

/**
 * Writes the downloads (src/lib/site/downloads.ts): in a worker thread started with the build, so they are made
 * on another core while the pages render, then moved into the site in `astro:build:done`. Without a worker (it
 * failed to start) they are written in place at the end.
 */
export default function downloads(): AstroIntegration {
  let pending: Promise<number> | undefined;
  return {
    name: "downloads",
    hooks: {
      "astro:build:start": () => {
        rmSync(STAGING, { recursive: true, force: true });
        // The worker starts once data/derived/ is complete (the build may be writing it: dataStage.ts).
        pending = derivedReady().then(
          () =>
            new Promise<number>((resolve, reject) => {
              const w = new Worker(join(process.cwd(), "src/integrations/downloadsWorker.ts"), {
                workerData: { derived: DERIVED, out: STAGING },
              });
              w.once("message", resolve);
              w.once("error", reject);
              w.once(
                "exit",
                (code) => code !== 0 && reject(new Error(`downloads worker exited with ${code}`)),
              );
            }),
        );
        pending.catch(() => {});
      },
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        let files: number;
        let how = "in a worker during the build";
        try {
          if (!pending) throw new Error("not started");
          files = await pending;
          moveTree(STAGING, site);
        } catch (e) {
          how = `at the end (worker: ${(e as Error).message})`;
          files = writeDownloads(DERIVED, site);
        }
        rmSync(STAGING, { recursive: true, force: true });
        logger.info(`downloads: ${files} files, written ${how}`);
      },
    },
  };
}
