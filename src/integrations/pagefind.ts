import type { AstroIntegration } from "astro";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { boardSearchRecord } from "../lib/site/search.ts";
import type { BoardIndexEntry } from "../lib/site/data.ts";

function htmlFiles(dir: string, skip: (path: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (skip(path)) continue;
    if (statSync(path).isDirectory()) htmlFiles(path, skip, out);
    else if (name.endsWith(".html")) out.push(path);
  }
  return out;
}

/**
 * Builds the Pagefind index in `astro:build:done`. Board pages are indexed as custom records made from the
 * data (name, number, places, school names): the same words a person searches for, without parsing
 * 130 MB of chart-heavy HTML. Every other page is indexed from its HTML. Fails the build on any error.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: "pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const { createIndex, close } = await import("pagefind");
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: "nl" });
        if (!index || errors.length) throw new Error(`pagefind: ${errors.join("; ")}`);
        const boardsDir = join(site, "besturen");
        const files = htmlFiles(
          site,
          (p) => p.startsWith(boardsDir + "/") && p !== join(boardsDir, "index.html"),
        );
        for (const file of files) {
          const r = await index.addHTMLFile({
            url: ("/" + relative(site, file)).replace(/index\.html$/, ""),
            content: readFileSync(file, "utf8"),
          });
          if (r.errors.length) throw new Error(`pagefind: ${file}: ${r.errors.join("; ")}`);
        }
        const boards = JSON.parse(
          readFileSync(join(process.cwd(), "data/derived/boards.json"), "utf8"),
        ) as BoardIndexEntry[];
        for (const b of boards) {
          const r = await index.addCustomRecord(boardSearchRecord(b));
          if (r.errors.length) throw new Error(`pagefind: board ${b.id}: ${r.errors.join("; ")}`);
        }
        // Each tip is its own result, pointing at its anchor on /tips/.
        const tips = JSON.parse(readFileSync(join(site, "tips.json"), "utf8")) as {
          text: string;
          anchor: string;
          organisation: string;
          caseTitle: string;
          themeLabels: string[];
        }[];
        for (const t of tips) {
          const r = await index.addCustomRecord({
            url: `/tips/#${t.anchor}`,
            language: "nl",
            content: `${t.text}\nTip uit ${t.caseTitle} (${t.organisation}). Thema's: ${t.themeLabels.join(", ")}.`,
            meta: { title: t.text },
            filters: { soort: ["tip"], thema: t.themeLabels },
          });
          if (r.errors.length) throw new Error(`pagefind: tip ${t.anchor}: ${r.errors.join("; ")}`);
        }
        const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
        if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
        logger.info(
          `pagefind: indexed ${files.length} pages, ${boards.length} boards and ${tips.length} tips`,
        );
        await close();
      },
    },
  };
}
