// Plot numbers <marker> and <clipPath> ids from a process-wide counter: the same chart drawn twice (or in another
// worker) got other ids, and charts drawn in different processes could share an id on one page. Name them after
// the chart's content instead: same chart, same bytes; different charts, different ids.
import { hash } from "node:crypto";

const PLOT_ID = /plot-(marker|clip)-\d+\b/g;

/** The SVG with every plot-marker-N / plot-clip-N id renamed after a hash of the chart's content. */
export function stableIds(svg: string): string {
  const order = new Map<string, number>();
  for (const [id] of svg.matchAll(PLOT_ID)) if (!order.has(id)) order.set(id, order.size + 1);
  if (order.size === 0) return svg;
  const canonical = svg.replace(PLOT_ID, (id, kind: string) => `plot-${kind}-${order.get(id)}`);
  // A native one-shot hash: ~30,000 charts a build, each a few KB (a JavaScript FNV loop over them cost ~2 s).
  const tag = hash("sha1", canonical).slice(0, 10);
  return svg.replace(PLOT_ID, (id, kind: string) => `plot-${kind}-${tag}-${order.get(id)}`);
}

/**
 * The SVG of a chart drawn with exactly one marker named `plot-marker-1` (the templates): the same bytes as
 * stableIds gives, without its regular-expression passes.
 */
export function stableMarkerId(svg: string): string {
  const tag = hash("sha1", svg).slice(0, 10);
  return svg.replaceAll("plot-marker-1", `plot-marker-${tag}-1`);
}
