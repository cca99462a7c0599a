// Build-time access to data/derived/: read once per build, shared by every page.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { BoardOut, CoverageOut, SectorStat, SwvOut } from "../data/build.ts";
import type { LearnFromFile } from "../data/learnFrom.ts";
import type { LearnFromSwvFile } from "../data/learnFromSwv.ts";
import type { Sector } from "../data/registry.ts";
import {
  BoardIndexEntrySchema,
  checkDerived,
  RegistrySchema,
  schemaOf,
  SwvIndexEntrySchema,
} from "../data/derivedSchema.ts";
import type { z } from "zod";
import { newestYear } from "./age.ts";
import { sourceLookup, type SourceLookup } from "./sourceView.ts";

const DIR = join(process.cwd(), "data", "derived");
const cache = new Map<string, unknown>();
// In `astro dev` a file rewritten since it was read (npm run data, or an edit of one board's file) is read again,
// so the next request shows it; the build reads each file once (a stat per read would cost more than it saves).
const DEV = process.env.NODE_ENV === "development";
const readAt = new Map<string, number>();
function read<T>(file: string): T {
  let v = cache.get(file);
  if (v !== undefined && DEV) {
    const mtime = statSync(join(DIR, file), { throwIfNoEntry: false })?.mtimeMs;
    if (mtime !== readAt.get(file)) {
      v = undefined;
      valueMaps.clear();
    }
  }
  if (v === undefined) {
    if (DEV) readAt.set(file, statSync(join(DIR, file), { throwIfNoEntry: false })?.mtimeMs ?? 0);
    try {
      v = JSON.parse(readFileSync(join(DIR, file), "utf8"));
    } catch (e) {
      throw new Error(`cannot read data/derived/${file}: run "npm run data" first`, { cause: e });
    }
    // The contract of data/derived/ (derivedSchema.ts): a file of the wrong shape stops the build here. A built
    // board page skips the check of its own record: the build checks every board record once, at its start
    // (searchIndex.ts, startSearchIndex), and each record is read by two pages in two workers.
    if (DEV || !file.startsWith("boards/")) v = checkDerived(schemaOf(file), `data/derived/${file}`, v);
    // A board's or SWV's own record is wanted by its own pages only: not kept, so the heap stays small.
    if (!/^(boards|swv)\//.test(file)) cache.set(file, v);
  }
  return v as T;
}

// The index entries and the registry file are typed by their schemas (one contract, no second definition).
export type BoardIndexEntry = z.output<typeof BoardIndexEntrySchema>;
export type SwvIndexEntry = z.output<typeof SwvIndexEntrySchema>;
export type Registry = z.output<typeof RegistrySchema>;

/** Every board, sorted by number. */
export const boardIndex = (): BoardIndexEntry[] => read("boards.json");
/** One board's full record. */
export const boardData = (id: string): BoardOut => read(`boards/${id}.json`);
/** Every SWV. */
export const swvIndex = (): SwvIndexEntry[] => read("swvs.json");
/** One SWV's full record. */
export const swvData = (id: string): SwvOut => read(`swv/${id}.json`);
/** Sector statistics per indicator, sector and year. */
export const sectorStats = (): SectorStat[] => read("sectors.json");
/** The coverage report. */
export const coverage = (): CoverageOut => read("coverage.json");
/** Source manifest, fetch records and size classes. */
export const registry = (): Registry => read("registry.json");

/** "Leer van": per board and indicator the comparable boards to learn from (learnFrom.ts). */
export const learnFromData = (): LearnFromFile => read("leer-van.json");
/** "Leer van" between samenwerkingsverbanden (learnFromSwv.ts). */
export const learnFromSwvData = (): LearnFromSwvFile => read("leer-van-swv.json");

/** The source manifest entry for an id. */
export const sourceById = (id: string) => registry().manifest.sources.find((s) => s.id === id);

let lookup: { of: Registry; lookup: SourceLookup } | undefined;
/** Titles, publishers and dates of the sources, from the manifest in registry.json (sourceView.ts). */
export function sources(): SourceLookup {
  const r = registry();
  if (lookup?.of !== r) lookup = { of: r, lookup: sourceLookup(r.manifest) };
  return lookup.lookup;
}

/** `"indicator|sector" → year → [board, value][]`, for positions and distributions. */
export const valuesIndex = (): Record<string, Record<string, [string, number][]>> => read("values.json");

/** The values of one indicator, sector and year as a map board → value. */
const valueMaps = new Map<string, Map<string, number>>();
export function valuesOf(indicatorId: string, sector: Sector, year: number): Map<string, number> {
  const key = `${indicatorId}|${sector}|${year}`;
  let m = valueMaps.get(key);
  if (!m) valueMaps.set(key, (m = new Map(valuesIndex()[`${indicatorId}|${sector}`]?.[year] ?? [])));
  return m;
}

let statIndex: Map<string, SectorStat> | undefined;
/** One sector statistic (indicator, sector, year), or undefined. */
export function statOf(indicatorId: string, sector: Sector, year: number): SectorStat | undefined {
  statIndex ??= new Map(sectorStats().map((s) => [`${s.indicator}|${s.sector}|${s.year}`, s]));
  return statIndex.get(`${indicatorId}|${sector}|${year}`);
}

let newest: number | undefined;
/** The newest year with any figure in the data (for marking old figures, see age.ts). */
export const newestDataYear = (): number => (newest ??= newestYear(sectorStats()));

let boardById: Map<string, BoardIndexEntry> | undefined;
/** The index entry of one board. */
export function boardEntry(id: string): BoardIndexEntry | undefined {
  boardById ??= new Map(boardIndex().map((b) => [b.id, b]));
  return boardById.get(id);
}

let newestByIndicator: Map<string, number> | undefined;
/** The newest year any board (or SWV) has a figure for one indicator in one sector, from the sector statistics. */
export function newestYearOf(indicatorId: string, sector: Sector): number | undefined {
  if (!newestByIndicator) {
    newestByIndicator = new Map();
    for (const s of sectorStats()) {
      if (s.n <= 0) continue;
      const k = `${s.indicator}|${s.sector}`;
      if (s.year > (newestByIndicator.get(k) ?? -Infinity)) newestByIndicator.set(k, s.year);
    }
  }
  return newestByIndicator.get(`${indicatorId}|${sector}`);
}
