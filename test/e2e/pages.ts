// The one list of example URLs per page type, for the browser, axe and bench runs. Examples come from the built
// data where they can. Every page type must have a built example: a type that stops being generated (or an example
// that names no built page) fails the "every page type is built" test instead of being skipped.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DIST, ROOT, fileFor } from "./harness.ts";

/** One URL to test, with the page type it stands for. */
export interface PageExample {
  /** The page type as a route pattern, e.g. "/besturen/<id>/". */
  type: string;
  /** The URL path of this example, e.g. "/besturen/24597/". */
  path: string;
  /** Why this example was chosen. */
  label: string;
  /** Whether dist/ has the page now. */
  exists: boolean;
  /** A page that only forwards to another (meta refresh): checked by its own test, not as a reading page. */
  redirect?: boolean;
}

/** A page type: its route pattern and the regular expression that matches its URL paths in dist/. */
export interface PageType {
  type: string;
  match: RegExp;
}

/** Every planned page type, in site order; `match` classifies any built URL path (bench uses it). */
export const PAGE_TYPES: PageType[] = [
  { type: "/", match: /^\/$/ },
  { type: "/besturen/", match: /^\/besturen\/$/ },
  { type: "/besturen/<id>/", match: /^\/besturen\/[^/]+\/$/ },
  { type: "/besturen/<id>/praatplaat/", match: /^\/besturen\/[^/]+\/praatplaat\/$/ },
  { type: "/samenwerkingsverbanden/", match: /^\/samenwerkingsverbanden\/$/ },
  { type: "/samenwerkingsverbanden/<id>/", match: /^\/samenwerkingsverbanden\/(?!bg-)[^/]+\/$/ },
  // Former pages of SWV finance entities: meta-refresh pages to the SWV's code page.
  { type: "/samenwerkingsverbanden/bg-<board>/", match: /^\/samenwerkingsverbanden\/bg-\d{5}\/$/ },
  { type: "/sector/<sector>/", match: /^\/sector\/(po|vo)\/$/ },
  { type: "/sector/<sector>/sectorbeeld/", match: /^\/sector\/(po|vo)\/sectorbeeld\/$/ },
  { type: "/sector/<sector>/<field>/", match: /^\/sector\/(po|vo)\/(?!sectorbeeld\/)[^/]+\/$/ },
  { type: "/embed/<sector>/<total>/", match: /^\/embed\/(po|vo)\/[^/]+\/$/ },
  { type: "/indicatoren/", match: /^\/indicatoren\/$/ },
  { type: "/indicatoren/<id>/", match: /^\/indicatoren\/[^/]+\/$/ },
  { type: "/data/", match: /^\/data\/$/ },
  { type: "/over/", match: /^\/over\/$/ },
  { type: "/begrippen/", match: /^\/begrippen\/$/ },
  { type: "/praktijkvoorbeelden/", match: /^\/praktijkvoorbeelden\/$/ },
  { type: "/praktijkvoorbeelden/<slug>/", match: /^\/praktijkvoorbeelden\/(?!thema\/)[^/]+\/$/ },
  { type: "/praktijkvoorbeelden/thema/<theme>/", match: /^\/praktijkvoorbeelden\/thema\/[^/]+\/$/ },
  { type: "/tips/", match: /^\/tips\/$/ },
  { type: "/doelmatigheid/", match: /^\/doelmatigheid\/$/ },
  { type: "/doelmatigheid/<slug>/", match: /^\/doelmatigheid\/[^/]+\/$/ },
  { type: "/zoeken/", match: /^\/zoeken\/$/ },
  { type: "/vergelijk/", match: /^\/vergelijk\/$/ },
  { type: "/vergelijk/praatplaat/", match: /^\/vergelijk\/praatplaat\/$/ },
  { type: "404", match: /^\/404(\.html|\/)$/ },
];

/** The page type of a URL path, or "other". */
export function pageTypeOf(path: string): string {
  return PAGE_TYPES.find((t) => t.match.test(path))?.type ?? "other";
}

// --- Data: the copies the build put in dist/ (so examples match the pages built), else data/derived.

