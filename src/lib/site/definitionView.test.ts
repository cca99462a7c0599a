import { describe, expect, it } from "vitest";
import { indicator, INDICATORS } from "../data/registry.ts";
import {
  boundsText,
  DIRECTION_TEXT,
  upTo4,
  yearKindText,
  yearRuns,
  yearsWithDataText,
} from "./definitionView.ts";

describe("definitionView", () => {
  it("upTo4 writes Dutch decimals (up to 4) with a real minus sign", () => {
    expect(upTo4(0.0125)).toBe("0,0125");
    expect(upTo4(-3)).toBe("−3");
    expect(upTo4(1234.56789)).toBe("1.234,5679");
  });

  it("boundsText gives hard and plausible bounds in words, 'geen' for plausible-only and '–' without bounds", () => {
    expect(boundsText({ bounds: { min: 0, max: 100, plausible: { min: 2, max: 40 }, why: "test" } })).toBe(
      "0 tot 100; gebruikelijk 2 tot 40",
    );
    expect(boundsText({ bounds: { min: 0, why: "test" } })).toBe("vanaf 0");
    expect(boundsText({ bounds: { max: 1, why: "test" } })).toBe("tot 1");
    expect(boundsText({ bounds: { plausible: { min: -0.5 }, why: "test" } })).toBe(
      "geen; gebruikelijk vanaf −0,5",
    );
    expect(boundsText({})).toBe("–");
  });

  it("yearRuns joins consecutive years, in order, each year once", () => {
    expect(yearRuns([2019, 2015, 2016, 2017, 2017, 2021, 2022])).toBe("2015-2017, 2019, 2021-2022");
    expect(yearRuns([2020])).toBe("2020");
    expect(yearRuns([])).toBe("");
  });

  it("yearsWithDataText gives first and last year and the count per sector, or 'geen gegevens'", () => {
    const def = indicator("slaagpercentage");
    const text = yearsWithDataText({ ...def, sectors: ["po", "vo"] }, (s) =>
      s === "vo" ? [2022, 2020, 2021] : [],
    );
    expect(text).toMatch(/^po: geen gegevens; vo: \S+ t\/m \S+ \(3 jaar\)$/);
  });

  it("every indicator's direction and kind of year has words", () => {
    for (const def of INDICATORS) {
      expect(DIRECTION_TEXT[def.direction], def.id).toMatch(/\.$/);
      expect(yearKindText(def), def.id).not.toBe("");
    }
    expect(yearKindText({ yearKind: "kalenderjaar", dateLabel: "31 december" })).toBe(
      "peildatum 31 december van het jaar",
    );
  });
});
