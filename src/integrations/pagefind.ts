import type { AstroIntegration } from "astro";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSearchIndex } from "../lib/site/searchIndex.ts";

/** Builds the Pagefind index in `astro:build:done` (see buildSearchIndex); fails the build on any error. */
export default function pagefind(): AstroIntegration {
  return {
    name: "pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const n = await buildSearchIndex(
          site,
          join(site, "pagefind"),
          join(process.cwd(), "data/derived/boards.json"),
        );
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