function readJson<T>(...candidates: string[]): T | undefined {
  for (const c of candidates) if (existsSync(c)) return JSON.parse(readFileSync(c, "utf8")) as T;
  return undefined;
}

/** The fields of data/derived/boards.json that the examples and tests use. */
export interface BoardSummary {
  id: string;
  name: string;
  active: boolean;
  sectors: ("po" | "vo")[];
  municipality?: string;
  pupils: Partial<Record<"po" | "vo", { value: number; year: number; lowerBound?: boolean }>>;
}

/** The fields of data/derived/swvs.json that the examples use. */
export interface SwvSummary {
  id: string;
  code: string;
  name?: string;
  sector: "po" | "vo";
  members: number;
}

const DERIVED = join(ROOT, "data", "derived");

/** All boards of the build (boards.json), or [] when there is no data yet. */
export const BOARDS: BoardSummary[] =
  readJson<BoardSummary[]>(join(DIST, "data", "boards.json"), join(DERIVED, "boards.json")) ?? [];
/** All SWVs of the build (swvs.json), or [] when there is no data yet. */
export const SWVS: SwvSummary[] =
  readJson<SwvSummary[]>(join(DIST, "data", "swvs.json"), join(DERIVED, "swvs.json")) ?? [];

const registry = readJson<{ indicators: { id: string }[]; fields: { slug: string }[] }>(
  join(DIST, "data", "registry.json"),
  join(DERIVED, "registry.json"),
);

const pupilsOf = (b: BoardSummary, s: "po" | "vo") => b.pupils[s]?.value ?? -1;
const byPupils = (s: "po" | "vo") => (a: BoardSummary, b: BoardSummary) =>
  pupilsOf(b, s) - pupilsOf(a, s) || a.id.localeCompare(b.id);

function nameSourceOf(id: string): string | undefined {
  return readJson<{ nameSource?: string }>(
    join(DIST, "besturen", id, "cijfers.json"),
    join(DERIVED, "boards", `${id}.json`),
  )?.nameSource;
}

/** The boards and SWVs the examples use, picked from the data (undefined when the data lacks such a case). */
export const EXAMPLES = {
  /** The active po board with the most pupils. */
  largePoBoard: BOARDS.filter((b) => b.active && b.sectors.includes("po")).sort(byPupils("po"))[0],
  /** The active vo-only board with the most pupils. */
  voBoard: BOARDS.filter((b) => b.active && b.sectors.join() === "vo").sort(byPupils("vo"))[0],
  /** The inactive board (merged or closed) with the most pupils in its last year. */
  inactiveBoard: BOARDS.filter((b) => !b.active).sort(
    (a, b) =>
      Math.max(pupilsOf(b, "po"), pupilsOf(b, "vo")) - Math.max(pupilsOf(a, "po"), pupilsOf(a, "vo")) ||
      a.id.localeCompare(b.id),
  )[0],
  /** The first board whose name the pipeline derived as "Gemeente <municipality>". */
  municipalBoard: BOARDS.filter((b) => b.name.startsWith("Gemeente "))
    .sort((a, b) => a.id.localeCompare(b.id))
    .find((b) => nameSourceOf(b.id) === "derived-gemeente"),
  /** The po SWV with the most members. */
  poSwv: SWVS.filter((s) => s.sector === "po" && s.code).sort(
    (a, b) => b.members - a.members || a.id.localeCompare(b.id),
  )[0],
  /** The vo SWV with the most members. */
  voSwv: SWVS.filter((s) => s.sector === "vo" && s.code).sort(
    (a, b) => b.members - a.members || a.id.localeCompare(b.id),
  )[0],
};

const slugsIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.mdx?$/.test(f))
        .map((f) => f.replace(/\.mdx?$/, ""))
        .sort()
    : [];

