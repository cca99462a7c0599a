// The templated board trend (trendSvg) against Plot (renderSvg(trendChartOptions)): for every board indicator of
// the registry and hundreds of seeded random series (gaps, isolated years, references, negative values, constant
// series, school years, 3 to 30 years), both must give the same bytes. The snapshots in charts.test.ts pin the
// picture itself; this test pins that the template is Plot's picture.
import { describe, expect, it } from "vitest";
import { renderSvg } from "../../src/lib/charts/render.ts";
import { trendChartOptions, type ReferencePoint } from "../../src/lib/charts/trendChart.ts";
import { trendSvg } from "../../src/lib/charts/trendSvg.ts";
import { INDICATORS, type IndicatorDef } from "../../src/lib/data/registry.ts";
import type { Point } from "../../src/lib/data/series.ts";

process.env.TZ = "UTC";
delete process.env.NO_CHARTS;

/** mulberry32: the same "random" series on every run. */
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

interface Case {
  def: IndicatorDef;
  points: Point[];
  reference: ReferencePoint[];
}

/** A random series of the indicator's kind of values: scale, sign, gaps and a reference chosen by `rnd`. */
function randomCase(def: IndicatorDef, rnd: () => number): Case {
  const years = 3 + Math.floor(rnd() * 28);
  const first = 1996 + Math.floor(rnd() * 20);
  const scale = def.unit === "count" ? 10 ** (1 + Math.floor(rnd() * 5)) : def.unit === "ratio" ? 1 : 100;
  const offset = rnd() < 0.2 ? -scale / 2 : 0;
  const constant = rnd() < 0.05;
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const points: Point[] = Array.from({ length: years }, (_, i) =>
    rnd() < 0.15
      ? { year: first + i, missing: "not-reported" }
      : { year: first + i, value: round(constant ? scale / 3 : offset + rnd() * scale) },
  );
  // At least three values, as on the pages (trendSpecOf draws no chart below that).
  for (let i = 0; points.filter((p) => p.value !== undefined).length < 3; i++)
    points[i] = { year: first + i, value: round(offset + rnd() * scale) };
  const reference: ReferencePoint[] =
    rnd() < 0.6
      ? points
          .filter(() => rnd() < 0.9)
          .map((p) => {
            const median = round(offset + rnd() * scale);
            return {
              year: p.year,
              median,
              q1: round(median - rnd() * scale * 0.2),
              q3: round(median + rnd() * scale * 0.2),
            };
          })
      : [];
  return { def, points, reference };
}

const boardDefs = INDICATORS.filter((d) => d.level === "board");
const rnd = mulberry32(14);
const cases: Case[] = boardDefs.flatMap((def) => Array.from({ length: 8 }, () => randomCase(def, rnd)));

describe("trendSvg", () => {
  it(`trendSvg(points, opts) gives Plot's bytes for ${cases.length} random series over ${boardDefs.length} indicators`, () => {
    expect(boardDefs.length).toBeGreaterThan(20);
    const differ: string[] = [];
    for (const [i, c] of cases.entries()) {
      const opts = {
        def: c.def,
        title: `${c.def.label} per jaar`,
        description: `Zin met "uitleg" ${i} (−4,5%)`,
        reference: c.reference,
      };
      const plot = renderSvg(trendChartOptions(c.points, opts));
      const templated = trendSvg(c.points, opts);
      if (plot !== templated) {
        // Name the case and the first tag that differs.
        const a = plot.split("><");
        const b = templated.split("><");
        const k = a.findIndex((t, j) => t !== b[j]);
        differ.push(`case ${i} (${c.def.id}): Plot <${a[k]}> vs template <${b[k]}>`);
      }
    }
    expect(differ).toEqual([]);
  });

  it("trendSvg(points, opts) escapes the title and sentence in its attributes", () => {
    const svg = trendSvg(cases[0]!.points, { def: cases[0]!.def, title: 'a"b', description: "x<y & z" });
    expect(svg).toContain('aria-label="a&quot;b"');
    expect(svg).toContain('aria-description="x&lt;y &amp; z"');
  });

  it("trendSvg(points, opts) draws nothing when NO_CHARTS is set", () => {
    process.env.NO_CHARTS = "1";
    try {
      expect(trendSvg(cases[0]!.points, { def: cases[0]!.def, title: "t", description: "d" })).toBe("");
    } finally {
      delete process.env.NO_CHARTS;
    }
  });
});
