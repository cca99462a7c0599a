import { describe, expect, it } from "vitest";
import type { SectorStat } from "../data/build.ts";
import { nationalSeries, TOTAL_SPECS } from "../data/nationalTotals.ts";
import { indicator, type IndicatorDef, type Sector } from "../data/registry.ts";
import { nationalView } from "./nationalView.ts";
import {
  REPORT_PAGES,
  REPORT_SHEETS,
  reportBreaks,
  reportRow,
  reportTotal,
  sectorbeeld,
  sourceList,
  spreadSvg,
} from "./sectorbeeldView.ts";
import type { SectorIndicatorView } from "./sectorView.ts";

const spec = (id: string) => TOTAL_SPECS.find((t) => t.id === id)!;
const stat = (
  indicatorId: string,
  sector: Sector,
  year: number,
  extra: Partial<SectorStat> = {},
): SectorStat => ({
  indicator: indicatorId,
  sector,
  year,
  n: 10,
  missing: {},
  ...extra,
});

/** A sector view by hand: the fields the report reads (the rest as the sector page would have them). */
function sectorView(id: string, sector: Sector, stats: SectorStat[], values: number[]): SectorIndicatorView {
  return {
    def: indicator(id),
    sector,
    stats,
    ...(stats.length > 0 ? { latest: stats.at(-1)! } : {}),
    reference: [],
    values,
    highest: [],
    lowest: [],
    notableMin: 500,
    notableN: 0,
    breaks: [],
  };
}

const pupils = nationalView(
  nationalSeries(
    [
      stat("leerlingen", "po", 2024, { total: 1_400_000 }),
      stat("leerlingen", "po", 2025, { total: 1_390_000, totalLowerBound: true }),
    ],
    spec("leerlingen"),
    "po",
  ),
);
const rate = nationalView(
  nationalSeries(
    [2018, 2019, 2020].map((y) =>
      stat("slaagpercentage", "vo", y, { weighted: 90 + y - 2018, weightBase: 1000 }),
    ),
    spec("slaagpercentage"),
    "vo",
  ),
);
const baten = nationalView(
  nationalSeries([stat("totaal-baten", "po", 2016, { total: 1e10 })], spec("baten"), "po"),
);

describe("reportTotal", () => {
  it("reportTotal(view, newest) gives the newest and first figure with their years, the ≥ as on the sector page", () => {
    const t = reportTotal(pupils, 2025);
    expect(t).toMatchObject({
      field: "leerling-ouder",
      latest: "≥ 1.390.000",
      latestYear: "2025",
      first: "1.400.000",
      firstYear: "2024",
      old: false,
    });
    expect(t.breakLine).toBeUndefined();
  });

  it("reportTotal(view, newest) marks a figure old by the field's rule and leaves out the first year of a one-year series", () => {
    const t = reportTotal(baten, 2025);
    expect(t.old).toBe(true);
    expect(t.first).toBeUndefined();
    expect(reportTotal(baten, 2018).old).toBe(false);
  });

  it("reportTotal(view, newest) numbers the breaks as the chart does, one number per year", () => {
    const t = reportTotal(rate, 2025);
    expect(t.field).toBe("onderwijs");
    expect(t.breakLine).toBe(
      "Breuk 1 (2019-2020): geen centrale examens; andere bron. Breuk 2 (2020-2021): examenmaatregelen.",
    );
  });
});

describe("spreadSvg", () => {
  const bins = [
    { x0: 0, x1: 1, n: 2 },
    { x0: 1, x1: 2, n: 0 },
    { x0: 2, x1: 3, n: 4 },
    { x0: 3, x1: 4, n: 1 },
  ];

  it("spreadSvg(bins, median) draws one bar per non-empty bin, the fullest at full height, and the median", () => {
    const svg = spreadSvg(bins, 2);
    expect(svg.match(/class="spread-bar"/g)).toHaveLength(3);
    expect(svg).toContain('height="18.00" class="spread-bar"');
    expect(svg).toContain('height="9.00" class="spread-bar"');
    expect(svg).toMatch(/<rect x="50\.00" y="0" width="1" height="20" class="spread-median"\/>/);
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).not.toContain("style");
  });

  it("spreadSvg(bins, median) leaves out a median outside the drawn range", () => {
    expect(spreadSvg(bins, 9)).not.toContain("spread-median");
    expect(spreadSvg(bins, undefined)).not.toContain("spread-median");
  });
});

