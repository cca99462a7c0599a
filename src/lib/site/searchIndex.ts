import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import type { BoardIndexEntry } from "./data.ts";
import { BoardIndexSchema, BoardSchema, checkDerived } from "../data/derivedSchema.ts";
import { boardRecord, namesIndex, schoolRecord, searchSchools, type SearchBoard } from "./schoolSearch.ts";

// Records are sent to the Pagefind service this many at a time: the service answers each message on its own, so
// keeping a window of requests in flight hides the round trip (11,000 school records one by one wait on it).
const IN_FLIGHT = 64;

/** Adds every item through `add` with up to IN_FLIGHT requests pending, sent in order; throws on the first error. */
async function addAll<T>(
  items: readonly T[],
  add: (item: T) => Promise<{ errors: string[] }>,
  what: (item: T) => string,
): Promise<void> {
  for (let i = 0; i < items.length; i += IN_FLIGHT) {
    const batch = items.slice(i, i + IN_FLIGHT);
    const results = await Promise.all(batch.map(add));
    results.forEach((r, j) => {
      if (r.errors.length) throw new Error(`pagefind: ${what(batch[j]!)}: ${r.errors.join("; ")}`);
    });
  }
}

function htmlFiles(dir: string, skip: (path: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (skip(path)) continue;
    if (statSync(path).isDirectory()) htmlFiles(path, skip, out);
    else if (name.endsWith(".html")) out.push(path);
  }
  return out;
}

/** What the index holds and how long each step took. */
export interface SearchIndexCounts {
  pages: number;
  boards: number;
  schools: number;
  tips: number;
  namesBytes: number;
  namesGzip: number;
  seconds: Record<string, number>;
}

/** A search index under way: the data records are in; `finish` adds the built pages and writes it. */
export interface PendingSearchIndex {
  finish(site: string, outputPath: string): Promise<SearchIndexCounts>;
}

type PagefindIndex = NonNullable<Awaited<ReturnType<(typeof import("pagefind"))["createIndex"]>>["index"]>;

/** Adds every board and vestiging record to `index`; returns their counts and the names index (JSON). */
async function addDataRecords(
  index: PagefindIndex,
  boardsJson: string,
): Promise<{ boardCount: number; schoolCount: number; names: string }> {
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
  await addAll(
    full,
    (b) => index.addHTMLFile(boardRecord(b, (id) => nameOf.get(id))),
    (b) => `board ${b.id}`,
  );
  const schools = searchSchools(full);
  await addAll(
    schools,
    (s) => index.addHTMLFile(schoolRecord(s)),
    (s) => `school ${s.code}`,
  );
  return {
    boardCount: boards.length,
    schoolCount: schools.length,
    names: JSON.stringify(namesIndex(full, schools)),
  };
}

/**
 * Starts the Pagefind index with the records made from the data, which need no built page: every board (name,
 * number, places, school names; weighted so active boards rank above former ones) and every vestiging (a result
 * of its own leading to its row on the board page). Started before the pages are built, the Pagefind service
 * indexes these on the other core while Astro renders. Throws on any error.
 */
export async function startSearchIndex(boardsJson: string): Promise<PendingSearchIndex> {
  // Seconds per step, for the build log and the benchmark.
  const seconds: Record<string, number> = {};
  let t = performance.now();
  const T = (step: string) => {
    const now = performance.now();
    seconds[step] = Math.round(now - t) / 1000;
    t = now;
  };
  const { createIndex, close } = await import("pagefind");
  const { index, errors } = await createIndex({ forceLanguage: "nl" });
  if (!index || errors.length) throw new Error(`pagefind: ${errors.join("; ")}`);
  // The board records are large (the whole derived data): only the counts and the names index outlive this
  // call, so the build's main thread does not carry every record (and mark it in each full GC) while pages render.
  const { boardCount, schoolCount, names } = await addDataRecords(index, boardsJson);
  T("records");
  return {
    async finish(site, outputPath) {
      t = performance.now();
      writeFileSync(join(site, "zoekindex.json"), names);
      // Board pages are in as records (above); every other page from its HTML, if it marks its content for
      // search (Base.astro's data-pagefind-body; not the praatplaat, embed, redirect, comparison, search and 404
      // pages): Pagefind would parse the others only to drop them.
      const boardsDir = join(site, "besturen");
      const pages = htmlFiles(
        site,
        (p) => p.startsWith(boardsDir + "/") && p !== join(boardsDir, "index.html"),
      )
        .map((file) => ({ file, content: readFileSync(file, "utf8") }))
        .filter((p) => p.content.includes("data-pagefind-body"));
      await addAll(
        pages,
        (p) =>
          index.addHTMLFile({
            url: ("/" + relative(site, p.file)).replace(/index\.html$/, ""),
            content: p.content,
          }),
        (p) => p.file,
      );
      T("pages");
      const tips = JSON.parse(readFileSync(join(site, "tips.json"), "utf8")) as {
        text: string;
        anchor: string;
        organisation: string;
        caseTitle: string;
        themeLabels: string[];
      }[];
      await addAll(
        tips,
        (tip) =>
          index.addCustomRecord({
            url: `/tips/#${tip.anchor}`,
            language: "nl",
            content: `${tip.text}\nTip uit ${tip.caseTitle} (${tip.organisation}). Thema's: ${tip.themeLabels.join(", ")}.`,
            meta: { title: tip.text },
            filters: { soort: ["tip"], thema: tip.themeLabels },
          }),
        (tip) => `tip ${tip.anchor}`,
      );
      T("tips");
      const written = await index.writeFiles({ outputPath });
      T("write");
      if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
      await close();
      return {
        pages: pages.length,
        boards: boardCount,
        schools: schoolCount,
        tips: tips.length,
        namesBytes: Buffer.byteLength(names),
        namesGzip: gzipSync(names).length,
        seconds,
      };
    },
  };
}

/**
 * Builds the Pagefind index of a built site into `outputPath` in one go (startSearchIndex, then finish): the
 * boards and vestigingen as records from the data, each tip as its own record, every other search page from its
 * HTML. Also writes the names index `zoekindex.json` (exact codes, forgiving queries and suggestions; see
 * fuzzy.ts) into the site. Throws on any error.
 */
export async function buildSearchIndex(
  site: string,
  outputPath: string,
  boardsJson: string,
): Promise<SearchIndexCounts> {
  return (await startSearchIndex(boardsJson)).finish(site, outputPath);
}
