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
    title: `${view.def.label} per ${view.def.yearKind === "schooljaar" ? "schooljaar" : "jaar"}`,
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
