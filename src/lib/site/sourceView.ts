// How pages name a source file and its date: every year, date and title comes from the source manifest
// (data/sources.json, carried into data/derived/registry.json), never from the page.
import type { Manifest, Source } from "../data/manifest.ts";
import type { Sector } from "../data/registry.ts";
import { andWords } from "../format.ts";
import { formatDateNl } from "./oordelenView.ts";

/** The part of the manifest the site reads. */
export type SourceManifest = Pick<Manifest, "licences" | "sources">;

/**
 * The files a sector's figures of an indicator can come from: the indicator's files without the other sector's.
 * Files are named po-… or vo-… per sector; the rest (fin-, functiemix-, cbs-, inspectie-) serve both. The one
 * rule for the "Bron:" line of a page, the CSV downloads and the national tables.
 */
export const sectorSources = (sources: readonly string[], sector: Sector | undefined): string[] =>
  sector === undefined
    ? [...sources]
    : sources.filter((id) => !id.startsWith(sector === "po" ? "vo-" : "po-"));

/** The files one figure comes from: its own file where the series names one per year, else the sector's files. */
export const pointSources = (
  sources: readonly string[],
  sector: Sector | undefined,
  point: { source?: string },
): string[] => (point.source ? [point.source] : sectorSources(sources, sector));

/** `[2009, 2017]` → `2009-2017`; `[2015]` → `2015`; `[]` → undefined. */
export const yearSpan = (years: readonly number[]): string | undefined =>
  years.length === 0 ? undefined : years.length === 1 ? `${years[0]}` : `${years[0]}-${years.at(-1)}`;

/** `[2009, 2017]` → `2009-2010 tot en met 2017-2018` (school years that start in those years). */
export const schoolYearSpan = (years: readonly number[]): string | undefined => {
  if (years.length === 0) return undefined;
  const sy = (y: number) => `${y}-${y + 1}`;
  const first = years[0]!;
  const last = years.at(-1)!;
  return first === last ? sy(first) : `${sy(first)} tot en met ${sy(last)}`;
};

export { andWords };

export interface SourceLookup {
  /** The manifest entry; throws for an unknown id, so a renamed source stops the build instead of showing an id. */
  get(id: string): Source;
  /** The file's title as the manifest gives it. */
  title(id: string): string;
  /** Who to credit: the licence's credit ("DUO", "CBS", "Inspectie van het Onderwijs"). */
  publisher(id: string): string;
  /** "DUO, Sluitende en fuserende scholen in het primair onderwijs 2009-2017". */
  label(id: string): string;
  /** The publishers of these files, once each, in order: "DUO", "DUO en CBS", "DUO, CBS en Inspectie van het Onderwijs". */
  publishers(ids: readonly string[]): string;
  /** The date or period inside a sentence: `when`, else the years ("1 april 2018", "ca. april 2018", "2015"). */
  when(id: string): string;
  /** The first and last year, `2009-2017` (or the one year). */
  span(id: string): string;
  /** The first and last year of the figures. */
  years(id: string): { first: number; last: number };
  /** `frameworkSince` in words ("1 augustus 2017"); throws when the manifest does not give it. */
  frameworkSince(id: string): string;
  /** The anchor of the source's row on /data/. */
  href(id: string): string;
}

/** A lookup over one manifest (the real one in pages, any other in tests). */
export function sourceLookup(m: SourceManifest): SourceLookup {
  const byId = new Map(m.sources.map((s) => [s.id, s]));
  const get = (id: string): Source => {
    const s = byId.get(id);
    if (!s) throw new Error(`source ${id} is not in the source manifest (data/sources.json)`);
    return s;
  };
  const years = (id: string) => {
    const s = get(id);
    if (s.years.length === 0) throw new Error(`source ${id} states no years`);
    return { first: s.years[0]!, last: s.years.at(-1)! };
  };
  const publisher = (id: string) => {
    const s = get(id);
    return m.licences[s.licence]?.credit ?? s.publisher;
  };
  return {
    get,
    title: (id) => get(id).title,
    publisher,
    label: (id) => `${publisher(id)}, ${get(id).title}`,
    publishers: (ids) => andWords([...new Set(ids.map(publisher))]),
    when: (id) => {
      const s = get(id);
      const w = s.when ?? yearSpan(s.years);
      if (w === undefined) throw new Error(`source ${id} states no date or years`);
      return w;
    },
    span: (id) => yearSpan(get(id).years) ?? "",
    years,
    frameworkSince: (id) => {
      const d = get(id).frameworkSince;
      if (!d) throw new Error(`source ${id} has no frameworkSince in the manifest`);
      return formatDateNl(d);
    },
    href: (id) => `/data/#${get(id).id}`,
  };
}
