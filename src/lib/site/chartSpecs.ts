// The trend chart of an indicator view. Drawn while its page is built, from the view and the registry as they are
// (src/lib/charts/trendSvg.ts, a template that draws Plot's picture): there is no pre-render pass and no cache, so
// an edit of the registry or of a board's data can never show a stale chart.
import { trendSvg } from "../charts/trendSvg.ts";
import type { ReferencePoint } from "../charts/trendChart.ts";
import { indicator } from "../data/registry.ts";
import type { Point } from "../data/series.ts";
import type { IndicatorView } from "./indicatorView.ts";

export interface TrendSpec {
  kind: "trend";
  indicator: string;
  points: Point[];
  title: string;
  description: string;
  reference: ReferencePoint[];
}

/** Whose trend a chart shows: a board's (against the boards of its sector) or an SWV's (against all SWVs of it). */
export type TrendSubject = "board" | "swv";

const SUBJECT: Record<TrendSubject, { self: string; others: (sector: string) => string; those: string }> = {
  board: { self: "dit bestuur", others: (s) => `alle ${s}-besturen`, those: "die besturen" },
  swv: {
    self: "dit samenwerkingsverband",
    others: (s) => `alle ${s}-samenwerkingsverbanden`,
    those: "die samenwerkingsverbanden",
  },
};

/**
 * The legend under a trend chart, one sentence per mark it draws (trendSvg.ts): the line of the board or SWV,
 * the median and middle half of its sector's boards or SWVs when the view has that reference, the signal value.
 */
export function trendLegend(view: IndicatorView, subject: TrendSubject): string[] {
  const who = SUBJECT[subject];
  return [
    `Doorgetrokken blauwe lijn met punten: ${who.self}.`,
    ...(view.reference.length
      ? [
          `Gestippelde grijze lijn: mediaan van ${who.others(view.sector)}; grijze band: de middelste helft van ${who.those}.`,
        ]
      : []),
    ...(view.def.signal ? [`Rode stippellijn: ${view.def.signal.label}.`] : []),
  ];
}

/** The data table under a trend chart: a row per year with the value (and its flag or note), the median of the
 * reference group when the chart draws it, and the file of each year when the years come from several files. */
export function trendTable(
  view: IndicatorView,
  subject: TrendSubject,
  sourceTitle: (id: string | undefined) => string,
): { caption: string; head: string[]; rows: string[][] } {
  const withReference = view.reference.length > 0;
  const perYearSource = view.usedSources.length > 1;
  return {
    caption: trendTitle(view),
    head: [
      "Jaar",
      "Waarde",
      ...(withReference ? [`Mediaan ${SUBJECT[subject].others(view.sector)}`] : []),
      ...(perYearSource ? ["Bron"] : []),
    ],
    rows: view.rows.map((r) => [
      r.year,
      r.value + (r.flag ? ` (${r.flag})` : "") + (r.note ? ` (${r.note})` : ""),
      ...(withReference ? [r.reference ?? "–"] : []),
      ...(perYearSource ? [sourceTitle(r.source)] : []),
    ]),
  };
}

/** The title of a view's trend chart and table: "Solvabiliteit II per jaar". */
const trendTitle = (view: IndicatorView): string =>
  `${view.def.label} per ${view.def.yearKind === "schooljaar" ? "schooljaar" : "jaar"}`;

/** The visible sentence of a view: the trend sentence, or the label and latest value. */
export const viewSentence = (view: IndicatorView): string =>
  view.trend ?? `${view.def.label}: ${view.latestText}.`;

/** The trend chart spec of a view, or undefined when fewer than three years have a value. */
export function trendSpecOf(view: IndicatorView): TrendSpec | undefined {
  if (view.points.filter((p) => p.value !== undefined).length < 3) return undefined;
  return {
    kind: "trend",
    indicator: view.def.id,
    points: view.points,
    title: trendTitle(view),
    description: viewSentence(view),
    reference: view.reference,
  };
}

let drawn = 0;
/** Draws a spec to SVG with the registry definition of its indicator as it is now. */
export function chartSvg(spec: TrendSpec): string {
  drawn++;
  return trendSvg(spec.points, {
    def: indicator(spec.indicator),
    title: spec.title,
    description: spec.description,
    reference: spec.reference,
  });
}

/** How many templated trend charts this process has drawn (for the build log and the benchmark). */
export const trendChartsDrawn = (): number => drawn;
