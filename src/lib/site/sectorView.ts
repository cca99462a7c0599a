// What a sector page shows for one indicator: the spread over boards, the median trend, totals, notable boards.
import type { SectorStat } from "../data/build.ts";
import type { IndicatorDef, Sector } from "../data/registry.ts";
import type { ReferencePoint } from "../charts/trendChart.ts";
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
  highest: { id: string; name: string; value: string }[];
  lowest: { id: string; name: string; value: string }[];
}

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
  const view: SectorIndicatorView = { def, sector, stats, reference, values: [], highest: [], lowest: [] };
  if (!latest) return view;
  view.latest = latest;
  const entries = [...valuesOf(def.id, sector, latest.year)].sort(
    (a, b) => a[1] - b[1] || a[0].localeCompare(b[0]),
  );
  view.values = entries.map(([, v]) => v);
  const named = (e: [string, number]) => ({
    id: e[0],
    name: boardEntry(e[0])?.name ?? `Bestuur ${e[0]}`,
    value: f(e[1]),
  });
  view.highest = entries.slice(-5).reverse().map(named);
  view.lowest = entries.slice(0, 5).map(named);
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
