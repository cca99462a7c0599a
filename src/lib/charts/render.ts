import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

// One shared DOM document for every chart of the build (a new one per chart costs nothing with linkedom, but
// sharing keeps memory flat).
const { document } = parseHTML("<!doctype html><html><body></body></html>");
let drawn = 0;

/** Renders Plot options to an SVG string: role="img", labelled by the options' ariaLabel/ariaDescription. */
export function renderSvg(options: Plot.PlotOptions): string {
  if (process.env.NO_CHARTS) return "";
  const el = Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element;
  el.setAttribute("role", "img");
  el.setAttribute("focusable", "false");
  drawn++;
  return el.outerHTML;
}

/** How many charts this process has drawn (for the build benchmark). */
export const chartsDrawn = (): number => drawn;
