import { describe, expect, it } from "vitest";
import { positionInSorted } from "../data/position.ts";
import { indicator } from "../data/registry.ts";
import { barOf, barSvg, oldBriefOf, oldNoteOf, overview, overviewRow, placeText } from "./overviewView.ts";
import type { IndicatorView } from "./indicatorView.ts";
import type { FieldView } from "./boardView.ts";

const view = (
  value: number | undefined,
  sorted: number[],
  extra: Partial<IndicatorView> = {},
): IndicatorView => {
  const def = indicator("solvabiliteit-2");
  const position = value !== undefined ? positionInSorted(value, sorted) : undefined;
  return {
    def,
    sector: "vo",
    ...(value !== undefined
      ? { latest: { year: 2019, value } }
      : { latest: { year: 2019, missing: "not-reported" } }),
    latestText: value !== undefined ? String(value).replace(".", ",") : "niet gerapporteerd",
    latestYear: "2019",
    positions: position ? [{ label: "vergelijkbare besturen (vo)", position, sentence: "" }] : [],
    reference: [],
    points: [],
    rows: [],
    usedSources: [],
    ...extra,
  };
};

describe("placeText and barOf", () => {
  it("placeText(p, dir) uses the one wording of positionSentence, without the group's name", () => {
    const p = positionInSorted(0.5, [0.2, 0.5, 0.5, 0.7, 0.9])!;
    // 2 of 5 share the value: more than a quarter, so the tie says enough and no band is named.
    expect(placeText(p)).toBe("2e laagste van 5 (1 gelijk)");
    const sorted = Array.from({ length: 100 }, (_, i) => i);
    expect(placeText(positionInSorted(96, sorted)!, "higher")).toBe(
      "4e hoogste van 100; bij de gunstigste 10%",
    );
    expect(placeText(positionInSorted(96, sorted)!, "lower")).toBe(
      "4e hoogste van 100; bij de minst gunstige 10%",
    );
    expect(placeText(positionInSorted(96, sorted)!)).toBe("4e hoogste van 100; bij de hoogste 10%");
    expect(placeText(positionInSorted(1, [1, 2, 3])!)).toBe("te weinig om te vergelijken (3)");
  });
  it("barOf(p) puts the board at its share of the group below it, ties counting half", () => {
    expect(barOf(positionInSorted(0.1, [0.1, 0.2, 0.3, 0.4, 0.5])!).at).toBe(0);
    expect(barOf(positionInSorted(0.5, [0.1, 0.2, 0.3, 0.4, 0.5])!).at).toBe(100);
    expect(barOf(positionInSorted(0.3, [0.1, 0.3, 0.3, 0.5])!)).toMatchObject({ at: 50, n: 4 });
  });
  it("barSvg(bar) is a small hidden-from-screen-readers SVG with the dot kept inside the track", () => {
    const svg = barSvg({ at: 100, n: 5, text: "" });
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).toContain('cx="98"');
    expect(svg).not.toMatch(/style=/);
  });
});

describe("overview", () => {
  it("overviewRow(view) leaves out an indicator without a value and never shows a missing one as a figure", () => {
    expect(overviewRow(view(undefined, []), "#f-0", undefined)).toBeUndefined();
  });
  it("overview(fields) keeps every indicator with a value, in order, each linking to its section, with old and implausible flags", () => {
    const fields: FieldView[] = [
      {
        field: "financien",
        label: "Financiën & huisvesting",
        slug: "financien",
        views: [
          view(0.33, [0.2, 0.33, 0.4, 0.5, 0.6]),
          view(undefined, []),
          view(0.8, [0.2, 0.8], { latest: { year: 2015, value: 0.8, implausible: true } }),
        ],
        absent: [],
      },
      { field: "medewerkers", label: "Medewerkers", slug: "medewerkers", views: [], absent: [] },
    ];
    const o = overview(fields, (v) =>
      v.latest && v.latest.year < 2016 ? { old: true, years: 4 } : undefined,
    );
    expect(o).toHaveLength(1);
    expect(o[0]!.rows.map((r) => [r.href, r.old, r.implausible])).toEqual([
      ["#financien-0-h", false, false],
      ["#financien-2-h", true, true],
    ]);
    expect(o[0]!.rows[0]).toMatchObject({
      median: "0,40",
      sector: "vo",
      group: "vergelijkbare besturen (vo)",
    });
    expect(o[0]!.groups).toEqual(["vergelijkbare besturen (vo)"]);
  });
  it("overviewRow(view) says a signal briefly: side, threshold, verdict", () => {
    const brief = "onder de signaleringswaarde (0,30): signaal";
    const v = view(0.25, [0.2, 0.25, 0.4], { signal: { crossed: true, text: "lang", short: "kort", brief } });
    expect(overviewRow(v, "#x", undefined)?.signal).toEqual({ crossed: true, text: brief });
  });
});

describe("oldNoteOf", () => {
  const old = (id: string, year: number, latestYear: string) => {
    const def = indicator(id);
    return {
      def,
      sector: "po",
      latest: { year, value: 1 },
      latestText: "1",
      latestYear,
      positions: [],
      reference: [],
      points: [],
      rows: [],
      usedSources: [],
    } as IndicatorView;
  };
  it("says the open files end there when the board's year is the newest any board has", () => {
    expect(
      oldNoteOf([
        { view: old("solvabiliteit-2", 2019, "2019"), newest: 2019 },
        { view: old("liquiditeit", 2019, "2019"), newest: 2019 },
      ]),
    ).toBe(
      "Verouderd: voor Solvabiliteit II (po) en Liquiditeit (po) gaan de open bestanden in dit portaal niet verder dan 2019.",
    );
  });
  it("says the board has no newer figure when others have one", () => {
    expect(oldNoteOf([{ view: old("fte-totaal", 2012, "2012"), newest: 2017 }], "Bestuur X")).toBe(
      "Verouderd: voor Fte (po) (nieuwste in de open data: 2017) heeft Bestuur X geen nieuwer cijfer.",
    );
    expect(oldNoteOf([])).toBeUndefined();
  });
  it("oldBriefOf says the same in counts, for the praatplaat", () => {
    expect(
      oldBriefOf([
        { view: old("solvabiliteit-2", 2019, "2019"), newest: 2019 },
        { view: old("liquiditeit", 2019, "2019"), newest: 2019 },
        { view: old("fte-totaal", 2012, "2012"), newest: 2017 },
      ]),
    ).toBe(
      "Verouderd: de open bestanden hier gaan niet verder dan 2019 (2 cijfers); dit bestuur heeft geen nieuwer cijfer (1 cijfer).",
    );
  });
});
