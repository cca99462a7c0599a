import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { CHART_CLASS, stripInlineStyles } from "./cspSafe.ts";

// One shared DOM document for every chart of the build (a new one per chart costs nothing with linkedom, but
// sharing keeps memory flat).
const { document } = parseHTML("<!doctype html><html><body></body></html>");
let drawn = 0;

// Plot numbers <marker> and <clipPath> ids from a process-wide counter: the same chart drawn twice (or in another
// worker) got other ids, and charts drawn in different processes could share an id on one page. Name them after
// the chart's content instead: same chart, same bytes; different charts, different ids.
const PLOT_ID = /plot-(marker|clip)-\d+\b/g;
function stableIds(svg: string): string {
  const order = new Map<string, number>();
  for (const [id] of svg.matchAll(PLOT_ID)) if (!order.has(id)) order.set(id, order.size + 1);
  if (order.size === 0) return svg;
  const canonical = svg.replace(PLOT_ID, (id, kind: string) => `plot-${kind}-${order.get(id)}`);
  let h = 0x811c9dc5; // FNV-1a, 32 bits
  for (let i = 0; i < canonical.length; i++) h = Math.imul(h ^ canonical.charCodeAt(i), 0x01000193);
  const tag = (h >>> 0).toString(36);
  return svg.replace(PLOT_ID, (id, kind: string) => `plot-${kind}-${tag}-${order.get(id)}`);
}

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
