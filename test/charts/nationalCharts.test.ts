// The national-total line chart and the distribution histogram of the sector pages: breaks drawn from the registry,
// lower bounds marked, histogram bins that add up and clip far outliers with a count.
import { describe, expect, it } from "vitest";
import { binsOf, clipRange, histogramChartOptions } from "../../src/lib/charts/histogramChart.ts";
import { breakYearsOf, nationalTotalChartOptions } from "../../src/lib/charts/nationalTotalChart.ts";
import { renderSvg } from "../../src/lib/charts/render.ts";
import type { SectorStat } from "../../src/lib/data/build.ts";
import { nationalSeries, TOTAL_SPECS } from "../../src/lib/data/nationalTotals.ts";
import { indicator } from "../../src/lib/data/registry.ts";

process.env.TZ = "UTC";
delete process.env.NO_CHARTS;

const stat = (year: number, weighted: number): SectorStat => ({
  indicator: "slaagpercentage",
  sector: "vo",
  year,
  n: 10,
  missing: {},
  weighted,
  weightBase: 1000,
});
const rate = TOTAL_SPECS.find((t) => t.id === "slaagpercentage")!;

describe("nationalTotalChartOptions", () => {
  const series = nationalSeries(
    [2017, 2018, 2019, 2020, 2021, 2022].map((y) => stat(y, 90 + y - 2017)),
    rate,
    "vo",
  );

  it("nationalTotalChartOptions(series) draws one dashed break rule per break year, numbered", () => {
    expect(breakYearsOf(series)).toEqual([2019, 2020, 2021]);
    const svg = renderSvg(nationalTotalChartOptions(series, { title: "T", description: "D" }));
    expect(svg).toMatch(/role="img"/);
    const labels = [...svg.matchAll(/<text[^>]*>(\d)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(expect.arrayContaining(["1", "2", "3"]));
    // 2019, 2020 and 2021 each start a break: three dashed rules in the one break group.
    const group = /<g[^>]*stroke-dasharray="4 3"[^>]*>(.*?)<\/g>/s.exec(svg)?.[1] ?? "";
    expect(group.match(/<line/g)?.length).toBe(3);
  });

  it("nationalTotalChartOptions(series) without breaks draws no break label", () => {
    const plain = nationalSeries(
      [2015, 2016, 2017].map((y) => stat(y, 90)),
      rate,
      "vo",
    );
    const svg = renderSvg(nationalTotalChartOptions(plain, { title: "T", description: "D" }));
    expect(breakYearsOf(plain)).toEqual([]);
    expect(svg).not.toMatch(/stroke-dasharray="4 3"/);
  });

  it("nationalTotalChartOptions(series, {width, height}) keeps only the year ticks that fit a narrow chart", () => {
    const pupils = TOTAL_SPECS.find((t) => t.id === "leerlingen")!;
    const long = nationalSeries(
      Array.from({ length: 30 }, (_, i) => ({
        indicator: "leerlingen",
        sector: "po" as const,
        year: 1996 + i,
        n: 10,
        missing: {},
        total: 1_500_000,
      })),
      pupils,
      "po",
    );
    const wide = nationalTotalChartOptions(long, { title: "T", description: "D" });
    expect(wide.x?.ticks).toEqual([2000, 2005, 2010, 2015, 2020, 2025]);
    const narrow = nationalTotalChartOptions(long, { title: "T", description: "D", width: 300, height: 170 });
    expect(narrow.x?.ticks).toEqual([2000, 2010, 2020]);
    expect([narrow.width, narrow.height]).toEqual([300, 170]);
    expect([wide.y?.ticks, narrow.y?.ticks]).toEqual([4, 3]);
  });
});

describe("histogram", () => {
  it("clipRange(values) cuts a far outlier off and counts it", () => {
    const values = [...Array.from({ length: 40 }, (_, i) => 10 + i * 0.25), 90];
    const c = clipRange(values, indicator("personeelslasten-aandeel"))!;
    expect(c.above).toBe(1);
    expect(c.below).toBe(0);
    expect(c.hi).toBeLessThan(90);
  });

  it("clipRange(values) keeps every value when none is far out", () => {
    const c = clipRange([1, 2, 3, 4, 5], { bounds: undefined })!;
    expect([c.lo, c.hi, c.below, c.above]).toEqual([1, 5, 0, 0]);
  });

  it("binsOf(values, lo, hi) puts every value in range in exactly one bin, the maximum in the last", () => {
    const bins = binsOf([0, 0.5, 1, 9.99, 10, 11], 0, 10, 10);
    expect(bins).toHaveLength(10);
    expect(bins.reduce((a, b) => a + b.n, 0)).toBe(5);
    expect(bins[0]!.n).toBe(2);
    expect(bins.at(-1)!.n).toBe(2);
  });

  it("histogramChartOptions(bins) draws one bar per non-empty bin as an image", () => {
    const bins = binsOf([1, 2, 2, 3, 3, 3], 1, 3, 3);
    const svg = renderSvg(
      histogramChartOptions(bins, { def: indicator("leerlingen"), title: "T", description: "D" }),
    );
    expect(svg).toMatch(/role="img"/);
    expect(svg.match(/<rect/g)?.length).toBe(3);
  });
});
