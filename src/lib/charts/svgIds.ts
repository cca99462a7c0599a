// Plot numbers <marker> and <clipPath> ids from a process-wide counter: the same chart drawn twice (or in another
// worker) got other ids, and charts drawn in different processes could share an id on one page. Name them after
// the chart's content instead: same chart, same bytes; different charts, different ids.
const PLOT_ID = /plot-(marker|clip)-\d+\b/g;

/** The SVG with every plot-marker-N / plot-clip-N id renamed after a hash of the chart's content. */
export function stableIds(svg: string): string {
  const order = new Map<string, number>();
  for (const [id] of svg.matchAll(PLOT_ID)) if (!order.has(id)) order.set(id, order.size + 1);
  if (order.size === 0) return svg;
  const canonical = svg.replace(PLOT_ID, (id, kind: string) => `plot-${kind}-${order.get(id)}`);
  let h = 0x811c9dc5; // FNV-1a, 32 bits
  for (let i = 0; i < canonical.length; i++) h = Math.imul(h ^ canonical.charCodeAt(i), 0x01000193);
  const tag = (h >>> 0).toString(36);
  return svg.replace(PLOT_ID, (id, kind: string) => `plot-${kind}-${tag}-${order.get(id)}`);
}
