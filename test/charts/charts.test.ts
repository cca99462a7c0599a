// SVG snapshots of the chart builders, drawn by renderSvg, plus the semantics every chart must keep: labelled
// role="img", no named groups, Dutch tick labels and the same bytes on every run.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { distributionChartOptions } from "../../src/lib/charts/distributionChart.ts";
import { renderSvg } from "../../src/lib/charts/render.ts";
import { sectorTrendChartOptions } from "../../src/lib/charts/sectorTrendChart.ts";
import { theme } from "../../src/lib/charts/theme.ts";
import {
  trendChartOptions,
  yearTick,
  type ReferencePoint,
  type TrendOptions,
} from "../../src/lib/charts/trendChart.ts";
import { trendSvg } from "../../src/lib/charts/trendSvg.ts";
import { distributionOf } from "../../src/lib/compare/peers.ts";
import { positionIn, positionSentence } from "../../src/lib/data/position.ts";
import { indicator } from "../../src/lib/data/registry.ts";
import type { Point } from "../../src/lib/data/series.ts";
import { trendSentence } from "../../src/lib/sentences.ts";
import { expectSvgSnapshot } from "../helpers/snapshot.ts";

// Pinned in vitest.config.ts too; set here so the file draws the same under any runner.
process.env.TZ = "UTC";
// renderSvg draws nothing when NO_CHARTS is set (a fast build switch); these tests are about the drawing.
delete process.env.NO_CHARTS;

/** A chart as drawn, with the title and sentence it was given. */
interface Drawn {
  svg: string;
  title: string;
  sentence: string;
}

/** A small seeded PRNG (mulberry32), so "random" test data is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

// --- the charts -------------------------------------------------------------------------------------------

/** How a board trend is drawn: through Plot (trendChartOptions + renderSvg) or as the template (trendSvg). */
type TrendDrawer = (points: Point[], opts: TrendOptions) => string;
const plotTrend: TrendDrawer = (points, opts) => renderSvg(trendChartOptions(points, opts));

async function trendPupils30Years(draw: TrendDrawer = plotTrend): Promise<Drawn> {
  const def = indicator("leerlingen");
  const points: Point[] = range(1996, 2025).map((year, i) => ({
    year,
    value: Math.round(1500 + 300 * Math.sin(i / 5) - 8 * i),
    ...(year === 2010 ? { lowerBound: true } : {}),
  }));
  const reference: ReferencePoint[] = range(1996, 2025).map((year, i) => ({
    year,
    median: 1300 + 5 * i,
    q1: 1050 + 5 * i,
    q3: 1600 + 6 * i,
  }));
  const title = "Aantal leerlingen per jaar";
  const sentence = trendSentence(def, points, "Stichting Voorbeeld")!;
  return {
    svg: draw(points, { def, title, description: sentence, reference }),
    title,
    sentence,
  };
}

async function trendSolvency5Years(draw: TrendDrawer = plotTrend): Promise<Drawn> {
  const def = indicator("solvabiliteit-2");
  const values = [0.42, 0.38, 0.33, 0.29, 0.31];
  const points: Point[] = values.map((value, i) => ({ year: 2011 + i, value }));
  const title = "Solvabiliteit II per jaar";
  const sentence = trendSentence(def, points)!;
  return {
    svg: draw(points, { def, title, description: sentence }),
    title,
    sentence,
  };
}

async function trendGapsIsolatedPoint(draw: TrendDrawer = plotTrend): Promise<Drawn> {
  const def = indicator("aandeel-gewichtenleerlingen");
  const points: Point[] = [
    { year: 2010, value: 14.2 },
    { year: 2011, value: 13.8 },
    { year: 2012, value: 13.1 },
    { year: 2013, missing: "suppressed" },
    { year: 2014, value: 12.4 },
    { year: 2015, missing: "not-reported" },
    { year: 2016, value: 11 },
    { year: 2017, value: 10.6 },
    { year: 2018, value: 10.9 },
    { year: 2019, value: 9.8 },
  ];
  const title = "Aandeel gewichtenleerlingen per jaar";
  const sentence = trendSentence(def, points)!;
  return {
    svg: draw(points, { def, title, description: sentence }),
    title,
    sentence,
  };
}

