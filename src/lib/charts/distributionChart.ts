import * as Plot from "@observablehq/plot";
import type { IndicatorDef } from "../data/registry.ts";
import { axisTickFormat, unitLabel } from "../format.ts";
import { theme } from "./theme.ts";

export interface DistributionOptions {
  def: Pick<IndicatorDef, "unit" | "signal">;
  title: string;
  description: string;
  /** The value of the board to highlight, if any. */
  highlight?: number;
  median?: number;
  q1?: number;
  q3?: number;
  width?: number;
}

/** Plot options for a strip plot: one tick per board, the middle half as a band, the median and one board marked. */
export function distributionChartOptions(values: number[], opts: DistributionOptions): Plot.PlotOptions {
  const { def } = opts;
  const marks: Plot.Markish[] = [];
  if (opts.q1 !== undefined && opts.q3 !== undefined)
    marks.push(
      Plot.rectX([{ q1: opts.q1, q3: opts.q3 }], {
        x1: "q1",
        x2: "q3",
        y1: 0,
        y2: 1,
        fill: theme.band,
        ariaHidden: "true",
      }),
    );
  marks.push(
    Plot.ruleX(values, {
      x: (d: number) => d,
      y1: 0.15,
      y2: 0.85,
      stroke: theme.peer,
      strokeOpacity: 0.6,
      ariaHidden: "true",
    }),
  );
  if (opts.median !== undefined)
    marks.push(
      Plot.ruleX([opts.median], {
        y1: 0,
        y2: 1,
        stroke: theme.reference,
        strokeWidth: 2,
        strokeDasharray: "6 4",
        ariaHidden: "true",
      }),
    );
  if (def.signal)
    marks.push(
      Plot.ruleX([def.signal.value], {
        y1: 0,
        y2: 1,
        stroke: theme.signal,
        strokeDasharray: "2 3",
        strokeWidth: 2,
        ariaHidden: "true",
      }),
    );
  if (opts.highlight !== undefined) {
    marks.push(
      Plot.ruleX([opts.highlight], { y1: 0, y2: 1, stroke: theme.board, strokeWidth: 3, ariaHidden: "true" }),
    );
    marks.push(
      Plot.dot([opts.highlight], {
        x: (d: number) => d,
        y: 0.5,
        r: 6,
        fill: theme.board,
        stroke: "white",
        symbol: "diamond",
        ariaHidden: "true",
      }),
    );
  }
  return {
    width: opts.width ?? theme.width,
    height: 110,
    marginLeft: 16,
    marginRight: 24,
    marginBottom: 40,
    ariaLabel: opts.title,
    ariaDescription: opts.description,
    x: {
      label: unitLabel[def.unit] + (def.unit === "percent" ? " (%)" : ""),
      nice: true,
      tickFormat: axisTickFormat(),
    },
    y: { axis: null, domain: [0, 1] },
    marks,
  };
}
