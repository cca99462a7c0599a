// The yearly sector report ("Sectorbeeld po", "Sectorbeeld vo"): the national series and sector views that the
// sector pages show, arranged per performance field for print, with the age of every figure, the breaks from the
// registry's one list and the source files per figure. Pure: it takes the views the sector pages are built from
// and only arranges and formats them; no figure is computed here.
import { breakYearsOf } from "../charts/nationalTotalChart.ts";
import type { Bin } from "../charts/histogramChart.ts";
import { BREAKS, FIELDS, indicator, type Field, type IndicatorDef, type Sector } from "../data/registry.ts";
import { formatNumber, formatValue, formatYear } from "../format.ts";
import { ageOf } from "./age.ts";
import type { NationalView } from "./nationalView.ts";
import { distributionOf, type SectorIndicatorView } from "./sectorView.ts";

/**
 * The fields per sheet. The report prints a summary page, then one page per sheet with its fields' figures, then
 * one page per sheet with the sources and definitions of those figures.
 */
export const REPORT_SHEETS: Field[][] = [
  ["onderwijs", "leerling-ouder"],
  ["financien", "medewerkers"],
];
/** The number of A4 pages the report prints to (the print test checks it). */
export const REPORT_PAGES = 1 + 2 * REPORT_SHEETS.length;

/** One national series in the report: its newest and first figure with their years, and its breaks in a line. */
export interface ReportTotal {
  view: NationalView;
  field: Field;
  /** The newest figure as shown on the sector page ("≥ 1.464.167"). */
  latest: string;
  latestYear: string;
  /** The first year's figure, when the series has more than one year. */
  first?: string;
  firstYear?: string;
  /** True when the newest figure counts as old by the registry's rule (see age.ts). */
  old: boolean;
  /** The chart's numbered breaks: "Breuk 1 (2019-2020): geen centrale examens; andere bron", or undefined. */
  breakLine?: string;
}

/** One indicator in a field's table: the sector page's figures for its newest year, and a small histogram. */
export interface ReportRow {
  def: IndicatorDef;
  /** Undefined when the open data here has no figure for the sector. */
  year?: string;
  old: boolean;
  n?: string;
  median?: string;
  middle?: string;
  total?: string;
  /** The distribution over boards as a small SVG, and how many boards lie outside its drawn range ("7 buiten beeld"). */
  spread?: { svg: string; outside?: string };
}

/** One performance field of the report. */
export interface ReportField {
  id: Field;
  label: string;
  slug: string;
  totals: ReportTotal[];
  rows: ReportRow[];
}

/** One break of the registry that touches a figure of the sector. */
export interface ReportBreak {
  year: string;
  text: string;
  /** The labels of the figures it touches. */
  figures: string[];
}

/** Where one figure of the report comes from: the years it is shown for, its definition and the files. */
export interface ReportSource {
  field: Field;
  label: string;
  years: string;
  definition: string;
  files: string;
}

/** The whole report of one sector. */
export interface Sectorbeeld {
  sector: Sector;
  /** The newest year with any figure in the data, against which figures are marked old. */
  newest: number;
  totals: ReportTotal[];
  fields: ReportField[];
  breaks: ReportBreak[];
  sources: ReportSource[];
  /** How many figures (national series and indicator rows) count as old. */
  oldCount: number;
  /** The publishers of the files, most files first ("DUO", "CBS", "Inspectie"). */
  publishers: string[];
}

/** A source file as the manifest names it. */
export interface SourceEntry {
  publisher: string;
  title: string;
  period: string;
}

/**
 * The files of a figure in words: "publisher, title (period)", joined by "; ". Files of one series that differ
 * only by a year in their title (one file per year) are named once, with their periods: "DUO, Leerlingen vo per
 * vestiging en bestuur (vavo apart) (1 oktober 2017, 1 oktober 2018)".
 */