async function trendSchoolYears(draw: TrendDrawer = plotTrend): Promise<Drawn> {
  const def = indicator("slaagpercentage");
  const values = [93.1, 93.8, 92.4, 92.9, 93.5, undefined, 96.2, 94.7, 92.8, 93.6];
  const points: Point[] = values.map((value, i) =>
    value === undefined ? { year: 2014 + i, missing: "no-central-exams" } : { year: 2014 + i, value },
  );
  const reference: ReferencePoint[] = range(2014, 2023).map((year, i) => ({
    year,
    median: 91.5 + (i % 3) * 0.4,
    q1: 88.2 + (i % 2) * 0.3,
    q3: 95.1 - (i % 4) * 0.2,
  }));
  const title = "Slaagpercentage (alle onderwijstypen) per schooljaar";
  const sentence = trendSentence(def, points, "Stichting Voorbeeld")!;
  return {
    svg: draw(points, { def, title, description: sentence, reference }),
    title,
    sentence,
  };
}

async function distributionSolvency(): Promise<Drawn> {
  const def = indicator("solvabiliteit-2");
  const random = mulberry32(2015);
  const values = Array.from({ length: 60 }, () => Math.round((0.1 + random() * 0.8) * 100) / 100);
  const highlight = 0.27;
  const d = distributionOf(values)!;
  const title = "Solvabiliteit II van alle po-besturen in 2015";
  const sentence = `Stichting Voorbeeld: ${positionSentence(positionIn(highlight, values)!, "po-besturen", def.direction)}.`;
  return {
    svg: renderSvg(
      distributionChartOptions(values, {
        def,
        title,
        description: sentence,
        highlight,
        median: d.median,
        q1: d.q1,
        q3: d.q3,
      }),
    ),
    title,
    sentence,
  };
}

async function sectorTrendRentabiliteit(): Promise<Drawn> {
  const def = indicator("rentabiliteit");
  const rows: ReferencePoint[] = [
    { year: 2011, median: 0.8, q1: -1.2, q3: 2.6 },
    { year: 2012, median: -0.4, q1: -2.3, q3: 1.5 },
    { year: 2013, median: 0.2, q1: -1.6, q3: 2.1 },
    { year: 2014, median: 1.1, q1: -0.7, q3: 3.2 },
    { year: 2015, median: 0.6, q1: -1.1, q3: 2.4 },
  ];
  const title = "Rentabiliteit van po-besturen: mediaan en middelste helft";
  const sentence = "De mediaan van de rentabiliteit lag tussen −0,4% in 2012 en 1,1% in 2014.";
  return {
    svg: renderSvg(sectorTrendChartOptions(rows, { def, title, description: sentence })),
    title,
    sentence,
  };
}

async function sectorTrendSingleYear(): Promise<Drawn> {
  const def = indicator("leerlingen");
  const rows: ReferencePoint[] = [{ year: 2022, median: 3400, q1: 1500, q3: 7200 }];
  const title = "Aantal leerlingen van vo-besturen";
  const sentence = "In 2022 had het middelste vo-bestuur 3.400 leerlingen.";
  return {
    svg: renderSvg(sectorTrendChartOptions(rows, { def, title, description: sentence })),
    title,
    sentence,
  };
}

const CHARTS: [call: string, draw: () => Promise<Drawn>][] = [
  [
    "trendChartOptions(points, {reference}) draws 30 years of pupils with a reference band",
    trendPupils30Years,
  ],
  ["trendChartOptions(points) draws 5 years of a ratio with its signal value", trendSolvency5Years],
  ["trendChartOptions(points) breaks the line at gaps and dots an isolated point", trendGapsIsolatedPoint],
  ["trendChartOptions(points, {reference}) labels school years as 2014-15", trendSchoolYears],
  [
    "distributionChartOptions(values, opts) draws a highlight, the middle half and the signal",
    distributionSolvency,
  ],
  [
    "sectorTrendChartOptions(rows, opts) draws the median, the middle half and the signal",
    sectorTrendRentabiliteit,
  ],
  ["sectorTrendChartOptions(rows, opts) dots a single year", sectorTrendSingleYear],
];

