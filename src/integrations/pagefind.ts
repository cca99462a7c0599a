import type { AstroIntegration } from "astro";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startSearchIndex, type PendingSearchIndex } from "../lib/site/searchIndex.ts";
import { derivedReady } from "./dataStage.ts";

/**
 * Builds the Pagefind index: the records made from the data go in when the build starts (the Pagefind service
 * indexes them on another core while Astro renders the pages), the built pages and the files in
 * `astro:build:done`. Fails the build on any error.
 */
export default function pagefind(): AstroIntegration {
  let pending: Promise<PendingSearchIndex> | undefined;
  return {
    name: "pagefind",
    hooks: {
      "astro:build:start": () => {
        pending = derivedReady().then(() =>
          startSearchIndex(join(process.cwd(), "data/derived/boards.json")),
        );
        // Reported when awaited in astro:build:done; not an unhandled rejection while pages render.
        pending.catch(() => {});
      },
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        pending ??= startSearchIndex(join(process.cwd(), "data/derived/boards.json"));
        const n = await (await pending).finish(site, join(site, "pagefind"));
        logger.info(
          `pagefind: indexed ${n.pages} pages, ${n.boards} boards, ${n.schools} schools and ${n.tips} tips; zoekindex.json ${n.namesBytes} bytes (${n.namesGzip} gzipped); seconds: ${Object.entries(
            n.seconds,
          )
            .map(([k, v]) => `${k} ${v}`)
            .join(", ")}`,
        );
      },
    },
  };
}
