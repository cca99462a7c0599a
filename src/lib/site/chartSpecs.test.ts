import { describe, expect, it } from "vitest";
import { indicator } from "../data/registry.ts";
import { chartSvg, type TrendSpec } from "./chartSpecs.ts";

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