const kebab = (s: string) => s.replace(/(?<=[a-z])(?=[A-Z0-9])|(?<=\d)(?=[A-Z])/g, "-").toLowerCase();

// --- reading an SVG back ----------------------------------------------------------------------------------

const svgOf = (svg: string): Element => {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const el = document.querySelector("svg");
  if (!el) throw new Error("no <svg> in the output");
  return el as unknown as Element;
};

/** Tick labels of an axis: Plot sets text-anchor="end" on the y labels and leaves the x labels centred. */
const tickLabels = (svg: Element, axis: "x" | "y"): { text: string; at: number }[] =>
  [...svg.querySelectorAll('g[font-variant="tabular-nums"]')]
    .filter((g) => (g.getAttribute("text-anchor") === "end") === (axis === "y"))
    .flatMap((g) => [...g.querySelectorAll("text")])
    .map((t) => {
      const [x, y] = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(t.getAttribute("transform") ?? "")!.slice(1);
      return { text: t.textContent ?? "", at: Number(axis === "x" ? x : y) };
    });

/** The dots drawn by a dot mark (marker definitions also hold circles, but without a position). */
const dots = (svg: Element) => [...svg.querySelectorAll("circle[cx]")];

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

// --- tests ------------------------------------------------------------------------------------------------

describe("chart snapshots", () => {
  for (const [call, draw] of CHARTS)
    it(`${call} (test/output/${kebab(draw.name)}.svg)`, async () => {
      expectSvgSnapshot(kebab(draw.name), (await draw()).svg);
    });
});

// The templated board trend must draw exactly the picture Plot draws (the same snapshot files).
const TEMPLATED: [call: string, draw: () => Promise<Drawn>, file: string][] = [
  [
    "trendSvg(points, {reference}) draws 30 years of pupils",
    () => trendPupils30Years(trendSvg),
    "trendPupils30Years",
  ],
  [
    "trendSvg(points) draws 5 years of a ratio with its signal value",
    () => trendSolvency5Years(trendSvg),
    "trendSolvency5Years",
  ],
  [
    "trendSvg(points) breaks the line at gaps and dots an isolated point",
    () => trendGapsIsolatedPoint(trendSvg),
    "trendGapsIsolatedPoint",
  ],
  ["trendSvg(points, {reference}) labels school years", () => trendSchoolYears(trendSvg), "trendSchoolYears"],
];

describe("templated trend snapshots (the same files as Plot's)", () => {
  for (const [call, draw, file] of TEMPLATED)
    it(`${call} (test/output/${kebab(file)}.svg)`, async () => {
      expectSvgSnapshot(kebab(file), (await draw()).svg);
    });
});

describe("chart semantics", () => {
  for (const [call, draw] of CHARTS) {
    const name = call.slice(0, call.indexOf("("));
    it(`${name}(…) via renderSvg is an img labelled by its title and sentence (${draw.name})`, async () => {
      const { svg, title, sentence } = await draw();
      const el = svgOf(svg);
      expect(el.getAttribute("role")).toBe("img");
      expect(el.getAttribute("aria-label")).toBe(title);
      expect(el.getAttribute("aria-description")).toBe(sentence);
      expect(sentence.length).toBeGreaterThan(0);
    });

    it(`${name}(…) via renderSvg names no <g> (axe aria-prohibited-attr) (${draw.name})`, async () => {
      const el = svgOf((await draw()).svg);
      expect(el.querySelectorAll("g").length).toBeGreaterThan(0);
      expect([...el.querySelectorAll("g[aria-label]")].map((g) => g.getAttribute("aria-label"))).toEqual([]);
    });

    it(`${name}(…) via renderSvg has no <style> and no style attribute, only the class plot-chart (${draw.name})`, async () => {
      const svg = (await draw()).svg;
      expect(svg).not.toMatch(/<style|\sstyle=/);
      expect(svgOf(svg).getAttribute("class")).toBe("plot-chart");
    });

    it(`${name}(…) via renderSvg gives the same bytes when drawn twice (${draw.name})`, async () => {
      const a = (await draw()).svg;
      const b = (await draw()).svg;
      expect(a.length).toBeGreaterThan(0);
      expect(b).toBe(a);
    });
  }
});