export function sourceList(entries: SourceEntry[]): string {
  if (entries.length === 0) return "niet in de open data hier";
  const stem = (e: SourceEntry) =>
    e.title
      .replace(/\s*\b\d{4}(-\d{4})?\b/g, "")
      .replace(/\s+/g, " ")
      .trim();
  const groups = new Map<string, SourceEntry[]>();
  for (const e of entries) {
    const key = `${e.publisher}|${stem(e)}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()]
    .map((g) =>
      g.length === 1
        ? `${g[0]!.publisher}, ${g[0]!.title} (${g[0]!.period})`
        : `${g[0]!.publisher}, ${stem(g[0]!)} (${g.map((e) => e.period).join(", ")})`,
    )
    .join("; ");
}

/** What the report is made from: the views of the sector pages, the newest data year and a source lookup. */
export interface SectorbeeldInput {
  sector: Sector;
  totals: NationalView[];
  /** The sector views of the sector's board indicators, in registry order. */
  views: SectorIndicatorView[];
  newest: number;
  /** The manifest entries of an indicator's files that cover the years (nationalView's sourceEntriesFor). */
  sourcesFor: (def: IndicatorDef, sector: Sector, years: number[]) => SourceEntry[];
}

const rangeOf = (years: number[], def: Pick<IndicatorDef, "yearKind">): string => {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const y = (v: number) => formatYear(v, def.yearKind);
  return sorted.length === 1 ? y(sorted[0]!) : `${y(sorted[0]!)} t/m ${y(sorted.at(-1)!)}`;
};

/** A national series in the report. */
export function reportTotal(view: NationalView, newest: number): ReportTotal {
  const { points } = view.series;
  const last = points.at(-1)!;
  const firstPoint = points[0]!;
  const y = (v: number) => formatYear(v, view.def.yearKind);
  const v = (p: (typeof points)[number]) => (p.lowerBound ? "≥ " : "") + formatValue(p.value!, view.def);
  const breakYears = breakYearsOf(view.series);
  const breakLine =
    breakYears.length > 0
      ? breakYears
          .map(
            (year, i) =>
              `Breuk ${i + 1} (${y(year)}): ${view.breaks
                .filter((b) => b.year === year)
                .map((b) => b.short)
                .join("; ")}`,
          )
          .join(". ") + "."
      : undefined;
  return {
    view,
    field: indicator(view.series.spec.indicator).field,
    latest: v(last),
    latestYear: y(last.year),
    ...(points.length > 1 ? { first: v(firstPoint), firstYear: y(firstPoint.year) } : {}),
    old: ageOf(view.def, last.year, newest).old,
    ...(breakLine ? { breakLine } : {}),
  };
}

/**
 * A histogram as plain SVG (no Plot), for a table cell: one bar per bin scaled to the fullest bin, a baseline and
 * the median as a line at its place in the drawn range. Decorative (aria-hidden): the row states the figures.
 */
export function spreadSvg(bins: Bin[], median: number | undefined): string {
  const max = Math.max(1, ...bins.map((b) => b.n));
  const lo = bins[0]?.x0 ?? 0;
  const hi = bins.at(-1)?.x1 ?? 1;
  const w = 100 / Math.max(1, bins.length);
  const bars = bins
    .map((b, i) => {
      if (b.n === 0) return "";
      const h = Math.max(0.8, (b.n / max) * 18);
      return `<rect x="${(i * w + 0.4).toFixed(2)}" y="${(19 - h).toFixed(2)}" width="${(w - 0.8).toFixed(2)}" height="${h.toFixed(2)}" class="spread-bar"/>`;
    })
    .join("");
  const m =
    median !== undefined && hi > lo && median >= lo && median <= hi
      ? `<rect x="${Math.min(99, ((median - lo) / (hi - lo)) * 100).toFixed(2)}" y="0" width="1" height="20" class="spread-median"/>`
      : "";
  return (
    `<svg class="spread" viewBox="0 0 100 20" width="100" height="20" preserveAspectRatio="none" aria-hidden="true" focusable="false">` +
    bars +
    `<rect x="0" y="19" width="100" height="1" class="spread-base"/>` +
    m +
    `</svg>`
  );
}

/** An indicator's row in the report: the sector view's newest year, formatted as on the sector page. */
export function reportRow(view: SectorIndicatorView, newest: number): ReportRow {
  const { def, latest } = view;
  if (!latest) return { def, old: false };
  const f = (v: number | undefined) => (v === undefined ? "–" : formatValue(v, def));
  const dist = distributionOf(view);
  const outside = dist.clip ? dist.clip.below + dist.clip.above : 0;
  return {
    def,
    year: formatYear(latest.year, def.yearKind),
    old: ageOf(def, latest.year, newest).old,
    n: formatNumber(latest.n),
    median: f(latest.median),
    middle: latest.q1 !== undefined ? `${f(latest.q1)} – ${f(latest.q3)}` : "–",
    total:
      def.summable && latest.total !== undefined
        ? (latest.totalLowerBound ? "≥ " : "") + f(latest.total)
        : "–",
    ...(dist.bins.length > 0
      ? {
          spread: {
            svg: spreadSvg(dist.bins, latest.median),
            ...(outside > 0 ? { outside: `${formatNumber(outside)} buiten beeld` } : {}),
          },
        }
      : {}),
  };
}

/** The registry's breaks that touch a figure of the report, in year order, with the labels they touch. */
export function reportBreaks(sector: Sector, shown: IndicatorDef[]): ReportBreak[] {
  const ids = new Set(shown.map((d) => d.id));
  return BREAKS.filter((b) => b.sectors.includes(sector) && b.indicators.some((id) => ids.has(id)))
    .sort((a, b) => a.year - b.year)
    .map((b) => {
      const defs = b.indicators.filter((id) => ids.has(id)).map(indicator);
      return {
        year: formatYear(b.year, defs[0]!.yearKind),
        text: b.text.replace(/^\d{4}-\d{4}: /, ""),
        figures: defs.map((d) => d.label),
      };
    });
}

/** The report of one sector, from the views its sector pages show. */
export function sectorbeeld(input: SectorbeeldInput): Sectorbeeld {
  const { sector, newest } = input;
  const totals = input.totals.map((t) => reportTotal(t, newest));
  const fields = FIELDS.map((f): ReportField => ({
    id: f.id,
    label: f.label,
    slug: f.slug,
    totals: totals.filter((t) => t.field === f.id),
    rows: input.views.filter((v) => v.def.field === f.id).map((v) => reportRow(v, newest)),
  }));
  // In the order of the report: field by field, registry order within a field.
  const withData = FIELDS.flatMap((f) => input.views.filter((v) => v.def.field === f.id && v.latest));
  const shown = withData.map((v) => v.def);
  const perPublisher = new Map<string, number>();
  const sources = withData.map((v): ReportSource => {
    // The newest year in the table, and every year of a national series drawn from this indicator.
    const years = [
      v.latest!.year,
      ...input.totals
        .filter((t) => t.series.spec.indicator === v.def.id)
        .flatMap((t) => t.series.points.map((p) => p.year)),
    ];
    const entries = input.sourcesFor(v.def, sector, years);
    for (const e of entries) perPublisher.set(e.publisher, (perPublisher.get(e.publisher) ?? 0) + 1);
    const files = sourceList(entries);
    return {
      field: v.def.field,
      label: v.def.label,
      years: rangeOf(years, v.def),
      definition: v.def.definition,
      files,
    };
  });
  const oldCount =
    totals.filter((t) => t.old).length + fields.reduce((n, f) => n + f.rows.filter((r) => r.old).length, 0);
  const publishers = [...perPublisher]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([p]) => p);
  return {
    sector,
    newest,
    totals,
    fields,
    breaks: reportBreaks(sector, shown),
    sources,
    oldCount,
    publishers,
  };
}
