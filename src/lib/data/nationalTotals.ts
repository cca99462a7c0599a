// National totals per year: the sums over all boards of a sector that politicians quote (pupils, schools, boards,
// exam candidates and passed, staff, finance), computed from the sector statistics the build already writes.
// Pure: no file access, so tests feed it small hand-made statistics.
import type { SectorStat } from "./build.ts";
import { breaksFor, type Sector, type SeriesBreak } from "./registry.ts";

/** What one national series counts. */
export interface TotalSpec {
  /** Stable, readable id (used in anchors, CSV and embed URLs). */
  id: string;
  /** The indicator the figures come from. */
  indicator: string;
  /** Which figure of the statistic: the summed total, the number of boards, candidates, passed or the weighted rate. */
  measure: "total" | "boards" | "candidates" | "passed" | "rate";
  label: string;
  unit: "count" | "euro" | "percent";
}

/** One year of a national series; `value` undefined means missing (never 0). */
export interface TotalPoint {
  year: number;
  value?: number;
  /** True when some parts were suppressed or missing: the true figure is at least `value`. */
  lowerBound: boolean;
  /** Boards with a value that year. */
  boards: number;
  /** Boards left out or only partly counted, by reason (the size of the lower bound in boards). */
  missing: Record<string, number>;
  /** Breaks that start in this year. */
  breaks: SeriesBreak[];
}

/** A national series for one sector. */
export interface TotalSeries {
  spec: TotalSpec;
  sector: Sector;
  points: TotalPoint[];
}

/** The national series shown on the sector pages, per sector where the data has them. */
export const TOTAL_SPECS: TotalSpec[] = [
  {
    id: "leerlingen",
    indicator: "leerlingen",
    measure: "total",
    label: "Leerlingen op 1 oktober",
    unit: "count",
  },
  {
    id: "besturen",
    indicator: "leerlingen",
    measure: "boards",
    label: "Besturen met leerlingen",
    unit: "count",
  },
  {
    id: "vestigingen",
    indicator: "vestigingen",
    measure: "total",
    label: "Scholen (vestigingen)",
    unit: "count",
  },
  {
    id: "examenkandidaten",
    indicator: "slaagpercentage",
    measure: "candidates",
    label: "Examenkandidaten (meegeteld)",
    unit: "count",
  },
  { id: "geslaagden", indicator: "slaagpercentage", measure: "passed", label: "Geslaagden", unit: "count" },
  {
    id: "slaagpercentage",
    indicator: "slaagpercentage",
    measure: "rate",
    label: "Slaagpercentage landelijk (gewogen naar kandidaten)",
    unit: "percent",
  },
  {
    id: "personeel",
    indicator: "personeel-personen",
    measure: "total",
    label: "Personeel in personen",
    unit: "count",
  },
  { id: "fte", indicator: "fte-totaal", measure: "total", label: "Personeel in fte", unit: "count" },
  { id: "baten", indicator: "totaal-baten", measure: "total", label: "Totale baten", unit: "euro" },
  {
    id: "eigen-vermogen",
    indicator: "eigen-vermogen",
    measure: "total",
    label: "Eigen vermogen",
    unit: "euro",
  },
];

/** One year's figure of a statistic for a measure; undefined when the statistic has no such figure. */
export function measureOf(s: SectorStat, measure: TotalSpec["measure"]): number | undefined {
  switch (measure) {
    case "total":
      return s.total;
    case "boards":
      return s.n > 0 ? s.n : undefined;
    case "candidates":
      return s.weightBase;
    case "rate":
      return s.weighted;
    case "passed":
      // weighted = Σ passed ÷ Σ candidates × 100, so Σ passed = weighted × Σ candidates ÷ 100 (a whole number).
      return s.weighted !== undefined && s.weightBase !== undefined
        ? Math.round((s.weighted * s.weightBase) / 100)
        : undefined;
  }
}

/**
 * The national series of one spec and sector, oldest year first; [] when the data has no figure for it. A year is a
 * lower bound when the statistic says so or, for sums and counts of candidates, when boards had missing parts.
 */
export function nationalSeries(stats: SectorStat[], spec: TotalSpec, sector: Sector): TotalSeries {
  const breaks = breaksFor(spec.indicator, sector);
  const points = stats
    .filter((s) => s.indicator === spec.indicator && s.sector === sector && s.n > 0)
    .sort((a, b) => a.year - b.year)
    .map((s): TotalPoint => {
      const value = measureOf(s, spec.measure);
      const missingBoards = Object.values(s.missing).reduce((a, b) => a + b, 0);
      const summed = spec.measure === "total" || spec.measure === "candidates" || spec.measure === "passed";
      return {
        year: s.year,
        value,
        lowerBound: value !== undefined && summed && (s.totalLowerBound === true || missingBoards > 0),
        boards: s.n,
        missing: { ...s.missing },
        breaks: breaks.filter((b) => b.year === s.year),
      };
    })
    .filter((p) => p.value !== undefined);
  return { spec, sector, points };
}

/** Every national series with at least one figure for a sector, in {@link TOTAL_SPECS} order. */
export function nationalTotals(stats: SectorStat[], sector: Sector): TotalSeries[] {
  return TOTAL_SPECS.map((spec) => nationalSeries(stats, spec, sector)).filter((t) => t.points.length > 0);
}
