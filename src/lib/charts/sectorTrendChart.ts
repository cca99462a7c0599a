import * as Plot from "@observablehq/plot";
import type { IndicatorDef } from "../data/registry.ts";
import { theme } from "./theme.ts";
import { trendFrame, type ReferencePoint } from "./trendChart.ts";

export interface SectorTrendOptions {
  def: IndicatorDef;
  title: string;
  description: string;
  width?: number;
}

/** Plot options for a sector's median (solid line) and middle half (band) over the years. */
export function sectorTrendChartOptions(rows: ReferencePoint[], opts: SectorTrendOptions): Plot.PlotOptions {
  const { def } = opts;
  const years = rows.map((r) => r.year);
  const marks: Plot.Markish[] = [
    Plot.areaY(rows, { x: "year", y1: "q1", y2: "q3", fill: theme.band, ariaHidden: "true" }),
    Plot.lineY(rows, {
      x: "year",
      y: "median",
      stroke: theme.board,
      strokeWidth: 2.5,
      marker: "circle-stroke",
      ariaHidden: "true",
    }),
  ];
  if (def.signal)
    marks.push(
      Plot.ruleY([def.signal.value], {
        stroke: theme.signal,
        strokeDasharray: "2 3",
        strokeWidth: 2,
        ariaHidden: "true",
      }),
    );
  if (rows.length === 1)
    marks.push(Plot.dot(rows, { x: "year", y: "median", fill: theme.board, r: 4, ariaHidden: "true" }));
  return trendFrame(def, years, opts, marks);
}
