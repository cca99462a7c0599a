import { describe, expect, it } from "vitest";
import {
  axisTickFormat,
  formatChange,
  formatEuro,
  formatMissing,
  andWords,
  formatNumber,
  formatPercent,
  formatValue,
  formatYear,
  unitLabel,
} from "./format.ts";
import { indicator } from "./data/registry.ts";

const NBSP = "\u00a0";

describe("formatNumber", () => {
  it("formatNumber(v, d) is exactly Intl.NumberFormat('nl-NL') for ties, negatives, zeros, tiny and huge values", () => {
    const formats = [0, 1, 2, 3].map(
      (d) =>
        new Intl.NumberFormat("nl-NL", {
          minimumFractionDigits: d,
          maximumFractionDigits: d,
          signDisplay: "negative",
        }),
    );
    const intl = (v: number, d: number) => formats[d]!.format(v).replace("-", "−");
    const sample: number[] = [
      0,
      -0,
      0.5,
      -0.5,
      1.005,
      2.675,
      -2.675,
      0.045,
      999.5,
      999.95,
      9.995,
      1e20,
      -1e20,
      1e-7,
      1e21,
      NaN,
    ];
    // A fixed pseudo-random walk over many magnitudes (deterministic), halves and ties included.
    let x = 12345;
    for (let i = 0; i < 20_000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const mag = 10 ** ((x % 15) - 4);
      sample.push(((x / 2147483648) * 2 - 1) * mag, Math.round(x / 7) / 8, -(x % 100_000) / 200);
    }
    for (const d of [0, 1, 2, 3])
      for (const v of sample) expect(formatNumber(v, d), `${v} with ${d} decimals`).toBe(intl(v, d));
  });

  it("formatNumber(v) writes 1234.5 as 1.234,5", () => {
    expect(formatNumber(1234.5, 1)).toBe("1.234,5");
  });

  it("formatNumber(v) rounds to whole numbers by default and groups thousands with a dot", () => {
    expect(formatNumber(1234.5)).toBe("1.235");
    expect(formatNumber(28_764_036)).toBe("28.764.036");
    expect(formatNumber(999)).toBe("999");
  });

  it("formatNumber(v, decimals) pads to fixed decimals", () => {
    expect(formatNumber(0.3, 2)).toBe("0,30");
    expect(formatNumber(2, 1)).toBe("2,0");
    expect(formatNumber(1234567.891, 2)).toBe("1.234.567,89");
  });

  it("formatNumber(v) writes negatives with a true minus sign", () => {
    expect(formatNumber(-118_284)).toBe("−118.284");
    expect(formatNumber(-0.5, 1)).toBe("−0,5");
  });

  it("formatNumber(v) writes zero, and a value that rounds to zero, without a minus sign", () => {
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(-0.04, 1)).toBe("0,0");
  });
});

describe("formatPercent", () => {
  it("formatPercent(v) writes a percentage with one decimal by default", () => {
    expect(formatPercent(46.9)).toBe("46,9%");
    expect(formatPercent(100)).toBe("100,0%");
    expect(formatPercent(12.345, 2)).toBe("12,35%");
    expect(formatPercent(-3.25, 0)).toBe("−3%");
  });
});

describe("formatEuro", () => {
  it("formatEuro(v) writes whole euros with the sign before a non-breaking space", () => {
    expect(formatEuro(1234)).toBe(`€${NBSP}1.234`);
    expect(formatEuro(3_403_793)).toBe(`€${NBSP}3.403.793`);
  });

  it("formatEuro(v, decimals) writes cents and a true minus sign", () => {
    expect(formatEuro(-1234.5, 2)).toBe(`€${NBSP}−1.234,50`);
    expect(formatEuro(-0.2)).toBe(`€${NBSP}0`);
  });
});

describe("formatValue", () => {
  it("formatValue(v, def) uses the indicator's unit and decimals", () => {
    expect(formatValue(2104, indicator("leerlingen"))).toBe("2.104");
    expect(formatValue(12.34, indicator("aandeel-gewichtenleerlingen"))).toBe("12,3%");
    expect(formatValue(0.456, indicator("solvabiliteit-2"))).toBe("0,46");
    expect(formatValue(5123.4, indicator("baten-per-leerling"))).toBe(`€${NBSP}5.123`);
    expect(formatValue(1.234, indicator("afstand-woon-school"))).toBe("1,23 km");
    expect(formatValue(534.56, indicator("eindtoets-cet"))).toBe("534,6");
  });

  it('formatValue(v, def, {lowerBound}) prefixes "≥ "', () => {
    expect(formatValue(2104, indicator("leerlingen"), { lowerBound: true })).toBe("≥ 2.104");
    expect(formatValue(5000, indicator("eigen-vermogen-per-leerling"), { lowerBound: true })).toBe(
      `≥ €${NBSP}5.000`,
    );
    expect(formatValue(2104, indicator("leerlingen"), { lowerBound: false })).toBe("2.104");
  });
});

describe("formatYear", () => {
  it("formatYear(year, 'peildatum') is the year, or 1 oktober in the long style", () => {
    expect(formatYear(2016, "peildatum")).toBe("2016");
    expect(formatYear(2016, "peildatum", "long")).toBe("1 oktober 2016");
  });

  it("formatYear(year, 'schooljaar') is the school year in full, in both styles", () => {
    expect(formatYear(2016, "schooljaar")).toBe("2016-2017");
    expect(formatYear(2016, "schooljaar", "long")).toBe("2016-2017");
    expect(formatYear(1999, "schooljaar")).toBe("1999-2000");
  });

  it("formatYear(year, 'kalenderjaar') is the year, in both styles", () => {
    expect(formatYear(2015, "kalenderjaar")).toBe("2015");
    expect(formatYear(2015, "kalenderjaar", "long")).toBe("2015");
  });
});

