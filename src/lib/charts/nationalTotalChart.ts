import * as Plot from "@observablehq/plot";
import type { TotalSeries } from "../data/nationalTotals.ts";
import { indicator, type IndicatorDef } from "../data/registry.ts";
import { theme } from "./theme.ts";
import { trendFrame } from "./trendChart.ts";

export interface NationalTotalOptions {
  title: string;
  description: string;
  width?: number;
  /** Height in px (default: the trend charts' 260). */
  height?: number;
}

/** The indicator definition a national series is drawn with: the indicator's, with the series' own unit. */
export function totalDef(series: TotalSeries): IndicatorDef {
  const def = indicator(series.spec.indicator);
  return series.spec.unit === def.unit
    ? def
    : { ...def, unit: series.spec.unit, decimals: series.spec.unit === "percent" ? 1 : 0 };
}

/** The years inside a series (after its first year) where a registry break starts, oldest first. */
export function breakYearsOf(series: TotalSeries): number[] {
  const first = series.points[0]?.year ?? Infinity;
  return [...new Set(series.points.flatMap((p) => p.breaks.map((b) => b.year)))]
    .filter((y) => y > first)
    .sort((a, b) => a - b);
}

/**
 * Plot options for a national total per year: a line with a dot per year (an open dot where the figure is a lower
 * bound), and a dashed vertical rule with the break's number before every year where a registry break starts.
 */
export function nationalTotalChartOptions(series: TotalSeries, opts: NationalTotalOptions): Plot.PlotOptions {
  const def = totalDef(series);
  const rows = series.points.map((p) => ({ year: p.year, value: p.value!, lowerBound: p.lowerBound }));
  const years = rows.map((r) => r.year);
  // One rule per break year, numbered as in the footnotes (labels side by side would overlap).
  const marks: Plot.Markish[] = [
    ...breakMarks(breakYearsOf(series)),
    Plot.lineY(rows, { x: "year", y: "value", stroke: theme.board, strokeWidth: 2.5, ariaHidden: "true" }),
    Plot.dot(
      rows.filter((r) => !r.lowerBound),
      { x: "year", y: "value", fill: theme.board, r: 3.5, ariaHidden: "true" },
    ),
    Plot.dot(
      rows.filter((r) => r.lowerBound),
      { x: "year", y: "value", fill: "white", stroke: theme.board, strokeWidth: 2, r: 4, ariaHidden: "true" },
    ),
  ];
  const frame = trendFrame(def, years, opts, marks);
  // National sums run into millions or billions: widen the left margin to the longest tick label (about 8 px a digit).
  const max = Math.max(...rows.map((r) => Math.abs(r.value)));
  const digits = Math.floor(Math.log10(Math.max(1, max))) + 1;
  const marginLeft = Math.max(64, 16 + 8 * (digits + Math.floor((digits - 1) / 3)));
  // A narrow chart (the sectorbeeld's print size) keeps only as many year ticks as fit side by side.
  const x = thinTicks(
    frame.x ?? {},
    (opts.width ?? theme.width) - marginLeft - 16,
    def.yearKind === "schooljaar" ? 64 : 44,
  );
  // A low chart gets about three value ticks instead of four, so the tick labels do not touch.
  const y = opts.height && opts.height < 200 ? { ...frame.y, ticks: 3 } : frame.y;
  return {
    ...frame,
    x,
    y,
    ...(opts.height ? { height: opts.height } : {}),
    marginLeft,
    marginTop: breakYearsOf(series).length > 0 ? 24 : 20,
  };
}

/** An axis with at most `room ÷ perTick` of its explicit ticks: every k-th one from the first. */
export function thinTicks(axis: Plot.ScaleOptions, room: number, perTick: number): Plot.ScaleOptions {
  const ticks = axis.ticks;
  if (!Array.isArray(ticks)) return axis;
  const max = Math.max(2, Math.floor(room / perTick));
  if (ticks.length <= max) return axis;
  const k = Math.ceil(ticks.length / max);
  return { ...axis, ticks: ticks.filter((_, i) => i % k === 0) };
}

/** Marks for breaks on a year axis: a dashed red rule half a year before each year, numbered 1, 2, … in order. */
export function breakMarks(years: number[]): Plot.Markish[] {
  const breaks = years.map((year, i) => ({ x: year - 0.5, label: String(i + 1) }));
  if (breaks.length === 0) return [];
  return [
    Plot.ruleX(breaks, {
      x: "x",
      stroke: theme.signal,
      strokeDasharray: "4 3",
      strokeWidth: 1.5,
      ariaHidden: "true",
    }),
    Plot.text(breaks, {
      x: "x",
      frameAnchor: "top",
      dy: 2,
      dx: 3,
      textAnchor: "start",
      text: "label",
      fill: theme.signal,
      fontSize: 12,
      fontWeight: "bold",
      ariaHidden: "true",
    }),
  ];
}
