// Serializable chart specs: the page and the parallel pre-render step (scripts/build-charts.ts) build the same
// spec from the same view, so a pre-rendered SVG can be looked up by the spec's hash.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { renderSvg } from "../charts/render.ts";
import { trendChartOptions, type ReferencePoint } from "../charts/trendChart.ts";
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

/**
 * A short content hash of everything a chart depends on: the spec (its data, title, sentence, reference), the
 * registry definition of its indicator (label, unit, decimals, signal, yearKind, …: all of it, so a new signal
 * value redraws the charts it touches), the drawing code and the Plot and d3 versions.
 */
export const specHash = (spec: TrendSpec): string =>
  createHash("sha1")
    .update(RENDERER)
    .update(defKey(spec.indicator))
    .update(JSON.stringify(spec))
    .digest("hex")
    .slice(0, 20);

/** The registry definition of an indicator as hash input. Not cached: tests change a definition in place. */
export const defKey = (id: string): string => JSON.stringify(indicator(id));

// The hash also covers the code that draws a chart, so a cached SVG is never reused after that code changed.
const RENDERER_FILES = [
  "src/lib/charts/render.ts",
  "src/lib/charts/cspSafe.ts",
  "src/lib/charts/trendChart.ts",
  "src/lib/charts/theme.ts",
  "src/lib/format.ts",
  "src/lib/site/chartSpecs.ts",
  "package-lock.json",
  // The installed versions, not only the locked ones (a local `npm install` of another Plot redraws).
  "node_modules/@observablehq/plot/package.json",
  "node_modules/d3/package.json",
];
/** The installed Observable Plot version (part of the renderer hash). */
export const PLOT_VERSION: string = (() => {
  const path = join(process.cwd(), "node_modules/@observablehq/plot/package.json");
  return existsSync(path)
    ? (JSON.parse(readFileSync(path, "utf8")) as { version: string }).version
    : "unknown";
})();
const RENDERER = (() => {
  const h = createHash("sha1").update(`plot ${PLOT_VERSION}`);
  for (const f of RENDERER_FILES) {
    const path = join(process.cwd(), f);
    h.update(existsSync(path) ? readFileSync(path) : f);
  }
  return h.digest("hex");
})();

/** Draws a spec to SVG. */
export const svgOfSpec = (spec: TrendSpec): string =>
  renderSvg(
    trendChartOptions(spec.points, {
      def: indicator(spec.indicator),
      title: spec.title,
      description: spec.description,
      reference: spec.reference,
    }),
  );

export const CHART_CACHE = join(process.cwd(), ".cache", "charts");
const loaded = new Map<string, Record<string, string>>();
let hits = 0;
let misses = 0;

/** The SVG of a spec: pre-rendered for `owner` when the hash matches, else drawn now. */
export function chartSvg(owner: string, spec: TrendSpec): string {
  let shard = loaded.get(owner);
  if (!shard) {
    const file = join(CHART_CACHE, `${owner}.json`);
    shard = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>) : {};
    // Pages render a few at a time: keep only the latest shards so the build's memory stays flat.
    if (loaded.size >= 8) loaded.delete(loaded.keys().next().value!);
    loaded.set(owner, shard);
  }
  const svg = shard[specHash(spec)];
  if (svg !== undefined) {
    hits++;
    return svg;
  }
  misses++;
  return svgOfSpec(spec);
}

/** Cache statistics for the benchmark. */
export const chartCacheStats = () => ({ hits, misses });
