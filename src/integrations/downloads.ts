import type { AstroIntegration } from "astro";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { writeDownloads } from "../lib/site/downloads.ts";
import { derivedReady } from "./dataStage.ts";
import { markOutputEmptied, outputEmptied, outputEmptiedPlugin } from "./outputEmptied.ts";

const DERIVED = join(process.cwd(), "data", "derived");

/**
 * Writes the downloads (src/lib/site/downloads.ts): in a worker thread, straight into the output folder while the
 * pages render on the other threads. The worker starts once data/derived/ is complete (dataStage.ts) and Astro has
 * emptied the output folder (outputEmptied.ts), so nothing is moved or deleted at the end. Without a worker (it failed) they are
 * written in place at the end.
 */
export default function downloads(): AstroIntegration {
  let outDir = "";
  let pending: Promise<number> | undefined;
  return {
    name: "downloads",
    hooks: {
      "astro:config:setup": ({ command, updateConfig }) => {
        if (command !== "build") return;
        updateConfig({ vite: { plugins: [outputEmptiedPlugin()] } });
      },
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      "astro:build:start": () => {
        pending = Promise.all([derivedReady(), outputEmptied()]).then(
          () =>
            new Promise<number>((resolve, reject) => {
              const w = new Worker(join(process.cwd(), "src/integrations/downloadsWorker.ts"), {
                workerData: { derived: DERIVED, out: outDir },
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
        // Had no Vite build marked the output folder emptied, the worker starts now, writing in place.
        markOutputEmptied();
        let files: number;
        let how = "in a worker during the build";
        try {
          if (!pending) throw new Error("not started");
          files = await pending;
        } catch (e) {
          how = `at the end (worker: ${(e as Error).message})`;
          files = writeDownloads(DERIVED, site);
        }
        logger.info(`downloads: ${files} files, written ${how}`);
      },
    },
  };
}
