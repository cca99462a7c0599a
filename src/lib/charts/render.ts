import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { CHART_CLASS, stripInlineStyles } from "./cspSafe.ts";
import { stableIds } from "./svgIds.ts";

// One shared DOM document for every chart of the build (a new one per chart costs nothing with linkedom, but
// sharing keeps memory flat).
const { document } = parseHTML("<!doctype html><html><body></body></html>");
let drawn = 0;

/**
 * Renders Plot options to an SVG string: role="img", labelled by the options' ariaLabel/ariaDescription, with the
 * class `plot-chart` and no <style> element or style attribute (strict CSP; see cspSafe.ts).
 */
export function renderSvg(options: Plot.PlotOptions): string {
  if (process.env.NO_CHARTS) return "";
  const el = stripInlineStyles(
    Plot.plot({
      ...options,
      className: CHART_CLASS,
      document: document as unknown as Document,
    }) as unknown as Element,
  );
  el.setAttribute("role", "img");
  el.setAttribute("focusable", "false");
  // Plot names its groups ("line", "y-axis tick"); inside role="img" those names are never read, and axe flags
  // aria-label on a <g> without a role (aria-prohibited-attr): https://dequeuniversity.com/rules/axe/4.10/aria-prohibited-attr
  for (const g of el.querySelectorAll("g[aria-label]")) g.removeAttribute("aria-label");
  drawn++;
  return stableIds(el.outerHTML);
}

/** How many charts this process has drawn (for the build benchmark). */
export const chartsDrawn = (): number => drawn;
