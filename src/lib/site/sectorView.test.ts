import { describe, expect, it } from "vitest";
import { indicator } from "../data/registry.ts";
import { distributionOf } from "./sectorView.ts";

describe("distributionOf", () => {
  it("distributionOf(view) bins every value in the drawn range and names the far outliers it leaves out", () => {
    const values = [...Array.from({ length: 40 }, (_, i) => 10 + i * 0.25), 90];
    const d = distributionOf({ def: indicator("personeelslasten-aandeel"), values });
    expect(d.bins.reduce((n, b) => n + b.n, 0)).toBe(40);
    expect(d.clip).toMatchObject({ below: 0, above: 1 });
    expect(d.clipNote).toMatch(/^Niet getekend: 1 bestuur boven \d+,\d%/);
    expect(d.clipNote).toMatch(/ze tellen wel mee in de tabel en de mediaan\)\.$/);
  });

  it("distributionOf(view) has no note when nothing is left out, and no bins without values", () => {
    expect(distributionOf({ def: indicator("leerlingen"), values: [1, 2, 3] }).clipNote).toBeUndefined();
    expect(distributionOf({ def: indicator("leerlingen"), values: [] })).toEqual({ bins: [] });
  });
});