describe("reportRow", () => {
  it("reportRow(view, newest) gives the newest year's figures as on the sector page, with ≥ only for sums", () => {
    const stats = [
      stat("leerlingen", "po", 2025, {
        n: 4,
        q1: 100,
        median: 200,
        q3: 300,
        total: 1000,
        totalLowerBound: true,
      }),
    ];
    const row = reportRow(sectorView("leerlingen", "po", stats, [100, 150, 250, 500]), 2025);
    expect(row).toMatchObject({
      year: "2025",
      old: false,
      n: "4",
      median: "200",
      middle: "100 – 300",
      total: "≥ 1.000",
    });
    expect(row.spread?.svg).toMatch(/^<svg class="spread"/);
    expect(row.spread?.outside).toBeUndefined();
    const ratio = reportRow(
      sectorView(
        "solvabiliteit-2",
        "po",
        [stat("solvabiliteit-2", "po", 2019, { median: 0.5, q1: 0.4, q3: 0.6, total: 9 })],
        [0.4, 0.5, 0.6],
      ),
      2025,
    );
    expect(ratio.total).toBe("–");
    expect(ratio.old).toBe(true);
  });

  it("reportRow(view, newest) counts the boards outside the drawn range", () => {
    const values = [...Array.from({ length: 20 }, (_, i) => 10 + i), 10_000];
    const stats = [stat("vestigingen", "po", 2025, { n: 21, q1: 15, median: 20, q3: 25 })];
    expect(reportRow(sectorView("vestigingen", "po", stats, values), 2025).spread?.outside).toBe(
      "1 buiten beeld",
    );
  });

  it("reportRow(view, newest) of an indicator without figures has no year and is not old", () => {
    const row = reportRow(sectorView("vsv", "vo", [], []), 2025);
    expect(row.year).toBeUndefined();
    expect(row.old).toBe(false);
    expect(row.spread).toBeUndefined();
  });
});

describe("sourceList", () => {
  it("sourceList(entries) names each file with publisher and period, and a yearly series of files once", () => {
    const e = (title: string, period: string, publisher = "DUO") => ({ publisher, title, period });
    expect(
      sourceList([
        e("Leerlingen vo per vestiging en bestuur (vavo apart) 2017", "1 oktober 2017"),
        e("Leerlingen vo per vestiging en bestuur (vavo apart) 2018", "1 oktober 2018"),
        e(
          "Leerlingen vo per vestiging en bestuur (vavo apart) 2024 (overgetypt)",
          "vermoedelijk 1 oktober 2024",
        ),
        e("Oordelen per school", "1 april 2018", "Inspectie van het Onderwijs"),
      ]),
    ).toBe(
      "DUO, Leerlingen vo per vestiging en bestuur (vavo apart) (1 oktober 2017, 1 oktober 2018); " +
        "DUO, Leerlingen vo per vestiging en bestuur (vavo apart) 2024 (overgetypt) (vermoedelijk 1 oktober 2024); " +
        "Inspectie van het Onderwijs, Oordelen per school (1 april 2018)",
    );
  });

  it("sourceList([]) says the figure has no file here", () => {
    expect(sourceList([])).toBe("niet in de open data hier");
  });
});

