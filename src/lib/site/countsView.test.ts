import { describe, expect, it } from "vitest";
import type { SectorStat } from "../data/build.ts";
import { boardCounts, headlineFacts, latestStat } from "./countsView.ts";

const st = (s: Partial<SectorStat> & Pick<SectorStat, "indicator" | "sector" | "year">): SectorStat => ({
  n: 3,
  missing: {},
  ...s,
});
const stats: SectorStat[] = [
  st({ indicator: "leerlingen", sector: "po", year: 2024, total: 900, n: 4 }),
  st({ indicator: "leerlingen", sector: "po", year: 2025, total: 1000, n: 3, totalLowerBound: true }),
  st({ indicator: "leerlingen", sector: "po", year: 2026, n: 0 }),
  st({ indicator: "leerlingen", sector: "vo", year: 2022, total: 500, n: 2 }),
  st({
    indicator: "slaagpercentage",
    sector: "vo",
    year: 2023,
    weighted: 91.6,
    weightBase: 100,
    median: 92.3,
  }),
  st({ indicator: "slaagpercentage", sector: "vo", year: 2024, median: 90 }),
  st({ indicator: "solvabiliteit-2", sector: "po", year: 2019, median: 0.7 }),
];

describe("countsView", () => {
  it("latestStat(stats, id, sector, need) takes the newest year that has the figure", () => {
    expect(latestStat(stats, "leerlingen", "po", (s) => s.total !== undefined)?.year).toBe(2025);
    expect(latestStat(stats, "slaagpercentage", "vo", (s) => s.weighted !== undefined)?.year).toBe(2023);
    expect(latestStat(stats, "leerlingen", "vo", (s) => s.weighted !== undefined)).toBeUndefined();
  });

  it("boardCounts(boards, stats) names each scope with its count and year", () => {
    const boards = [
      { active: true, sectors: ["po" as const] },
      { active: false, sectors: ["po" as const] },
      { active: true, sectors: ["vo" as const] },
    ];
    expect(boardCounts(boards, stats)).toEqual([
      { id: "besturen-alle", value: 3, text: expect.stringContaining("open data") },
      { id: "besturen-actief", value: 2, text: expect.stringContaining("actief") },
      { id: "besturen-po-2025", value: 3, text: expect.stringContaining("1 oktober 2025") },
      { id: "besturen-vo-2022", value: 2, text: expect.stringContaining("1 oktober 2022") },
    ]);
  });

  it("headlineFacts(stats) takes years from the data and gives every ≥ a footnote", () => {
    const facts = headlineFacts(stats);
    const po = facts.find((f) => f.id === "leerlingen-po")!;
    expect(po.value).toBe("≥ 1.000");
    expect(po.year).toBe("1 oktober 2025");
    expect(po.footnote).toMatch(/ondergrens/);
    const vo = facts.find((f) => f.id === "leerlingen-vo")!;
    expect([vo.value, vo.year, vo.footnote]).toEqual(["500", "1 oktober 2022", undefined]);
    const rate = facts.find((f) => f.id === "slaagpercentage-vo")!;
    expect(rate.year).toBe("schooljaar 2023-2024");
    expect(rate.value).toBe("91,6%");
    const solv = facts.find((f) => f.id === "solvabiliteit-2-po")!;
    expect(solv.year).toBe("2019");
    expect(solv.text).toContain("0,30");
    for (const f of facts) expect(f.value.startsWith("≥") === (f.footnote !== undefined)).toBe(true);
  });
});