const FIELD_SLUGS = registry?.fields.map((f) => f.slug) ?? [
  "onderwijs",
  "leerling-en-ouder",
  "financien",
  "medewerkers",
];
const INDICATOR_IDS = new Set(registry?.indicators.map((i) => i.id) ?? []);
const CASE_SLUGS = slugsIn(join(ROOT, "content", "cases"));
/** The first theme in the frontmatter of the first case (a YAML block list under `themes:`). */
const FIRST_THEME = (() => {
  const first = CASE_SLUGS[0];
  if (!first) return undefined;
  const text = readFileSync(join(ROOT, "content", "cases", `${first}.mdx`), "utf8");
  return /^themes:\s*\n\s*-\s*["']?([\w-]+)/m.exec(text)?.[1];
})();
const DOELMATIGHEID_SLUGS = slugsIn(join(ROOT, "content", "doelmatigheid"));
/** The first redirect page of a former SWV finance entity in dist/ (bg-<board>). */
const FIRST_BG = existsSync(join(DIST, "samenwerkingsverbanden"))
  ? readdirSync(join(DIST, "samenwerkingsverbanden"))
      .filter((d) => /^bg-\d{5}$/.test(d))
      .sort()[0]
  : undefined;

type Draft = [type: string, path: string | undefined, label: string];
const drafts: Draft[] = [
  ["/", "/", "home"],
  ["/besturen/", "/besturen/", "board list"],
  ["/besturen/<id>/", maybeBoard(EXAMPLES.largePoBoard), "large active po board"],
  ["/besturen/<id>/", maybeBoard(EXAMPLES.voBoard), "vo board"],
  ["/besturen/<id>/", maybeBoard(EXAMPLES.inactiveBoard), "board no longer active"],
  ["/besturen/<id>/", maybeBoard(EXAMPLES.municipalBoard), "municipal board, name derived as Gemeente …"],
  [
    "/besturen/<id>/praatplaat/",
    EXAMPLES.largePoBoard && `/besturen/${EXAMPLES.largePoBoard.id}/praatplaat/`,
    "praatplaat of a large po board",
  ],
  ["/samenwerkingsverbanden/", "/samenwerkingsverbanden/", "SWV list"],
  ["/samenwerkingsverbanden/<id>/", maybeSwv(EXAMPLES.poSwv), "po SWV"],
  ["/samenwerkingsverbanden/<id>/", maybeSwv(EXAMPLES.voSwv), "vo SWV"],
  [
    "/samenwerkingsverbanden/bg-<board>/",
    FIRST_BG && `/samenwerkingsverbanden/${FIRST_BG}/`,
    "former SWV finance page",
  ],
  ["/sector/<sector>/", "/sector/po/", "sector po"],
  ["/sector/<sector>/", "/sector/vo/", "sector vo"],
  ["/sector/<sector>/sectorbeeld/", "/sector/po/sectorbeeld/", "printable sector report po"],
  ["/sector/<sector>/sectorbeeld/", "/sector/vo/sectorbeeld/", "printable sector report vo"],
  ...FIELD_SLUGS.map((f): Draft => ["/sector/<sector>/<field>/", `/sector/po/${f}/`, `po field ${f}`]),
  // vo finance has no open data here: the page shows the "no data" variant.
  ["/sector/<sector>/<field>/", "/sector/vo/financien/", "vo field without data"],
  ["/embed/<sector>/<total>/", "/embed/vo/slaagpercentage/", "embedded national chart (vo pass rate)"],
  ["/indicatoren/", "/indicatoren/", "indicator list"],
  ...["leerlingen", "solvabiliteit-2", "swv-leerlingen"]
    .filter((id) => INDICATOR_IDS.size === 0 || INDICATOR_IDS.has(id))
    .map((id): Draft => ["/indicatoren/<id>/", `/indicatoren/${id}/`, `indicator ${id}`]),
  ["/data/", "/data/", "data sources and downloads"],
  ["/over/", "/over/", "about"],
  ["/begrippen/", "/begrippen/", "glossary"],
  ["/praktijkvoorbeelden/", "/praktijkvoorbeelden/", "case list"],
  ["/praktijkvoorbeelden/<slug>/", maybeSlug("praktijkvoorbeelden", CASE_SLUGS[0]), "first case"],
  ["/praktijkvoorbeelden/thema/<theme>/", maybeSlug("praktijkvoorbeelden/thema", FIRST_THEME), "first theme"],
  ["/tips/", "/tips/", "tips"],
  ["/doelmatigheid/", "/doelmatigheid/", "doelmatigheid overview"],
  ["/doelmatigheid/<slug>/", maybeSlug("doelmatigheid", DOELMATIGHEID_SLUGS[0]), "first doelmatigheid page"],
  ["/zoeken/", "/zoeken/", "search"],
  ["/vergelijk/", "/vergelijk/", "compare"],
  ["/vergelijk/praatplaat/", "/vergelijk/praatplaat/", "comparison praatplaat without parameters"],
  ["404", "/404.html", "not-found page"],
];

function maybeBoard(b: BoardSummary | undefined): string | undefined {
  return b && `/besturen/${b.id}/`;
}
function maybeSwv(s: SwvSummary | undefined): string | undefined {
  return s && `/samenwerkingsverbanden/${s.id}/`;
}
function maybeSlug(section: string, slug: string | undefined): string | undefined {
  return slug && `/${section}/${slug}/`;
}

/** Every example. Examples whose data is missing (no build yet) are left out, and then fail `missingPageTypes`. */
export const PAGES: PageExample[] = drafts
  .filter((d): d is [string, string, string] => d[1] !== undefined)
  .map(([type, path, label]) => ({
    type,
    path,
    label,
    exists: fileFor(path) !== undefined,
    ...(type === "/samenwerkingsverbanden/bg-<board>/" ? { redirect: true } : {}),
  }));

/** The examples that are pages to read (every example but the redirects). */
export const READING_PAGES: PageExample[] = PAGES.filter((p) => !p.redirect);

/**
 * `pages` dealt into `n` shards of about equal weight (HTML bytes: axe's time grows with the page), so
 * the browser tests of one kind can run as several files side by side. Heaviest first, each to the lightest
 * shard; ties by path, so the split is the same every run. Every page lands in exactly one shard.
 */
export function shards<T extends { path: string }>(pages: T[], n: number, weight: (p: T) => number): T[][] {
  const out = Array.from({ length: n }, () => ({ pages: [] as T[], weight: 0 }));
  const sorted = [...pages].sort((a, b) => weight(b) - weight(a) || a.path.localeCompare(b.path));
  for (const p of sorted) {
    const lightest = out.reduce((m, s) => (s.weight < m.weight ? s : m), out[0]!);
    lightest.pages.push(p);
    lightest.weight += weight(p);
  }
  return out.map((s) => s.pages.sort((a, b) => a.path.localeCompare(b.path)));
}

/** The bytes of a page's built HTML (0 when it is not built), capped: axe sees repeated markup trimmed. */
export const htmlBytes = (p: { path: string }): number => {
  const f = fileFor(p.path);
  return f ? Math.min(statSync(f).size, 450_000) : 0;
};

/** The reading pages in the two shards of the browser sweep (sweep.test.ts, sweep-2.test.ts). */
export const SWEEP_SHARDS = shards(READING_PAGES, 2, htmlBytes);

/**
 * What is wrong with the example list against dist/: page types without an example, and examples that name no
 * built page. Empty when every page type is built and tested.
 */
export function missingPageTypes(pages: PageExample[] = PAGES, types: PageType[] = PAGE_TYPES): string[] {
  const problems: string[] = [];
  for (const t of types)
    if (!pages.some((p) => p.type === t.type))
      problems.push(`${t.type}: no example (its data or page is missing)`);
  for (const p of pages) if (!p.exists) problems.push(`${p.type}: ${p.path} (${p.label}) is not in dist/`);
  const typeOf = (path: string) => types.find((t) => t.match.test(path))?.type ?? "other";
  for (const p of pages)
    if (typeOf(p.path) !== p.type)
      problems.push(`${p.path} is listed as ${p.type} but its URL is of type ${typeOf(p.path)}`);
  return problems;
}

/** Test title of an example: "/besturen/24597/ (large active po board)". */
export const describePage = (p: PageExample): string => `${p.path} (${p.label})`;
