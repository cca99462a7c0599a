// What a sector page shows for one indicator: the spread over boards, the median trend, totals, notable boards.
import type { SectorStat } from "../data/build.ts";
import { breaksFor, type IndicatorDef, type Sector, type SeriesBreak } from "../data/registry.ts";
import type { ReferencePoint } from "../charts/trendChart.ts";
import { binsOf, clipRange, type Bin, type Clip } from "../charts/histogramChart.ts";
import { formatNumber, formatValue, formatYear } from "../format.ts";
import { subject } from "../sentences.ts";
import { boardEntry, sectorStats, valuesOf } from "./data.ts";

export interface SectorIndicatorView {
  def: IndicatorDef;
  sector: Sector;
  stats: SectorStat[];
  latest?: SectorStat;
  reference: ReferencePoint[];
  values: number[];
  spread?: string;
  trend?: string;
  total?: string;
  weighted?: string;
  signalCount?: string;
  /** Notable boards: only boards with at least {@link NOTABLE_MIN_PUPILS} pupils, with their pupil count. */
  highest: { id: string; name: string; value: string; pupils: string }[];
  lowest: { id: string; name: string; value: string; pupils: string }[];
  /** The minimum size for the notable lists, and how many boards met it. */
  notableMin: number;
  notableN: number;
  /** Breaks in the registry that fall inside the years shown. */
  breaks: SeriesBreak[];
}

/** Boards smaller than this (pupils, latest count) are left out of the highest and lowest lists: tiny boards swing. */
export const NOTABLE_MIN_PUPILS: Record<Sector, number> = { po: 500, vo: 1000 };

/** Builds the sector view of one indicator from the sector statistics and the latest year's board values. */
export function sectorIndicatorView(def: IndicatorDef, sector: Sector): SectorIndicatorView {
  const stats = sectorStats()
    .filter((s) => s.indicator === def.id && s.sector === sector && s.n > 0)
    .sort((a, b) => a.year - b.year);
  const latest = stats.at(-1);
  const reference = stats
    .filter((s) => s.median !== undefined)
    .map((s) => ({ year: s.year, median: s.median!, q1: s.q1!, q3: s.q3! }));
  const f = (v: number) => formatValue(v, def);
  const y = (year: number) => formatYear(year, def.yearKind);
  const notableMin = NOTABLE_MIN_PUPILS[sector];
  const view: SectorIndicatorView = {
    def,
    sector,
    stats,
    reference,
    values: [],
    highest: [],
    lowest: [],
    notableMin,
    notableN: 0,
    breaks: [],
  };
  if (!latest) return view;
  view.breaks = breaksFor(def.id, sector).filter((b) => b.year > stats[0]!.year && b.year <= latest.year);
  view.latest = latest;
  const entries = [...valuesOf(def.id, sector, latest.year)].sort(
    (a, b) => a[1] - b[1] || a[0].localeCompare(b[0]),
  );
  view.values = entries.map(([, v]) => v);
  const pupilsOf = (id: string) => boardEntry(id)?.pupils[sector]?.value;
  const named = (e: [string, number]) => ({
    id: e[0],
    name: boardEntry(e[0])?.name ?? `Bestuur ${e[0]}`,
    value: f(e[1]),
    pupils: formatNumber(pupilsOf(e[0])!),
  });
  const large = entries.filter(([id]) => (pupilsOf(id) ?? 0) >= notableMin);
  view.notableN = large.length;
  view.highest = large.slice(-5).reverse().map(named);
  view.lowest = large.slice(0, 5).map(named);
  view.spread = `In ${y(latest.year)} was ${subject(def)} bij het middelste ${sector}-bestuur ${f(latest.median!)}; de middelste helft van de ${formatNumber(latest.n)} besturen lag tussen ${f(latest.q1!)} en ${f(latest.q3!)}.`;
  const first = reference[0];
  if (first && reference.length > 1 && first.year !== latest.year) {
    const a = first.median;
    const b = latest.median!;
    const verb =
      Math.abs(b - a) <= Math.abs(a) * 0.005
        ? "bleef ongeveer gelijk op"
        : b > a
          ? "steeg van"
          : "daalde van";
    view.trend =
      verb === "bleef ongeveer gelijk op"
        ? `De mediaan bleef ongeveer gelijk: ${f(a)} in ${y(first.year)} en ${f(b)} in ${y(latest.year)}.`
        : `De mediaan ${verb} ${f(a)} in ${y(first.year)} naar ${f(b)} in ${y(latest.year)}.`;
    const within = view.breaks.filter((x) => x.year > first.year);
    if (within.length > 0)
      view.trend += ` Let op: in ${[...new Set(within.map((x) => y(x.year)))].join(" en ")} ${within.length === 1 ? "ligt een breuk" : "liggen breuken"} in de reeks (${[...new Set(within.map((x) => x.short))].join("; ")}); de jaren zijn niet zonder meer vergelijkbaar.`;
  }
  if (latest.weighted !== undefined && latest.weightBase !== undefined)
    view.weighted = `Alle ${def.id.startsWith("slaag") ? "examenkandidaten" : "leerlingen"} van de ${formatNumber(latest.n)} besturen samen (gewogen, ${formatNumber(latest.weightBase)} in totaal): ${f(latest.weighted)} in ${y(latest.year)}.`;
  if (def.summable && latest.total !== undefined)
    view.total = `Opgeteld over alle ${formatNumber(latest.n)} besturen: ${latest.totalLowerBound ? "ten minste " : ""}${f(latest.total)} in ${y(latest.year)}.`;
  if (def.signal) {
    const s = def.signal;
    const count = view.values.filter((v) => (s.when === "below" ? v < s.value : v > s.value)).length;
    view.signalCount = `${formatNumber(count)} van de ${formatNumber(latest.n)} besturen (${formatNumber((count / latest.n) * 100, 1)}%) lagen in ${y(latest.year)} voorbij de ${s.label}.`;
  }
  return view;
}

/** The drawn distribution of a view's latest year: bins over the clipped range, and a note on what lies outside. */
export interface Distribution {
  bins: Bin[];
  clip?: Clip;
  /** "Niet getekend: 3 besturen boven 40,0% (…)" when values fall outside the drawn range. */
  clipNote?: string;
}

/** The histogram of a sector view (the sector page's and the sectorbeeld's): bins, clip range and clip note. */
export function distributionOf(view: Pick<SectorIndicatorView, "def" | "values">): Distribution {
  const { def, values } = view;
  const clip = clipRange(values, def);
  if (!clip) return { bins: [] };
  const bins = binsOf(values, clip.lo, clip.hi);
  const f = (v: number) => formatValue(v, def);
  const part = (n: number, where: string) =>
    n > 0 ? `${formatNumber(n)} ${n === 1 ? "bestuur" : "besturen"} ${where}` : "";
  const outside = [part(clip.below, `onder ${f(clip.lo)}`), part(clip.above, `boven ${f(clip.hi)}`)].filter(
    Boolean,
  );
  return {
    bins,
    clip,
    ...(outside.length > 0
      ? {
          clipNote: `Niet getekend: ${outside.join(" en ")} (ver buiten de rest; ze tellen wel mee in de tabel en de mediaan).`,
        }
      : {}),
  };
}
