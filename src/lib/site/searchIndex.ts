import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { boardSearchRecord } from "./search.ts";
import type { BoardIndexEntry } from "./data.ts";
import { BoardIndexSchema, checkDerived } from "../data/derivedSchema.ts";

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
 * Builds the Pagefind index of a built site into `outputPath`. Board pages are indexed as custom records made
 * from the data (name, number, places, school names): the words a person searches for, without parsing 130 MB
 * of chart-heavy HTML; each tip is its own record; every other page is indexed from its HTML. Throws on any error.
 */
export async function buildSearchIndex(
  site: string,
  outputPath: string,
  boardsJson: string,
): Promise<{ pages: number; boards: number; tips: number }> {
  const { createIndex, close } = await import("pagefind");
  const { index, errors } = await createIndex({ forceLanguage: "nl" });
  if (!index || errors.length) throw new Error(`pagefind: ${errors.join("; ")}`);
  const boardsDir = join(site, "besturen");
  const files = htmlFiles(site, (p) => p.startsWith(boardsDir + "/") && p !== join(boardsDir, "index.html"));
  for (const file of files) {
    const url = ("/" + relative(site, file)).replace(/index\.html$/, "");
    const r = await index.addHTMLFile({ url, content: readFileSync(file, "utf8") });
    if (r.errors.length) throw new Error(`pagefind: ${file}: ${r.errors.join("; ")}`);
  }
  const boards: BoardIndexEntry[] = checkDerived(
    BoardIndexSchema,
    boardsJson,
    JSON.parse(readFileSync(boardsJson, "utf8")),
  );
  for (const b of boards) {
    const r = await index.addCustomRecord(boardSearchRecord(b));
    if (r.errors.length) throw new Error(`pagefind: board ${b.id}: ${r.errors.join("; ")}`);
  }
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
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
  await close();
  return { pages: files.length, boards: boards.length, tips: tips.length };
}