describe("formatMissing", () => {
  it("formatMissing(reason) starts with 'geen gegevens' and gives the Dutch reason", () => {
    expect(formatMissing("suppressed-small")).toBe("geen gegevens (afgeschermd: minder dan 5)");
    expect(formatMissing("division-by-zero")).toBe("geen gegevens (niet te berekenen (deling door 0))");
    expect(formatMissing("no-central-exams")).toBe(
      "geen gegevens (geen centrale examens in 2019-2020 (corona))",
    );
  });

  it("formatMissing(undefined) is just 'geen gegevens'", () => {
    expect(formatMissing(undefined)).toBe("geen gegevens");
  });
});

describe("formatChange", () => {
  it("formatChange(v) signs a rise with + and a fall with a true minus", () => {
    expect(formatChange(3.24)).toBe("+3,2%");
    expect(formatChange(-9)).toBe("−9,0%");
    expect(formatChange(-8.918, 0)).toBe("−9%");
  });

  it("formatChange(0) and a change that rounds to 0 carry no sign", () => {
    expect(formatChange(0)).toBe("0,0%");
    expect(formatChange(-0.04)).toBe("0,0%");
  });
});

describe("unitLabel", () => {
  it("unitLabel[unit] names every unit in Dutch", () => {
    expect(unitLabel).toEqual({
      count: "aantal",
      percent: "procent",
      ratio: "verhouding",
      euro: "euro",
      score: "score",
      km: "kilometer",
    });
  });
});

describe("axisTickFormat", () => {
  const ticks = (values: number[]) => values.map((v, i) => axisTickFormat()(v, i, values));

  it("axisTickFormat() writes whole ticks without decimals and thousands with a dot", () => {
    expect(ticks([0, 500, 1000, 1500])).toEqual(["0", "500", "1.000", "1.500"]);
    expect(ticks([0, 5000, 10_000])).toEqual(["0", "5.000", "10.000"]);
    expect(ticks([90, 92, 94])).toEqual(["90", "92", "94"]);
  });

  it("axisTickFormat() picks decimals from the tick step: 0.5 → 1, 0.05 → 2, 0.002 → 3", () => {
    expect(ticks([0, 0.5, 1])).toEqual(["0,0", "0,5", "1,0"]);
    expect(ticks([0.25, 0.3, 0.35])).toEqual(["0,25", "0,30", "0,35"]);
    expect(ticks([0.01, 0.012, 0.014])).toEqual(["0,010", "0,012", "0,014"]);
  });

  it("axisTickFormat() caps at 3 decimals", () => {
    expect(ticks([0, 0.0001, 0.0002])).toEqual(["0,000", "0,000", "0,000"]);
  });

  it("axisTickFormat() is not thrown by float noise in the step (0.3 − 0.2)", () => {
    expect(ticks([0.2, 0.3, 0.4])).toEqual(["0,2", "0,3", "0,4"]);
    expect(ticks([0.6, 0.7, 0.8])).toEqual(["0,6", "0,7", "0,8"]);
  });

  it("axisTickFormat() reads the step from descending ticks too", () => {
    expect(ticks([0.2, 0.1, 0])).toEqual(["0,2", "0,1", "0,0"]);
  });

  it("axisTickFormat() writes an axis that reaches a million in millions, with the decimals its step needs", () => {
    expect(ticks([0, 5e6, 10e6, 15e6, 20e6])).toEqual(["0", "5 mln", "10 mln", "15 mln", "20 mln"]);
    expect(ticks([1.4e6, 1.6e6, 1.8e6, 2e6])).toEqual(["1,4 mln", "1,6 mln", "1,8 mln", "2,0 mln"]);
    expect(ticks([500_000, 1_000_000, 1_500_000])).toEqual(["0,5 mln", "1,0 mln", "1,5 mln"]);
    expect(ticks([-2e6, 0, 2e6])).toEqual(["−2 mln", "0", "2 mln"]);
    // Below a million, as before.
    expect(ticks([0, 250_000, 500_000, 750_000])).toEqual(["0", "250.000", "500.000", "750.000"]);
    // Short labels: every tick of an axis up to ten billion fits in 9 characters ("9.900 mln", "1,25 mln").
    for (const top of [1e6, 3.3e6, 47e6, 812e6, 9.9e9]) {
      const t = Array.from({ length: 5 }, (_, i) => (top / 4) * i);
      for (const label of ticks(t)) expect(label.length, label).toBeLessThanOrEqual(9);
    }
  });

  it("axisTickFormat() with one tick or no tick list writes a whole number", () => {
    expect(ticks([1234])).toEqual(["1.234"]);
    expect(axisTickFormat()(2.4, 0)).toBe("2");
  });

  it("axisTickFormat() writes negative ticks with a true minus", () => {
    expect(ticks([-10, -5, 0, 5])).toEqual(["−10", "−5", "0", "5"]);
  });
});

describe("andWords", () => {
  it("andWords(xs) joins in Dutch: none, one, 'a en b', 'a, b en c'", () => {
    expect(andWords([])).toBe("");
    expect(andWords(["DUO"])).toBe("DUO");
    expect(andWords(["DUO", "CBS"])).toBe("DUO en CBS");
    expect(andWords(["DUO", "CBS", "Inspectie"])).toBe("DUO, CBS en Inspectie");
  });
});
