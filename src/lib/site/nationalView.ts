// What the sector pages and embed pages show for the national totals: per series a stable anchor, a sentence that
// names breaks, a table, the footnote for every "≥", a citation, a CSV of exactly the chart's data and the embed URL.
import type { SectorStat } from "../data/build.ts";
import { nationalTotals, type TotalPoint, type TotalSeries } from "../data/nationalTotals.ts";
import { breaksFor, type IndicatorDef, type Sector, type SeriesBreak } from "../data/registry.ts";
import { missingLabel } from "../data/values.ts";
import { formatNumber, formatValue, formatYear } from "../format.ts";
import { breakYearsOf, nationalTotalChartOptions, totalDef } from "../charts/nationalTotalChart.ts";
import { renderSvg } from "../charts/render.ts";
import { ACCESS_DATE } from "./copyButtons.ts";
import { csvNumber, csvText } from "./csvCell.ts";
import { sectorStats, sourceById, sources as sourceLookup } from "./data.ts";
import { sectorSources } from "./sourceView.ts";

/** The public address of the site (astro.config.mjs `site`), for citations and embed snippets. */
export const SITE_URL = "https://po-vo-benchmark.example";

/** One national series as the pages show it. */
export interface NationalView {
  series: TotalSeries;
  def: IndicatorDef;
  sector: Sector;
  /** Stable, readable fragment id on the sector page, e.g. "totaal-leerlingen". */
  anchor: string;
  pagePath: string;
  embedPath: string;
  csvPath: string;
  title: string;
  sentence: string;
  /** One footnote per kind of "≥" in the table, and the breaks in words. */
  footnotes: string[];
  breaks: SeriesBreak[];
  head: string[];
  rows: string[][];
  /** The source files the figures come from, with their years. */
  sourceText: string;
  /** Who published those files, from the manifest's licences: "DUO", "DUO en CBS". */
  sourceBy: string;
  citation: string;
}

const rangeText = (years: number[], def: IndicatorDef) => {
  const y = (v: number) => formatYear(v, def.yearKind);
  return years.length === 1 ? y(years[0]!) : `${y(years[0]!)} t/m ${y(years.at(-1)!)}`;
};

/** The manifest entries of an indicator's sources for a sector that cover any of the years; in registry order. */
export function sourceEntriesFor(def: IndicatorDef, sector: Sector, years: number[]) {
  return sectorSources(def.sources, sector).flatMap((id) => {
    const s = sourceById(id);
    if (!s) return [];
    const [a, b] = [s.years[0]!, s.years.at(-1)!];
    return years.some((y) => y >= a && y <= b) ? [s] : [];
  });
}

/** The ids of the sector's files of an indicator that cover a year; all the sector's files when none says so. */
const yearSources = (def: IndicatorDef, sector: Sector, year: number): string[] => {
  const ids = sourceEntriesFor(def, sector, [year]).map((s) => s.id);
  return ids.length ? ids : sectorSources(def.sources, sector);
};

/** The files of an indicator's sources for a sector that cover any of the years, as "title (period)". */
export const sourcesFor = (def: IndicatorDef, sector: Sector, years: number[]): string[] =>
  sourceEntriesFor(def, sector, years).map((s) => `${s.title} (${s.period})`);

const missingText = (p: TotalPoint) =>
  Object.entries(p.missing)
    .map(([r, n]) => `${formatNumber(n)} besturen ${missingLabel[r as keyof typeof missingLabel] ?? r}`)
    .join("; ");

/** The view of one national series. */
export function nationalView(series: TotalSeries): NationalView {
  const def = totalDef(series);
  const { sector, spec, points } = series;
  const y = (v: number) => formatYear(v, def.yearKind);
  const f = (v: number) => formatValue(v, def);
  const v = (p: TotalPoint) => (p.lowerBound ? "≥ " : "") + f(p.value!);
  const first = points[0]!;
  const last = points.at(-1)!;
  const years = points.map((p) => p.year);
  const breaks = breaksFor(spec.indicator, sector).filter((b) => b.year > first.year && b.year <= last.year);
  const breakNote =
    breaks.length > 0
      ? ` Let op: tussen ${y(first.year)} en ${y(last.year)} ${breaks.length === 1 ? "ligt een breuk" : "liggen breuken"} in de reeks (${[...new Set(breaks.map((b) => y(b.year)))].join(", ")}); de jaren zijn daar niet zonder meer vergelijkbaar.`
      : "";
  const lb = (p: TotalPoint) => (p.lowerBound ? "ten minste " : "");
  const sentence =
    points.length === 1
      ? `${spec.label} in het ${sector}: ${lb(last)}${f(last.value!)} in ${y(last.year)}.`
      : `${spec.label} in het ${sector}: ${lb(last)}${f(last.value!)} in ${y(last.year)}, tegen ${lb(first)}${f(first.value!)} in ${y(first.year)}.${breakNote}`;
  const footnotes: string[] = [];
  if (points.some((p) => p.lowerBound))
    footnotes.push(
      `≥ ondergrens: in ${points.filter((p) => p.lowerBound).length} van de ${points.length} jaren is een deel afgeschermd (minder dan 5) of ontbreekt het; dat deel telt niet mee, dus het echte aantal is hoger. Per jaar staat in de kolom ‘Niet meegeteld’ hoeveel besturen geheel ontbreken; een afgeschermd deel binnen een bestuur telt hooguit 4.`,
    );
  // Numbered as on the chart: one number per break year.
  const breakYears = breakYearsOf(series);
  for (const b of breaks)
    footnotes.push(
      `Breuk ${breakYears.indexOf(b.year) + 1} (${y(b.year)}): ${b.text.replace(/^\d{4}-\d{4}: /, "")}`,
    );
  const rows = points.map((p) => [
    y(p.year),
    v(p),
    formatNumber(p.boards),
    missingText(p) || (p.lowerBound ? "afgeschermde delen (<5)" : "–"),
    p.breaks.length > 0 && breakYears.includes(p.year)
      ? `${breakYears.indexOf(p.year) + 1}: ${p.breaks.map((b) => b.short).join("; ")}`
      : "–",
  ]);
  const entries = sourceEntriesFor(def, sector, years);
  const sources = entries.map((s) => `${s.title} (${s.period})`);
  const sourceText = sources.length > 0 ? sources.join("; ") : def.sources.join(", ");
  const sourceBy = sourceLookup().publishers(entries.length > 0 ? entries.map((s) => s.id) : def.sources);
  const anchor = `totaal-${spec.id}`;
  const pagePath = `/sector/${sector}/`;
  const citation = `${sourceBy}, ${sourceText}, ${rangeText(years, def)}; po/vo-benchmark, geraadpleegd ${ACCESS_DATE}, ${SITE_URL}${pagePath}#${anchor}`;
  return {
    series,
    def,
    sector,
    anchor,
    pagePath,
    embedPath: `/embed/${sector}/${spec.id}/`,
    csvPath: `/sector/${sector}/totalen/${spec.id}.csv`,
    title: `${spec.label} (${sector}), ${rangeText(years, def)}`,
    sentence,
    footnotes,
    breaks,
    head: ["Jaar", spec.label, "Besturen", "Niet meegeteld", "Breuk"],
    rows,
    sourceText,
    sourceBy,
    citation,
  };
}

