import * as Plot from "@observablehq/plot";
import type { IndicatorDef } from "../data/registry.ts";
import type { Point } from "../data/series.ts";
import { axisTickFormat, formatYear, unitLabel } from "../format.ts";
import { theme } from "./theme.ts";

export interface ReferencePoint {
  year: number;
  median: number;
  q1: number;
  q3: number;
}

export interface TrendOptions {
  def: IndicatorDef;
  title: string;
  description: string;
  /** Median and quartiles of a comparison group per year (drawn as a dashed line and a grey band). */
  reference?: ReferencePoint[];
  width?: number;
}

/** Tick text for a year axis in the indicator's year kind ("2016", or "2016-17" for school years). */
export const yearTick = (def: IndicatorDef) => (y: number) =>
  def.yearKind === "schooljaar"
    ? `${y}-${String((y + 1) % 100).padStart(2, "0")}`
    : formatYear(y, def.yearKind);

/** The year axis of every trend chart: every year up to 6, every other year up to 12, else every fifth. */
export function yearAxis(def: IndicatorDef, years: number[]): Plot.ScaleOptions {
  const span = years.length;
  return {
    label: null, // the ticks are years; an axis label would collide with the last tick
    tickFormat: yearTick(def),
    ticks:
      span > 12 ? years.filter((y) => y % 5 === 0) : span > 6 ? years.filter((_, i) => i % 2 === 0) : years,
    domain: [years[0]!, years.at(-1)!],
    inset: 12,
  };
}

/** The value axis of every trend chart: unit label, grid, four Dutch ticks, zero for counts. */
export const valueAxis = (def: IndicatorDef): Plot.ScaleOptions => ({
  label: unitLabel[def.unit] + (def.unit === "percent" ? " (%)" : ""),
  grid: true,
  nice: true,
  ticks: 4,
  zero: def.unit === "count",
  tickFormat: axisTickFormat(),
});

/** Plot options for a board's trend over the years, with an optional reference band and signal value. */
export function trendChartOptions(points: Point[], opts: TrendOptions): Plot.PlotOptions {
  const { def } = opts;
  const data = points.map((p) => ({ year: p.year, value: p.value ?? NaN }));
  const years = [
    ...new Set([...points.map((p) => p.year), ...(opts.reference ?? []).map((r) => r.year)]),
  ].sort((a, b) => a - b);
  const ref = opts.reference ?? [];
  const marks: Plot.Markish[] = [];
  if (ref.length) {
    marks.push(Plot.areaY(ref, { x: "year", y1: "q1", y2: "q3", fill: theme.band, ariaHidden: "true" }));
    marks.push(
      Plot.lineY(ref, {
        x: "year",
        y: "median",
        stroke: theme.reference,
        strokeDasharray: "6 4",
        strokeWidth: 1.5,
        ariaHidden: "true",
      }),
    );
  }
  if (def.signal)
    marks.push(
      Plot.ruleY([def.signal.value], {
        stroke: theme.signal,
        strokeDasharray: "2 3",
        strokeWidth: 2,
        ariaHidden: "true",
      }),
    );
  if (def.unit === "count") marks.push(Plot.ruleY([0], { ariaHidden: "true" }));
  // A point with no neighbour draws no line: give those a dot of their own.
  const isolated = data.filter(
    (d, i) =>
      !Number.isNaN(d.value) &&
      Number.isNaN(data[i - 1]?.value ?? NaN) &&
      Number.isNaN(data[i + 1]?.value ?? NaN),
  );
  if (isolated.length)
    marks.push(Plot.dot(isolated, { x: "year", y: "value", fill: theme.board, r: 4, ariaHidden: "true" }));
  // Markers (one shared <marker> definition) show each year with a value at a fraction of the cost of dots.
  marks.push(
    Plot.lineY(data, {
      x: "year",
      y: "value",
      stroke: theme.board,
      strokeWidth: 2.5,
      marker: "circle-stroke",
      ariaHidden: "true",
    }),
  );
  return trendFrame(def, years, opts, marks);
}

/** The frame every trend chart shares: size, margins, font, accessible name and description, both axes. */
export function trendFrame(
  def: IndicatorDef,
  years: number[],
  opts: { title: string; description: string; width?: number },
  marks: Plot.Markish[],
): Plot.PlotOptions {
  return {
    width: opts.width ?? theme.width,
    height: 260,
    marginLeft: 64,
    marginRight: 16,
    ariaLabel: opts.title,
    ariaDescription: opts.description,
    x: yearAxis(def, years),
    y: valueAxis(def),
    marks,
  };
}
