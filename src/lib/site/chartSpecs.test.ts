import { describe, expect, it } from "vitest";
import { indicator } from "../data/registry.ts";
import type { SeriesOut } from "../data/build.ts";
import { chartSvg, trendLegend, trendTable, type TrendSpec } from "./chartSpecs.ts";
import { indicatorView } from "./indicatorView.ts";

delete process.env.NO_CHARTS;

const spec: TrendSpec = {
  kind: "trend",
  indicator: "solvabiliteit-2",
  points: [
    { year: 2020, value: 0.1 },
    { year: 2021, value: 0.45 },
    { year: 2022, value: 0.5 },
  ],
  title: "Solvabiliteit II per jaar",
  description: "De solvabiliteit II steeg van 0,10 in 2020 naar 0,50 in 2022.",
  reference: [],
};

describe("chartSvg", () => {
  it("chartSvg(spec) draws a labelled img from the spec", () => {
    const svg = chartSvg(spec);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="Solvabiliteit II per jaar"');
    expect(svg).toContain(`aria-description="${spec.description}"`);
  });

  it("chartSvg(spec) follows an edit of the registry at once (signal value, unit label): nothing is cached", () => {
    const def = indicator("solvabiliteit-2");
    const before = chartSvg(spec);
    const signal = def.signal!;
    try {
      def.signal = { ...signal, value: 0.2 };
      const moved = chartSvg(spec);
      expect(moved).not.toBe(before);
      // The signal rule is the dashed red line; its height follows the new value.
      const ruleY = (svg: string) => /stroke="#d4351c"[^>]*><line y2="([\d.]+)"/.exec(svg)?.[1];
      expect(ruleY(moved)).toBeDefined();
      expect(ruleY(moved)).not.toBe(ruleY(before));
    } finally {
      def.signal = signal;
    }
    expect(chartSvg(spec)).toBe(before);
  });
});

describe("trendLegend and trendTable", () => {
  const def = indicator("solvabiliteit-2"); // has a signal value
  const pupils = indicator("leerlingen"); // has none
  const series = (id: string, sources: string[]): SeriesOut =>
    ({
      indicator: id,
      sector: "vo",
      points: [2021, 2022, 2023].map((year, i) => ({
        year,
        value: 0.4 + i / 10,
        source: sources[i % sources.length],
      })),
    }) as unknown as SeriesOut;
  const reference = [2021, 2022, 2023].map((year) => ({ year, median: 0.5, q1: 0.4, q3: 0.6 }));
  const withRef = indicatorView("X", def, series(def.id, ["a"]), [], reference);
  const bare = indicatorView("X", pupils, series(pupils.id, ["a", "b"]), [], []);

  it("names whose line it is, the reference group of the subject's sector, and the signal line", () => {
    expect(trendLegend(withRef, "board")).toEqual([
      "Doorgetrokken blauwe lijn met punten: dit bestuur.",
      "Gestippelde grijze lijn: mediaan van alle vo-besturen; grijze band: de middelste helft van die besturen.",
      `Rode stippellijn: ${def.signal!.label}.`,
    ]);
    expect(trendLegend(withRef, "swv")).toEqual([
      "Doorgetrokken blauwe lijn met punten: dit samenwerkingsverband.",
      "Gestippelde grijze lijn: mediaan van alle vo-samenwerkingsverbanden; grijze band: de middelste helft van die samenwerkingsverbanden.",
      `Rode stippellijn: ${def.signal!.label}.`,
    ]);
    // Only the marks that are drawn.
    expect(trendLegend(bare, "swv")).toEqual([
      "Doorgetrokken blauwe lijn met punten: dit samenwerkingsverband.",
    ]);
  });

  it("has the chart's title as caption, a median column only with a reference, a source column only for several files", () => {
    const t = trendTable(withRef, "board", (id) => `file ${id}`);
    expect(t.caption).toBe("Solvabiliteit II per jaar");
    expect(t.head).toEqual(["Jaar", "Waarde", "Mediaan alle vo-besturen"]);
    expect(t.rows.map((r) => r.length)).toEqual([3, 3, 3]);
    expect(t.rows[0]![0]).toBe("2021");
    const b = trendTable(bare, "swv", (id) => `file ${id}`);
    expect(b.head).toEqual(["Jaar", "Waarde", "Bron"]);
    expect(b.rows.map((r) => r[2])).toEqual(["file a", "file b", "file a"]);
  });
});
