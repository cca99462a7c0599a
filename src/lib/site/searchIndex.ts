import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import type { BoardIndexEntry } from "./data.ts";
import { BoardIndexSchema, BoardSchema, checkDerived } from "../data/derivedSchema.ts";
import { boardRecord, namesIndex, schoolRecord, searchSchools, type SearchBoard } from "./schoolSearch.ts";

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
 * Builds the Pagefind index of a built site into `outputPath`. Board pages are indexed as records made from the
 * data (name, number, places, school names; weighted so active boards rank above former ones), every vestiging
 * is a result of its own leading to its row on the board page, each tip is its own record; every other page is
 * indexed from its HTML. Also writes the names index `zoekindex.json` (exact codes, forgiving queries and
 * suggestions; see fuzzy.ts) into the site. Throws on any error.
 */
export async function buildSearchIndex(
  site: string,
  outputPath: string,
  boardsJson: string,
): Promise<{
  pages: number;
  boards: number;
  schools: number;
  tips: number;
  namesBytes: number;
  namesGzip: number;
}> {
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
  const full: SearchBoard[] = boards.map((b) => {
    const path = join(dirname(boardsJson), "boards", `${b.id}.json`);
    return checkDerived(BoardSchema, path, JSON.parse(readFileSync(path, "utf8")));
  });
  const nameOf = new Map(full.map((b) => [b.id, b.name]));
  for (const b of full) {
    const r = await index.addHTMLFile(boardRecord(b, (id) => nameOf.get(id)));
    if (r.errors.length) throw new Error(`pagefind: board ${b.id}: ${r.errors.join("; ")}`);
  }
  const schools = searchSchools(full);
  for (const s of schools) {
    const r = await index.addHTMLFile(schoolRecord(s));
    if (r.errors.length) throw new Error(`pagefind: school ${s.code}: ${r.errors.join("; ")}`);
  }
  const names = JSON.stringify(namesIndex(full, schools));
  writeFileSync(join(site, "zoekindex.json"), names);
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
  return {
    pages: files.length,
    boards: boards.length,
    schools: schools.length,
    tips: tips.length,
    namesBytes: Buffer.byteLength(names),
    namesGzip: gzipSync(names).length,
  };
}
