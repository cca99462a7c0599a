import { describe, expect, it } from "vitest";
import { indicator } from "../data/registry.ts";
import { ageOf, newestYear } from "./age.ts";

describe("data age", () => {
  it("finance older than 3 years before the newest year is old", () => {
    const def = indicator("solvabiliteit-2");
    expect(ageOf(def, 2022, 2025)).toEqual({ old: false, years: 3 });
    const old = ageOf(def, 2019, 2025);
    expect(old.old).toBe(true);
    expect(old.years).toBe(6);
    expect(old.explanation).toContain("2019");
    expect(old.explanation).toContain("6 jaar");
  });

  it("pupils older than 2 years are old; school years are written as such", () => {
    expect(ageOf(indicator("leerlingen"), 2023, 2025).old).toBe(false);
    expect(ageOf(indicator("leerlingen"), 2022, 2025).old).toBe(true);
    expect(ageOf(indicator("slaagpercentage"), 2018, 2025).explanation).toContain("2018-2019");
  });

  it("an Inspectie judgement is always dated, even in the newest year", () => {
    const a = ageOf(indicator("oordeel-onvoldoende-aandeel"), 2025, 2025);
    expect(a.old).toBe(true);
    expect(a.explanation).toMatch(/inspectie/i);
  });

  it("newestYear takes the largest year with values", () => {
    expect(
      newestYear([
        { year: 2019, n: 10 },
        { year: 2025, n: 3 },
        { year: 2026, n: 0 },
      ]),
    ).toBe(2025);
  });
});
