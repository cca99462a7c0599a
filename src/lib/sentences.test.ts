import { describe, expect, it } from "vitest";
import { indicator } from "./data/registry.ts";
import type { Point } from "./data/series.ts";
import { subject, trendSentence } from "./sentences.ts";

const pupils = indicator("leerlingen");
const weights = indicator("aandeel-gewichtenleerlingen");
const solvency = indicator("solvabiliteit-2");
const passRate = indicator("slaagpercentage");

describe("subject", () => {
  it("subject(def) puts 'het' before aantal/aandeel and 'de' before the rest, in lower case", () => {
    expect(subject(pupils)).toBe("het aantal leerlingen");
    expect(subject(weights)).toBe("het aandeel gewichtenleerlingen");
    expect(subject(solvency)).toBe("de solvabiliteit II");
    expect(subject(indicator("rentabiliteit"))).toBe("de rentabiliteit");
  });
  it("subject(def) gives staff labels their article and keeps an abbreviation's capitals", () => {
    expect(subject(indicator("fte-totaal"))).toBe("het personeel in fte");
    expect(subject(indicator("leerling-leraarratio"))).toBe("het aantal leerlingen per fte leraar");
    expect(subject(indicator("personeel-bovenschools"))).toBe("het bovenschools personeel (personen)");
    expect(subject(indicator("schoolweging"))).toBe("de CBS-schoolweging (leerlinggewogen)");
  });
});

describe("trendSentence", () => {
  it("trendSentence(def, points) says a count rose, with the percentage change", () => {
    const points: Point[] = [
      { year: 2020, value: 2104 },
      { year: 2021, value: 2200 },
      { year: 2025, value: 2310 },
    ];
    expect(trendSentence(pupils, points)).toBe(
      "Het aantal leerlingen steeg van 2.104 in 2020 naar 2.310 in 2025 (+9,8%).",
    );
  });

  it("trendSentence(def, points, who) says a count fell, naming whose it is", () => {
    const points: Point[] = [
      { year: 2020, value: 2310 },
      { year: 2025, value: 2104 },
    ];
    expect(trendSentence(pupils, points, "Stichting Voorbeeld")).toBe(
      "Het aantal leerlingen van Stichting Voorbeeld daalde van 2.310 in 2020 naar 2.104 in 2025 (−8,9%).",
    );
  });

  it("trendSentence(def, points) calls a change within 0,5% flat and names both ends", () => {
    const points: Point[] = [
      { year: 2020, value: 2000 },
      { year: 2023, value: 1500 },
      { year: 2025, value: 2010 },
    ];
    expect(trendSentence(pupils, points)).toBe(
      "Het aantal leerlingen bleef ongeveer gelijk: 2.000 in 2020 en 2.010 in 2025.",
    );
  });

  it("trendSentence(def, points) just past the 0,5% tolerance is a rise", () => {
    const points: Point[] = [
      { year: 2020, value: 2000 },
      { year: 2025, value: 2011 },
    ];
    expect(trendSentence(pupils, points)).toMatch(/^Het aantal leerlingen steeg van 2\.000 /);
  });

  it("trendSentence(def, points) for a single value says what it was in that year", () => {
    expect(trendSentence(weights, [{ year: 2016, value: 12.34 }])).toBe(
      "In 2016 was het aandeel gewichtenleerlingen 12,3%.",
    );
  });

  it("trendSentence(def, points) with one value among missing ones uses that value", () => {
    const points: Point[] = [
      { year: 2015, missing: "not-reported" },
      { year: 2016, value: 12.34 },
      { year: 2017, missing: "suppressed" },
    ];
    expect(trendSentence(weights, points)).toBe("In 2016 was het aandeel gewichtenleerlingen 12,3%.");
  });

  it("trendSentence(def, points) with no value is undefined", () => {
    expect(trendSentence(pupils, [])).toBeUndefined();
    expect(
      trendSentence(pupils, [
        { year: 2020, missing: "suppressed-small" },
        { year: 2021, missing: "not-in-source" },
      ]),
    ).toBeUndefined();
  });

  it("trendSentence(def, points) skips missing years at both ends", () => {
    const points: Point[] = [
      { year: 2019, missing: "not-in-source" },
      { year: 2020, value: 300 },
      { year: 2021, value: 330 },
      { year: 2022, missing: "not-reported" },
    ];
    expect(trendSentence(pupils, points)).toBe(
      "Het aantal leerlingen steeg van 300 in 2020 naar 330 in 2021 (+10,0%).",
    );
  });

  it("trendSentence(def, points) shows a lower bound with ≥ and then gives no percentage change", () => {
    const last: Point[] = [
      { year: 2020, value: 2104 },
      { year: 2025, value: 2310, lowerBound: true },
    ];
    expect(trendSentence(pupils, last)).toBe(
      "Het aantal leerlingen steeg van 2.104 in 2020 naar ≥ 2.310 in 2025.",
    );
    const first: Point[] = [
      { year: 2020, value: 2104, lowerBound: true },
      { year: 2025, value: 2310 },
    ];
    expect(trendSentence(pupils, first)).toBe(
      "Het aantal leerlingen steeg van ≥ 2.104 in 2020 naar 2.310 in 2025.",
    );
    expect(trendSentence(pupils, [{ year: 2016, value: 96, lowerBound: true }])).toBe(
      "In 2016 was het aantal leerlingen ≥ 96.",
    );
  });

  it("trendSentence(def, points) gives a percentage change only for counts", () => {
    const pct = trendSentence(weights, [
      { year: 2010, value: 14.2 },
      { year: 2019, value: 9.8 },
    ]);
    expect(pct).toBe("Het aandeel gewichtenleerlingen daalde van 14,2% in 2010 naar 9,8% in 2019.");
    const ratio = trendSentence(solvency, [
      { year: 2011, value: 0.42 },
      { year: 2015, value: 0.31 },
    ]);
    expect(ratio).toBe("De solvabiliteit II daalde van 0,42 in 2011 naar 0,31 in 2015.");
    expect(pct).not.toContain("(");
    expect(ratio).not.toContain("(");
  });

  it("trendSentence(def, points) gives no percentage change from a count of 0", () => {
    expect(
      trendSentence(indicator("vestigingen"), [
        { year: 2020, value: 0 },
        { year: 2025, value: 3 },
      ]),
    ).toBe("Het aantal vestigingen steeg van 0 in 2020 naar 3 in 2025.");
  });

  it("trendSentence(def, points) writes school years in full", () => {
    expect(
      trendSentence(passRate, [
        { year: 2014, value: 93.1 },
        { year: 2023, value: 95.6 },
      ]),
    ).toBe("Het slaagpercentage (alle onderwijstypen) steeg van 93,1% in 2014-2015 naar 95,6% in 2023-2024.");
  });
});
