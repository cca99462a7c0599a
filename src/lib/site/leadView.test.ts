import { describe, expect, it } from "vitest";
import { positionInSorted } from "../data/position.ts";
import { indicator } from "../data/registry.ts";
import { signalView, type IndicatorView } from "./indicatorView.ts";
import type { FieldView } from "./boardView.ts";
import { boardIntro, leadView, MAX_POINTS, MIN_LEAD_GROUP } from "./leadView.ts";
import type { Age } from "./age.ts";

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** A view of `id` with `value` in `year`, placed in a peer group of the given ascending values. */
function view(
  id: string,
  value: number,
  group: number[],
  extra: { implausible?: boolean; lowerBound?: boolean; year?: number; sector?: "po" | "vo" } = {},
): IndicatorView {
  const def = indicator(id);
  const sorted = [...group, value].sort((a, b) => a - b);
  const position = positionInSorted(value, sorted);
  const year = extra.year ?? 2023;
  const signal = def.signal ? signalView(value, def) : undefined;
  return {
    def,
    sector: extra.sector ?? "po",
    latest: {
      year,
      value,
      ...(extra.implausible ? { implausible: true } : {}),
      ...(extra.lowerBound ? { lowerBound: true } : {}),
    },
    latestText: String(value),
    latestYear: String(year),
    positions: position ? [{ label: `vergelijkbare po-besturen in ${year}`, position, sentence: "" }] : [],
    ...(signal ? { signal } : {}),
    reference: [],
    points: [],
    rows: [],
    usedSources: [],
  };
}

const field = (views: IndicatorView[]): FieldView[] => [
  { field: "onderwijs", label: "Onderwijs", slug: "onderwijs", views, absent: [] },
];
const fresh = (): Age => ({ old: false, years: 0 });

describe("leadView", () => {
  it("names an indicator in the outer tenth of a large enough group, in its direction's words", () => {
    // Zittenblijven: lower is better; the lowest of 20 is among the most favourable tenth.
    const lead = leadView(field([view("zittenblijven", 0.1, range(19))]), fresh, "X");
    expect(lead.points).toHaveLength(1);
    expect(lead.points[0]!.kind).toBe("outer");
    expect(lead.points[0]!.text).toContain("bij de gunstigste 10% van 20 vergelijkbare po-besturen in 2023");
    expect(lead.points[0]!.href).toBe("#onderwijs-0-h");
  });

  it("uses neutral words for indicators whose height is debated (liquidity, reserves)", () => {
    const lead = leadView(field([view("liquiditeit", 99, range(19))]), fresh, "X");
    expect(lead.points[0]!.text).toContain("bij de hoogste 10%");
    expect(lead.points[0]!.text).not.toMatch(/gunstig/);
  });

  it("leaves out the middle, small groups, wide ties, implausible values, lower bounds and summable counts", () => {
    const lead = leadView(
      field([
        view("zittenblijven", 10, range(19)), // middle
        view("vsv", 0.1, range(MIN_LEAD_GROUP - 2)), // group of 9
        view("slaagpercentage", 100, [...range(10), ...Array(10).fill(100)]), // 11 of 21 share 100
        view("eindtoets-cet", 600, range(19), { implausible: true }),
        view("aandeel-speciaal", 99, range(19), { lowerBound: true }),
        view("leerlingen", 99_999, range(19)), // summable: size, not a finding
      ]),
      fresh,
      "Bestuur X",
    );
    expect(lead.points).toEqual([]);
    expect(lead.none).toBe(
      "Op de actuele cijfers valt Bestuur X niet op tegenover vergelijkbare besturen: geen cijfer bij de hoogste of laagste 10% en geen signaleringswaarde overschreden",
    );
  });

  it("never uses old figures, and says how many were left out", () => {
    const old = view("zittenblijven", 0.1, range(19), { year: 2015 });
    const lead = leadView(
      field([old, view("vsv", 1, range(19))]),
      (v) => (v === old ? { old: true, years: 8 } : fresh()),
      "X",
    );
    expect(lead.points.map((p) => p.text).join()).not.toContain("Zittenblijven");
    expect(lead.old).toBe("1 van de 2 cijfers is verouderd en telt hier niet mee");
  });

  it("puts a crossed signal value first, then a strong pupil trend, then the most pronounced outer tenths, at most four", () => {
    const views = [
      view("vsv", 28.5, range(29)), // 2nd highest of 30: in the outer tenth, but less pronounced
      view("zittenblijven", 99, range(49)), // the highest of 50: more pronounced
      view("eindtoets-cet", 0, range(19)),
      view("slaagpercentage", 0, range(19)),
      view("leerlingen-verandering-5j", -14.2, range(19)),
      view("solvabiliteit-2", 0.2, [0.5, 0.6, 0.7, 0.8, 0.9]),
    ];
    const lead = leadView(field(views), fresh, "X");
    expect(lead.points).toHaveLength(MAX_POINTS);
    expect(lead.points.map((p) => p.kind)).toEqual(["signal", "trend", "outer", "outer"]);
    expect(lead.points[0]!.text).toBe(
      "Solvabiliteit II (po) is 0,20 (2023), onder de signaleringswaarde van de inspectie (0,30): signaal",
    );
    expect(lead.points[1]!.text).toBe(
      "Het aantal leerlingen in het po is in vijf jaar gedaald met 14,2% (tot 2023)",
    );
    // Three boards at the very end tie on weight 0: order is then by text, so the output is stable.
    expect(lead.points.slice(2).map((p) => p.text.split(" is ")[0])).toEqual(["Eindtoets CET", "Geslaagd"]);
    expect(lead.points.map((p) => p.text).join()).not.toContain("Vsv");
  });

  it("says nothing stands out only when there are current figures at all", () => {
    expect(leadView(field([]), fresh, "X")).toEqual({ points: [] });
  });
});

describe("boardIntro", () => {
  it("says who the board is: sector, where, pupils with their date and size class", () => {
    expect(
      boardIntro({
        name: "Stichting A",
        active: true,
        sectors: ["po", "vo"],
        municipality: "Zwolle",
        province: "Overijssel",
        pupils: [
          { sector: "po", point: { year: 2025, value: 2345 } },
          { sector: "vo", point: { year: 2025, value: 800, lowerBound: true } },
        ],
        sizeClass: { po: "2.000 tot 5.000 leerlingen" },
      }),
    ).toBe(
      "Stichting A is een schoolbestuur in het primair onderwijs en voortgezet onderwijs, met de grootste vestiging in Zwolle (Overijssel). Het bestuur heeft 2.345 leerlingen in het po op 1 oktober 2025 (grootteklasse 2.000 tot 5.000 leerlingen) en ten minste 800 leerlingen in het vo op 1 oktober 2025.",
    );
  });
  it("speaks of an inactive board in the past tense, and of missing counts as missing", () => {
    expect(boardIntro({ name: "B", active: false, sectors: ["po"], pupils: [], sizeClass: {} })).toBe(
      "B was een schoolbestuur in het primair onderwijs. Er zijn geen leerlingaantallen bekend.",
    );
  });
});
