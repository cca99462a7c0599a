import * as Plot from "@observablehq/plot";
import type { IndicatorDef } from "../data/registry.ts";
import { axisTickFormat, unitLabel } from "../format.ts";
import { theme } from "./theme.ts";

/** One bar of a histogram: [x0, x1) holds n values (the last bar includes x1). */
export interface Bin {
  x0: number;
  x1: number;
  n: number;
}

/** The range drawn and how many values fell below and above it. */
export interface Clip {
  lo: number;
  hi: number;
  below: number;
  above: number;
}

const quantile = (sorted: number[], p: number): number => {
  const i = (sorted.length - 1) * p;
  const a = sorted[Math.floor(i)]!;
  const b = sorted[Math.ceil(i)]!;
  return a + (b - a) * (i - Math.floor(i));
};

/**
 * The range a distribution is drawn over: the plausible range of the indicator, narrowed to the quartiles ± 3 ×
 * the interquartile range so that one far outlier does not squash the rest; values outside are counted, not drawn.
 */
export function clipRange(values: number[], def: Pick<IndicatorDef, "bounds">): Clip | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const iqr = q3 - q1;
  const p = def.bounds?.plausible;
  let lo = Math.max(sorted[0]!, q1 - 3 * iqr, p?.min ?? -Infinity, def.bounds?.min ?? -Infinity);
  let hi = Math.min(sorted.at(-1)!, q3 + 3 * iqr, p?.max ?? Infinity, def.bounds?.max ?? Infinity);
  if (!(hi > lo)) {
    lo = sorted[0]!;
    hi = sorted.at(-1)!;
  }
  return {
    lo,
    hi,
    below: sorted.filter((v) => v < lo).length,
    above: sorted.filter((v) => v > hi).length,
  };
}

/** `count` equal bins over [lo, hi]; values outside are left out (see {@link clipRange}). */
export function binsOf(values: number[], lo: number, hi: number, count = 24): Bin[] {
  if (!(hi > lo)) return [{ x0: lo, x1: lo === hi ? lo + 1 : hi, n: values.filter((v) => v === lo).length }];
  const w = (hi - lo) / count;
  const bins: Bin[] = Array.from({ length: count }, (_, i) => ({
    x0: lo + i * w,
    x1: lo + (i + 1) * w,
    n: 0,
  }));
  for (const v of values) {
    if (v < lo || v > hi) continue;
    bins[Math.min(count - 1, Math.floor((v - lo) / w))]!.n++;
  }
  return bins.map((b) => ({ x0: round(b.x0), x1: round(b.x1), n: b.n }));
}
const round = (v: number) => Math.round(v * 1000) / 1000;

export interface HistogramOptions {
  def: IndicatorDef;
  title: string;
  description: string;
  median?: number;
  width?: number;
}

/** Plot options for a histogram of board values: bars of boards per bin, the median and signal value as rules. */
export function histogramChartOptions(bins: Bin[], opts: HistogramOptions): Plot.PlotOptions {
  const { def } = opts;
  const marks: Plot.Markish[] = [
    Plot.rectY(bins, { x1: "x0", x2: "x1", y: "n", fill: theme.peer, inset: 0.5, ariaHidden: "true" }),
    Plot.ruleY([0], { stroke: theme.reference, ariaHidden: "true" }),
  ];
  if (opts.median !== undefined)
    marks.push(
      Plot.ruleX([opts.median], {
        stroke: theme.board,
        strokeWidth: 2.5,
        strokeDasharray: "6 4",
        ariaHidden: "true",
      }),
    );
  const lo = bins[0]?.x0 ?? 0;
  const hi = bins.at(-1)?.x1 ?? 1;
  if (def.signal && def.signal.value >= lo && def.signal.value <= hi)
    marks.push(
      Plot.ruleX([def.signal.value], {
        stroke: theme.signal,
        strokeDasharray: "2 3",
        strokeWidth: 2,
        ariaHidden: "true",
      }),
    );
  return {
    width: opts.width ?? theme.width,
    height: 200,
    marginLeft: 48,
    marginRight: 24,
    marginBottom: 40,
    ariaLabel: opts.title,
    ariaDescription: opts.description,
    x: {
      label: unitLabel[def.unit] + (def.unit === "percent" ? " (%)" : ""),
      domain: [lo, hi],
      tickFormat: axisTickFormat(),
    },
    y: { label: "besturen", grid: true, ticks: 4, tickFormat: axisTickFormat() },
    marks,
  };
}