describe("trendChartOptions", () => {
  it("trendChartOptions(30 years) ticks every fifth year and writes thousands with a dot", async () => {
    const el = svgOf((await trendPupils30Years()).svg);
    expect(tickLabels(el, "x").map((t) => t.text)).toEqual(["2000", "2005", "2010", "2015", "2020", "2025"]);
    const y = tickLabels(el, "y").map((t) => t.text);
    expect(y).toContain("0");
    expect(y).toContain("1.000");
    expect(y).toContain("1.500");
  });

  it("trendChartOptions(points, {reference}) draws the reference median dashed over a band", async () => {
    const el = svgOf((await trendPupils30Years()).svg);
    expect(el.querySelector(`g[fill="${theme.band}"] path`)).not.toBeNull();
    expect(el.querySelector(`g[stroke="${theme.reference}"][stroke-dasharray="6 4"] path`)).not.toBeNull();
  });

  it("trendChartOptions(ratios) writes ticks with a decimal comma and puts the signal rule at 0,30", async () => {
    const el = svgOf((await trendSolvency5Years()).svg);
    expect(tickLabels(el, "x").map((t) => t.text)).toEqual(["2011", "2012", "2013", "2014", "2015"]);
    const y = tickLabels(el, "y");
    for (const t of y) expect(t.text).toMatch(/^\d,\d\d$/);
    const tick = y.find((t) => t.text === "0,30");
    expect(tick).toBeDefined();
    const rule = el.querySelector(`g[stroke="${theme.signal}"] line`);
    expect(rule).not.toBeNull();
    expect(Number(rule!.getAttribute("y1"))).toBeCloseTo(tick!.at, 6);
  });

  it("trendChartOptions(points) dots the isolated point and only that one", async () => {
    const el = svgOf((await trendGapsIsolatedPoint()).svg);
    const drawn = dots(el);
    expect(drawn).toHaveLength(1);
    const at2014 = tickLabels(el, "x").find((t) => t.text === "2014");
    expect(at2014).toBeDefined();
    expect(close(Number(drawn[0]!.getAttribute("cx")), at2014!.at)).toBe(true);
  });

  it("trendChartOptions(points) breaks the board line at each missing year", async () => {
    const el = svgOf((await trendGapsIsolatedPoint()).svg);
    const line = el.querySelector(`g[stroke="${theme.board}"] path`);
    // 2010-2012, 2014 alone, 2016-2019: three pieces.
    expect(line?.getAttribute("d")?.match(/M/g)).toHaveLength(3);
  });

  it("trendChartOptions(points) dots an isolated first and last point too", () => {
    const def = indicator("leerlingen");
    const points: Point[] = [
      { year: 2016, value: 300 },
      { year: 2017, missing: "suppressed-small" },
      { year: 2018, value: 320 },
      { year: 2019, value: 330 },
      { year: 2020, missing: "not-in-source" },
      { year: 2021, value: 350 },
    ];
    const el = svgOf(renderSvg(trendChartOptions(points, { def, title: "t", description: "d" })));
    expect(dots(el)).toHaveLength(2);
  });

  it("trendChartOptions(points) draws no dot when every point has a neighbour", async () => {
    expect(dots(svgOf((await trendSolvency5Years()).svg))).toHaveLength(0);
  });

  it("trendChartOptions(school years) labels the ticks 2014-15, 2016-17, …", async () => {
    const el = svgOf((await trendSchoolYears()).svg);
    expect(tickLabels(el, "x").map((t) => t.text)).toEqual([
      "2014-15",
      "2016-17",
      "2018-19",
      "2020-21",
      "2022-23",
    ]);
  });

  it("yearTick(def) writes a school year across a century as 1999-00 and other kinds as the year", () => {
    expect(yearTick(indicator("slaagpercentage"))(1999)).toBe("1999-00");
    expect(yearTick(indicator("slaagpercentage"))(2009)).toBe("2009-10");
    expect(yearTick(indicator("leerlingen"))(2016)).toBe("2016");
    expect(yearTick(indicator("solvabiliteit-2"))(2016)).toBe("2016");
  });

  it("trendChartOptions(points) sets the unit as the y label", () => {
    const opts = trendChartOptions([{ year: 2020, value: 46.9 }], {
      def: indicator("aandeel-gewichtenleerlingen"),
      title: "t",
      description: "d",
    });
    expect(opts.y?.label).toBe("procent (%)");
    expect(opts.ariaLabel).toBe("t");
    expect(opts.ariaDescription).toBe("d");
  });
});

