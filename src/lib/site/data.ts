// Build-time access to data/derived/: read once per build, shared by every page.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BoardOut, CoverageOut, SectorStat, SwvOut } from "../data/build.ts";
import type { Manifest } from "../data/manifest.ts";
import type { FetchRecord } from "../data/fetch.ts";
import type { Sector } from "../data/registry.ts";

const DIR = join(process.cwd(), "data", "derived");
const cache = new Map<string, unknown>();
function read<T>(file: string): T {
  let v = cache.get(file);
  if (v === undefined) {
    try {
      v = JSON.parse(readFileSync(join(DIR, file), "utf8"));
    } catch (e) {
      throw new Error(`cannot read data/derived/${file}: run "npm run data" first`, { cause: e });
    }
    cache.set(file, v);
  }
  return v as T;
}

export interface BoardIndexEntry {
  id: string;
  name: string;
  otherNames: string[];
  sectors: Sector[];
  types: string[];
  municipality?: string;
  province?: string;
  denomination?: string;
  active: boolean;
  sizeClass: Partial<Record<Sector, string>>;
  pupils: Partial<Record<Sector, { year: number; value: number; lowerBound?: boolean }>>;
  schoolNames: string[];
}

export interface SwvIndexEntry {
  id: string;
  code?: string;
  name?: string;
  sector: Sector;
  municipalities: string[];
  provinces: string[];
  members: number;
}

export interface Registry {
  manifest: Manifest;
  fetched: FetchRecord[];
  sizeClasses: Record<Sector, { id: string; label: string; max: number | null }[]>;
}

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

/** The source manifest entry for an id. */
export const sourceById = (id: string) => registry().manifest.sources.find((s) => s.id === id);

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

let boardById: Map<string, BoardIndexEntry> | undefined;
/** The index entry of one board. */
export function boardEntry(id: string): BoardIndexEntry | undefined {
  boardById ??= new Map(boardIndex().map((b) => [b.id, b]));
  return boardById.get(id);
}
