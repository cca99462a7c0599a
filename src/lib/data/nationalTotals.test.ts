import { describe, expect, it } from "vitest";
import type { SectorStat } from "./build.ts";
import { measureOf, nationalSeries, nationalTotals, TOTAL_SPECS } from "./nationalTotals.ts";
import { BREAKS, breaksFor } from "./registry.ts";

const stat = (s: Partial<SectorStat> & Pick<SectorStat, "indicator" | "year">): SectorStat => ({
  sector: "vo",
  n: 2,
  missing: {},
  ...s,
});
const spec = (id: string) => TOTAL_SPECS.find((t) => t.id === id)!;

describe("nationalTotals", () => {
  const stats: SectorStat[] = [
    stat({ indicator: "leerlingen", year: 2017, total: 1200, n: 3 }),
    stat({ indicator: "leerlingen", year: 2016, total: 1000, n: 2 }),
    stat({ indicator: "leerlingen", year: 2024, total: 900, n: 2, totalLowerBound: true }),
    stat({ indicator: "leerlingen", year: 2018, n: 0, missing: { "not-in-source": 4 } }),
    stat({
      indicator: "slaagpercentage",
      year: 2019,
      weighted: 98.766,
      weightBase: 1000,
      missing: { "suppressed-small": 3 },
    }),
    stat({ indicator: "slaagpercentage", year: 2018, weighted: 92.5, weightBase: 200 }),
    stat({ indicator: "leerlingen", year: 2017, sector: "po", total: 5, n: 1 }),
  ];

  it("nationalSeries(stats, leerlingen) sums in year order and skips years without boards", () => {
    const s = nationalSeries(stats, spec("leerlingen"), "vo");
    expect(s.points.map((p) => [p.year, p.value, p.boards])).toEqual([
      [2016, 1000, 2],
      [2017, 1200, 3],
      [2024, 900, 2],
    ]);
  });

  it("nationalSeries marks a suppressed part as a lower bound, never the exact years", () => {
    const s = nationalSeries(stats, spec("leerlingen"), "vo");
    expect(s.points.map((p) => p.lowerBound)).toEqual([false, false, true]);
  });

  it("nationalSeries(stats, besturen) counts boards and is never a lower bound", () => {
    const s = nationalSeries(stats, spec("besturen"), "vo");
    expect(s.points.map((p) => [p.year, p.value, p.lowerBound])).toEqual([
      [2016, 2, false],
      [2017, 3, false],
      [2024, 2, false],
    ]);
  });

  it("measureOf(passed) is the candidate-weighted rate times the candidates", () => {
    const s = stats.find((x) => x.year === 2019)!;
    expect(measureOf(s, "passed")).toBe(988);
    expect(measureOf(s, "candidates")).toBe(1000);
    expect(measureOf(s, "rate")).toBe(98.766);
  });

  it("nationalSeries(candidates) is a lower bound when boards had suppressed parts; the rate is not", () => {
    const c = nationalSeries(stats, spec("examenkandidaten"), "vo");
    expect(c.points.map((p) => [p.year, p.value, p.lowerBound])).toEqual([
      [2018, 200, false],
      [2019, 1000, true],
    ]);
    expect(c.points[1]!.missing).toEqual({ "suppressed-small": 3 });
    const r = nationalSeries(stats, spec("slaagpercentage"), "vo");
    expect(r.points.map((p) => p.lowerBound)).toEqual([false, false]);
  });

  it("nationalSeries attaches the registry breaks to the year they start", () => {
    const r = nationalSeries(stats, spec("slaagpercentage"), "vo");
    expect(r.points[0]!.breaks).toEqual([]);
    expect(r.points[1]!.breaks.map((b) => b.short)).toContain("geen centrale examens");
    const l = nationalSeries(stats, spec("leerlingen"), "vo");
    expect(l.points.at(-1)!.breaks.length).toBe(1);
    expect(nationalSeries(stats, spec("leerlingen"), "po").points[0]!.breaks).toEqual([]);
  });

  it("nationalTotals(stats, sector) keeps only series with figures, per sector", () => {
    expect(nationalTotals(stats, "vo").map((t) => t.spec.id)).toEqual([
      "leerlingen",
      "besturen",
      "examenkandidaten",
      "geslaagden",
      "slaagpercentage",
    ]);
    expect(nationalTotals(stats, "po").map((t) => t.spec.id)).toEqual(["leerlingen", "besturen"]);
  });
});

describe("BREAKS", () => {
  it("breaksFor(slaagpercentage, vo) holds 2019-20 without central exams and the measures of 2020-21 and 2021-22", () => {
    const b = breaksFor("slaagpercentage", "vo");
    expect(b.map((x) => x.year)).toEqual([2019, 2019, 2020, 2021]);
    expect(b.find((x) => x.year === 2019)!.text).toMatch(/geen centrale examens/);
    expect(breaksFor("slaagpercentage", "po")).toEqual([]);
  });

  it("every break names known indicators and a text", async () => {
    const { INDICATORS } = await import("./registry.ts");
    const ids = new Set(INDICATORS.map((d) => d.id));
    for (const b of BREAKS) {
      expect(b.indicators.every((i) => ids.has(i))).toBe(true);
      expect(b.text.length).toBeGreaterThan(20);
    }
  });
});
