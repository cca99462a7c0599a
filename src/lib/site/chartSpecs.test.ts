import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { indicator } from "../data/registry.ts";
import { CHART_CACHE, chartSvg, PLOT_VERSION, specHash, type TrendSpec } from "./chartSpecs.ts";

const spec: TrendSpec = {
  kind: "trend",
  indicator: "leerlingen",
  points: [
    { year: 2020, value: 100 },
    { year: 2021, value: 110 },
    { year: 2022, value: 120 },
  ],
  title: "Aantal leerlingen per jaar",
  description: "Het aantal leerlingen steeg van 100 in 2020 naar 120 in 2022 (+20,0%).",
  reference: [],
};
const owner = "test-owner-chartspecs";

afterAll(() => rmSync(join(CHART_CACHE, `${owner}.json`), { force: true }));

describe("chart cache", () => {
  it("specHash(spec) changes when any part of the spec changes", () => {
    const other = { ...spec, points: [...spec.points.slice(0, 2), { year: 2022, value: 121 }] };
    expect(specHash(spec)).not.toBe(specHash(other));
    expect(specHash(spec)).toBe(specHash(structuredClone(spec)));
  });

  it("chartSvg(owner, spec) returns the pre-rendered SVG for a matching hash and draws a miss itself", () => {
    mkdirSync(CHART_CACHE, { recursive: true });
    writeFileSync(
      join(CHART_CACHE, `${owner}.json`),
      JSON.stringify({ [specHash(spec)]: "<svg>cached</svg>" }),
    );
    expect(chartSvg(owner, spec)).toBe("<svg>cached</svg>");
    const miss = chartSvg(owner, { ...spec, title: "Anders" });
    expect(miss).toContain('role="img"');
    expect(miss).toContain('aria-label="Anders"');
  });

  it("specHash(spec) changes when a registry field the chart reads changes (signal value, unit, label)", () => {
    const solv: TrendSpec = { ...spec, indicator: "solvabiliteit-2" };
    const def = indicator("solvabiliteit-2");
    const before = specHash(solv);
    const signal = def.signal!;
    try {
      def.signal = { ...signal, value: signal.value + 0.05 };
      expect(specHash(solv)).not.toBe(before);
    } finally {
      def.signal = signal;
    }
    expect(specHash(solv)).toBe(before);
    const label = def.label;
    try {
      def.label = "Anders";
      expect(specHash(solv)).not.toBe(before);
    } finally {
      def.label = label;
    }
  });

  it("the renderer part of the hash knows the installed Plot version", () => {
    const installed = JSON.parse(
      readFileSync("node_modules/@observablehq/plot/package.json", "utf8"),
    ).version;
    expect(PLOT_VERSION).toBe(installed);
  });
});