/** Every national series of a sector, as views. */
export const nationalViews = (sector: Sector): NationalView[] =>
  nationalTotals(sectorStats(), sector).map(nationalView);

const svgs = new Map<string, string>();
/**
 * The chart of a national series, drawn once per build and shared by the sector page and the embed page. `size`
 * draws the same chart smaller (the sectorbeeld's print layout); the default is the sector page's size.
 */
export function nationalSvg(view: NationalView, size?: { width: number; height: number }): string {
  const key = `${view.sector}|${view.series.spec.id}|${size ? `${size.width}x${size.height}` : ""}`;
  let svg = svgs.get(key);
  if (svg === undefined) {
    const options = nationalTotalChartOptions(view.series, {
      title: view.title,
      description: view.sentence,
      ...(size ?? {}),
    });
    svg = renderSvg(options);
    svgs.set(key, svg);
  }
  return svg;
}

/** The `<iframe>` snippet to embed a series' chart elsewhere. */
export const embedSnippet = (view: NationalView): string =>
  `<iframe src="${SITE_URL}${view.embedPath}" title="${view.title.replaceAll('"', "&quot;")}" width="680" height="520" loading="lazy"></iframe>`;

/** One CSV text cell: formula-safe and quoted where needed (the shared rule of csvCell.ts). */
export { csvText };

/** The sector figures of one indicator per year as CSV: boards, quartiles, median, total, weighted rate, breaks. */
export function sectorIndicatorCsv(def: IndicatorDef, sector: Sector, stats: SectorStat[]): string {
  const head = [
    "sector",
    "indicator",
    "omschrijving",
    "jaar",
    "periode",
    "besturen",
    "eerste_kwartiel",
    "mediaan",
  ];
  head.push(
    "derde_kwartiel",
    "totaal",
    "ondergrens",
    "gewogen",
    "gewogen_basis",
    "breuk",
    "eenheid",
    "bronnen",
  );
  const n = (v: number | undefined) => (v === undefined ? "" : csvNumber(v));
  const breaks = breaksFor(def.id, sector);
  const lines = [head.join(";")];
  for (const s of stats)
    lines.push(
      [
        csvText(sector),
        csvText(def.id),
        csvText(def.label),
        String(s.year),
        csvText(formatYear(s.year, def.yearKind, "long", def.dateLabel)),
        String(s.n),
        n(s.q1),
        n(s.median),
        n(s.q3),
        n(s.total),
        s.total === undefined ? "" : s.totalLowerBound ? "ja" : "nee",
        n(s.weighted),
        n(s.weightBase),
        csvText(
          breaks
            .filter((b) => b.year === s.year)
            .map((b) => b.text)
            .join(" "),
        ),
        csvText(def.unit),
        // The sector's files that cover this year (the same rule as the page's "Bron:" line).
        csvText(yearSources(def, sector, s.year).join(" ")),
      ].join(";"),
    );
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

/** The CSV of exactly a series' chart data: one row per year, with definition, breaks and sources on every row. */
export function nationalCsv(view: NationalView): string {
  const { series, def } = view;
  const head = [
    "sector",
    "reeks",
    "jaar",
    "periode",
    "waarde",
    "eenheid",
    "ondergrens",
    "besturen",
    "niet_meegeteld",
    "breuk",
    "definitie",
    "bronnen",
    "citeren",
  ];
  const lines = [head.join(";")];
  for (const p of series.points) {
    const text = [
      view.sector,
      series.spec.label,
      null,
      formatYear(p.year, def.yearKind, "long", def.dateLabel),
      null,
      def.unit,
      p.lowerBound ? "ja" : "nee",
      null,
      missingText(p),
      p.breaks.map((b) => b.text).join(" "),
      def.definition,
      view.sourceText,
      view.citation,
    ];
    const nums = [String(p.year), csvNumber(p.value!), String(p.boards)];
    let k = 0;
    lines.push(text.map((t) => (t === null ? nums[k++]! : csvText(t))).join(";"));
  }
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}
