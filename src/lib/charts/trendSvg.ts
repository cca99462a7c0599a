// A board's trend chart as a plain SVG template: the same picture as Plot draws from trendChartOptions (same
// scales, ticks, marks, order and attributes; test/charts/trendSvg.test.ts checks that both give the same SVG), at
// a small fraction of the cost, so every board page draws its ~18 charts itself while it is built. Plot stays for
// the sector, distribution and national charts and for the comparison page.
import { scaleLinear } from "d3";
import type { Point } from "../data/series.ts";
import { CHART_CLASS } from "./cspSafe.ts";
import { stableMarkerId } from "./svgIds.ts";
import { theme } from "./theme.ts";
import { valueAxis, yearAxis, type TrendOptions } from "./trendChart.ts";

// The frame of trendFrame() in trendChart.ts with Plot's default top and bottom margins.
const HEIGHT = 260;
const MARGIN = { top: 20, right: 16, bottom: 30, left: 64 };

/** A path coordinate as d3-path writes it: rounded to 3 decimals. */
const n = (v: number): string => String(Math.round(v * 1000) / 1000);
/** Any other coordinate as Plot sets it: the number as it is. */
const r = (v: number): string => String(v);
const esc = (s: string): string =>
  s.replace(/[<>&\xA0]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "\xA0": "&#160;" })[c]!);
// In attributes a no-break space stays as it is, as Plot (linkedom) writes it.
const attr = (s: string): string =>
  s.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]!);

/** d3's linear line path: "M" at each run start, "L" within a run, a lone point closed with "Z". */
function linePath(points: ([number, number] | undefined)[]): string {
  let d = "";
  let run = 0;
  for (const p of points) {
    if (!p) {
      if (run === 1) d += "Z";
      run = 0;
      continue;
    }
    d += `${run === 0 ? "M" : "L"}${n(p[0])},${n(p[1])}`;
    run++;
  }
  if (run === 1) d += "Z";
  return d;
}

/**
 * The SVG of a board's trend (line with a marker per year, isolated years dotted), with the optional reference
 * median (dashed) over its middle half (band), the signal value and a zero rule for counts; role="img", labelled
 * by title and description, class plot-chart, no style attributes. Empty when NO_CHARTS is set (fast build switch).
 */
