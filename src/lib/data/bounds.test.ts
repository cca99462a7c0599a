import { describe, expect, it } from "vitest";
import { applyBounds } from "./bounds.ts";
import { sectorStats, type SeriesOut } from "./build.ts";
import { peerFile, valuesIndex } from "./output.ts";
import { BOUNDS, INDICATORS, indicator } from "./registry.ts";
import { missingLabel } from "./values.ts";
import type { Derived } from "./build.ts";

describe("plausibility bounds", () => {
  it("every indicator has bounds with a reason", () => {
    for (const d of INDICATORS) {
      expect(BOUNDS[d.id], d.id).toBeDefined();
      expect(d.bounds?.why.length, d.id).toBeGreaterThan(0);
      const b = d.bounds!;
      if (b.min !== undefined && b.max !== undefined) expect(b.min).toBeLessThan(b.max);
      if (b.plausible?.min !== undefined && b.min !== undefined)
        expect(b.plausible.min).toBeGreaterThanOrEqual(b.min);
      if (b.plausible?.max !== undefined && b.max !== undefined)
        expect(b.plausible.max).toBeLessThanOrEqual(b.max);
    }
    expect(Object.keys(BOUNDS).sort()).toEqual(INDICATORS.map((d) => d.id).sort());
  });

  it("a pass rate of 104 becomes missing 'impossible', with the computed value in the note", () => {
    const p = applyBounds(indicator("slaagpercentage"), { year: 2020, value: 104, n: 25, source: "x" });
    expect(p.value).toBeUndefined();
    expect(p.missing).toBe("impossible");
    expect(missingLabel.impossible).toBe("onmogelijke waarde in de bron");
    expect(p.note).toContain("104%");
    expect(p).toMatchObject({ year: 2020, n: 25, source: "x" });
    expect(applyBounds(indicator("slaagpercentage"), { year: 2020, value: 100 })).toEqual({
      year: 2020,
      value: 100,
    });
    expect(applyBounds(indicator("leerlingen"), { year: 2020, value: -3 }).missing).toBe("impossible");
  });

  it("400 pupils per fte leraar is kept but flagged with a Dutch reason", () => {
    const p = applyBounds(indicator("leerling-leraarratio"), { year: 2019, value: 400 });
    expect(p).toMatchObject({ year: 2019, value: 400, implausible: true });
    expect(p.implausibleReason).toMatch(/ongewoon hoog/);
    expect(
      applyBounds(indicator("leerling-leraarratio"), { year: 2019, value: 18 }).implausible,
    ).toBeUndefined();
    expect(applyBounds(indicator("solvabiliteit-2"), { year: 2019, value: -0.4 }).implausibleReason).toMatch(
      /ongewoon laag/,
    );
  });

  it("missing points pass unchanged", () => {
    const p = { year: 2019, missing: "suppressed" as const };
    expect(applyBounds(indicator("slaagpercentage"), p)).toBe(p);
  });

  it("a flagged value stays out of sector statistics, the values index (sorted groups) and the peer file", () => {
    const ratio = (v: number) => applyBounds(indicator("leerling-leraarratio"), { year: 2019, value: v });
    const series = (v: number): SeriesOut[] => [
      { indicator: "leerling-leraarratio", sector: "po", points: [ratio(v)] },
    ];
    const board = (id: string, v: number) =>
      ({
        id,
        name: id,
        sectors: ["po"],
        sizeClass: {},
        swv: [],
        active: true,
        series: series(v),
      }) as unknown as Derived["boards"][number];
    const d = {
      boards: [board("1", 15), board("2", 20), board("3", 400)],
      swvs: [],
      sectors: [],
    } as unknown as Derived;
    const stat = sectorStats(d.boards).find((s) => s.year === 2019)!;
    expect(stat).toMatchObject({ n: 2, max: 20, implausible: 1 });
    expect(valuesIndex(d)["leerling-leraarratio|po"]!["2019"]).toEqual([
      ["1", 15],
      ["2", 20],
    ]);
    const peers = peerFile(d).indicators["leerling-leraarratio|po"]!;
    expect(peers.rows.map((r) => r[0])).toEqual([0, 1]);
  });
});