describe("reportBreaks", () => {
  it("reportBreaks(sector, shown) lists the registry's breaks of the shown figures in year order", () => {
    const vo = reportBreaks("vo", [indicator("slaagpercentage"), indicator("leerlingen")]);
    expect(vo.map((b) => b.year)).toEqual(["2019-2020", "2019-2020", "2020-2021", "2021-2022", "2024"]);
    expect(vo[0]).toMatchObject({
      figures: [indicator("slaagpercentage").label],
      text: expect.stringMatching(/^geen centrale examens/),
    });
    expect(vo.at(-1)!.figures).toEqual(["Aantal leerlingen"]);
    // A break of a figure the report does not show is left out; po has none of the exam breaks.
    expect(reportBreaks("vo", [indicator("leerlingen")])).toHaveLength(1);
    expect(reportBreaks("po", [indicator("slaagpercentage")])).toEqual([]);
  });
});

describe("sectorbeeld", () => {
  const calls: number[][] = [];
  const sourcesFor = (def: IndicatorDef, _s: Sector, years: number[]) => {
    calls.push(years);
    return [
      {
        publisher: "DUO",
        title: `Bestand van ${def.id}`,
        period: `${Math.min(...years)}-${Math.max(...years)}`,
      },
    ];
  };
  const views = [
    sectorView(
      "leerlingen",
      "po",
      [stat("leerlingen", "po", 2025, { median: 1, q1: 1, q3: 1, total: 5 })],
      [1],
    ),
    sectorView("vestigingen", "po", [], []),
    sectorView(
      "totaal-baten",
      "po",
      [stat("totaal-baten", "po", 2016, { median: 1, q1: 1, q3: 1, total: 9 })],
      [1],
    ),
    sectorView(
      "eindtoets-cet",
      "po",
      [stat("eindtoets-cet", "po", 2018, { median: 535, q1: 534, q3: 536 })],
      [535],
    ),
  ];
  const report = sectorbeeld({ sector: "po", totals: [pupils, baten], views, newest: 2025, sourcesFor });

  it("sectorbeeld(input) puts every field in page order with its national series and its indicators", () => {
    expect(report.fields.map((f) => f.id)).toEqual([
      "onderwijs",
      "leerling-ouder",
      "financien",
      "medewerkers",
    ]);
    const [onderwijs, leerling, financien, medewerkers] = report.fields;
    expect(onderwijs!.rows.map((r) => r.def.id)).toEqual(["eindtoets-cet"]);
    expect(leerling!.totals.map((t) => t.view.series.spec.id)).toEqual(["leerlingen"]);
    expect(leerling!.rows.map((r) => r.def.id)).toEqual(["leerlingen", "vestigingen"]);
    expect(financien!.totals.map((t) => t.view.series.spec.id)).toEqual(["baten"]);
    expect(medewerkers!.rows).toEqual([]);
  });

  it("sectorbeeld(input) lists the sources of every figure with data in report order, with the national series' years", () => {
    expect(report.sources.map((s) => s.label)).toEqual([
      indicator("eindtoets-cet").label,
      indicator("leerlingen").label,
      indicator("totaal-baten").label,
    ]);
    const pupilsSource = report.sources[1]!;
    expect(pupilsSource.years).toBe("2024 t/m 2025");
    expect(pupilsSource.files).toBe("DUO, Bestand van leerlingen (2024-2025)");
    expect(pupilsSource.definition).toBe(indicator("leerlingen").definition);
    expect(report.sources[2]!.years).toBe("2016");
    expect(report.sources.map((s) => s.field)).toEqual(["onderwijs", "leerling-ouder", "financien"]);
    expect(report.publishers).toEqual(["DUO"]);
  });

  it("sectorbeeld(input) counts the old figures: national series and table rows", () => {
    // Baten 2016 as a series and as a row, the eindtoets of 2018 as a row (finance and onderwijs: 3 years).
    expect(report.oldCount).toBe(3);
    expect(report.totals.map((t) => t.old)).toEqual([false, true]);
  });

  it("REPORT_SHEETS place every field once; the report prints a summary, a page per sheet and a sources page per sheet", () => {
    expect(REPORT_SHEETS.flat().sort()).toEqual(["financien", "leerling-ouder", "medewerkers", "onderwijs"]);
    expect(REPORT_PAGES).toBe(1 + 2 * REPORT_SHEETS.length);
  });
});