export function trendSvg(points: Point[], opts: TrendOptions): string {
  if (process.env.NO_CHARTS) return "";
  const { def } = opts;
  const width = opts.width ?? theme.width;
  const ref = opts.reference ?? [];
  const years = [...new Set([...points.map((p) => p.year), ...ref.map((r) => r.year)])].sort((a, b) => a - b);
  const xAxis = yearAxis(def, years);
  const yAxis = valueAxis(def);
  const inset = xAxis.inset ?? 0;
  const x = scaleLinear()
    .domain(xAxis.domain as [number, number])
    .range([MARGIN.left + inset, width - MARGIN.right - inset]);

  // The y domain covers every value any mark draws, zero for counts, then made nice as Plot does.
  const ys: number[] = [
    ...ref.flatMap((r) => [r.q1, r.q3, r.median]),
    ...(def.signal ? [def.signal.value] : []),
    ...(def.unit === "count" ? [0] : []),
    ...points.flatMap((p) => (p.value !== undefined && Number.isFinite(p.value) ? [p.value] : [])),
  ];
  let lo = Math.min(...ys);
  let hi = Math.max(...ys);
  if (yAxis.zero && (lo > 0 || hi < 0)) {
    if (lo > 0) lo = 0;
    else hi = 0;
  }
  const y = scaleLinear()
    .domain([lo, hi])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const yTicks = y.ticks(yAxis.ticks as number);
  // Plot's arrow shows which way values grow; a constant series (one-value domain) has no direction and no arrow.
  const [y0, y1] = y.domain() as [number, number];
  const arrow = y0 === y1 ? "" : "↑ ";
  const yFormat = yAxis.tickFormat as (v: number, i: number, ticks: number[]) => string;
  const xTicks = xAxis.ticks as number[];
  const xFormat = xAxis.tickFormat as (v: number) => string;
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const bottom = HEIGHT - MARGIN.bottom;
  const hidden = 'aria-hidden="true"';

  const parts: string[] = [
    `<svg focusable="false" role="img" aria-description="${attr(opts.description)}" aria-label="${attr(opts.title)}" viewBox="0 0 ${width} ${HEIGHT}" height="${HEIGHT}" width="${width}" text-anchor="middle" font-size="10" font-family="system-ui, sans-serif" fill="currentColor" class="${CHART_CLASS}">`,
    // y grid, ticks, tick labels and the unit label
    `<g stroke-opacity="0.1" stroke="currentColor" ${hidden}>`,
    ...yTicks.map((t) => `<line y2="${r(y(t))}" y1="${r(y(t))}" x2="${right}" x1="${left}" />`),
    `</g><g stroke="currentColor" fill="none" ${hidden}>`,
    ...yTicks.map((t) => `<path d="M0,0L-6,0" transform="translate(${left},${r(y(t))})" />`),
    `</g><g transform="translate(-9,0)" font-variant="tabular-nums" text-anchor="end">`,
    ...yTicks.map(
      (t, i) =>
        `<text transform="translate(${left},${r(y(t))})" y="0.32em">${esc(yFormat(t, i, yTicks))}</text>`,
    ),
    `</g><g transform="translate(${3 - left},${3 - MARGIN.top})" text-anchor="start">`,
    `<text transform="translate(${left},${MARGIN.top})" y="0.71em">${arrow}${esc(String(yAxis.label))}</text>`,
    // x ticks and tick labels (years)
    `</g><g stroke="currentColor" fill="none" ${hidden}>`,
    ...xTicks.map((t) => `<path d="M0,0L0,6" transform="translate(${r(x(t))},${bottom})" />`),
    `</g><g transform="translate(0,9)" font-variant="tabular-nums">`,
    ...xTicks.map(
      (t) => `<text transform="translate(${r(x(t))},${bottom})" y="0.71em">${esc(xFormat(t))}</text>`,
    ),
    `</g>`,
  ];
  if (ref.length) {
    const top = ref.map((r) => `${n(x(r.year))},${n(y(r.q3))}`);
    const base = ref.map((r) => `${n(x(r.year))},${n(y(r.q1))}`).reverse();
    parts.push(
      `<g fill="${theme.band}" ${hidden}><path d="M${[...top, ...base].join("L")}Z" /></g>`,
      `<g stroke-dasharray="6 4" stroke-linecap="round" stroke-linejoin="round" stroke-width="1.5" stroke="${theme.reference}" fill="none" ${hidden}>` +
        `<path d="${linePath(ref.map((r) => [x(r.year), y(r.median)]))}" /></g>`,
    );
  }
  if (def.signal) {
    const at = r(y(def.signal.value));
    parts.push(
      `<g stroke-dasharray="2 3" stroke-width="2" stroke="${theme.signal}" ${hidden}>` +
        `<line y2="${at}" y1="${at}" x2="${right}" x1="${left}" /></g>`,
    );
  }
  if (def.unit === "count")
    parts.push(
      `<g stroke="currentColor" ${hidden}><line y2="${r(y(0))}" y1="${r(y(0))}" x2="${right}" x1="${left}" /></g>`,
    );
  const has = (p: Point | undefined) => p?.value !== undefined && !Number.isNaN(p.value);
  const isolated = points.filter((p, i) => has(p) && !has(points[i - 1]) && !has(points[i + 1]));
  if (isolated.length)
    parts.push(
      `<g fill="${theme.board}" ${hidden}>`,
      ...isolated.map((p) => `<circle r="4" cy="${r(y(p.value!))}" cx="${r(x(p.year))}" />`),
      `</g>`,
    );
  const marker = "url(#plot-marker-1)";
  parts.push(
    `<g stroke-linecap="round" stroke-linejoin="round" stroke-width="2.5" stroke="${theme.board}" fill="none" ${hidden}>`,
    `<marker id="plot-marker-1" stroke-width="1.5" stroke="${theme.board}" fill="var(--plot-background)" markerHeight="6.67" markerWidth="6.67" viewBox="-5 -5 10 10"><circle r="3" /></marker>`,
    `<path d="${linePath(points.map((p) => (has(p) ? [x(p.year), y(p.value!)] : undefined)))}" marker-end="${marker}" marker-mid="${marker}" marker-start="${marker}" />`,
    `</g></svg>`,
  );
  return stableMarkerId(parts.join(""));
}