describe("distributionChartOptions", () => {
  it("distributionChartOptions(values, {highlight}) marks the board with a diamond and a thick rule", async () => {
    const el = svgOf((await distributionSolvency()).svg);
    expect(el.querySelector(`g[fill="${theme.board}"] path`)).not.toBeNull();
    expect(el.querySelector(`g[stroke="${theme.board}"][stroke-width="3"] line`)).not.toBeNull();
    expect(el.querySelectorAll(`g[stroke="${theme.peer}"] line`)).toHaveLength(60);
  });

  it("distributionChartOptions(values, {q1, q3}) draws the middle half as one band, signal and median as rules", async () => {
    const el = svgOf((await distributionSolvency()).svg);
    expect(el.querySelectorAll(`g[fill="${theme.band}"] rect`)).toHaveLength(1);
    expect(el.querySelector(`g[stroke="${theme.signal}"] line`)).not.toBeNull();
    expect(el.querySelector(`g[stroke="${theme.reference}"] line`)).not.toBeNull();
  });

  it("distributionChartOptions(values) writes x ticks with a decimal comma", async () => {
    const x = tickLabels(svgOf((await distributionSolvency()).svg), "x").map((t) => t.text);
    expect(x.length).toBeGreaterThan(2);
    for (const t of x) expect(t).toMatch(/^\d(,\d+)?$/);
    expect(x.some((t) => t.includes(","))).toBe(true);
  });

  it("distributionChartOptions(values) without quartiles or highlight draws only the board ticks and the signal", () => {
    const el = svgOf(
      renderSvg(
        distributionChartOptions([1, 2, 3], { def: indicator("leerlingen"), title: "t", description: "d" }),
      ),
    );
    expect(el.querySelectorAll("rect")).toHaveLength(0);
    expect(el.querySelectorAll(`g[stroke="${theme.peer}"] line`)).toHaveLength(3);
    expect(el.querySelector(`g[stroke="${theme.board}"]`)).toBeNull();
  });
});

describe("sectorTrendChartOptions", () => {
  it("sectorTrendChartOptions(rows) writes negative ticks with a true minus and includes the signal −10", async () => {
    const el = svgOf((await sectorTrendRentabiliteit()).svg);
    const y = tickLabels(el, "y").map((t) => t.text);
    expect(y).toContain("−10");
    expect(y).toContain("0");
    for (const t of y) expect(t).not.toContain("-");
    expect(el.querySelector(`g[stroke="${theme.signal}"] line`)).not.toBeNull();
  });

  it("sectorTrendChartOptions(rows) with one year draws a dot", async () => {
    expect(dots(svgOf((await sectorTrendSingleYear()).svg))).toHaveLength(1);
  });

  it("sectorTrendChartOptions(rows) with several years draws no dot", async () => {
    expect(dots(svgOf((await sectorTrendRentabiliteit()).svg))).toHaveLength(0);
  });
});
