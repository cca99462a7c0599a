import { describe, expect, it } from "vitest";
import type { SeriesOut, SwvOut } from "./build.ts";
import { LEARN_RULE } from "./learnFrom.ts";
import {
  SWV_RULE,
  learnFromSwv,
  learnFromSwvFile,
  swvContact,
  swvDistances,
  swvFeatures,
  swvLearnMode,
} from "./learnFromSwv.ts";
import { indicator } from "./registry.ts";

const vsv = indicator("swv-vsv"); // lower is better, vo
const reserves = indicator("swv-weerstandsvermogen"); // neutral, debated
const pupils = indicator("swv-leerlingen"); // neutral, descriptive

type Swv = Pick<SwvOut, "id" | "sector" | "provinces" | "series" | "address" | "website" | "listDate">;
const series = (indicator: string, points: [number, number, boolean?][]): SeriesOut =>
  ({
    indicator,
    sector: "vo",
    points: points.map(([year, value, implausible]) => ({
      year,
      value,
      ...(implausible ? { implausible } : {}),
    })),
  }) as SeriesOut;

/** An SWV with pupils (2015), so/vso pupils (2013), reserves/baten (2016) and a vsv rate (2015). */
function swv(
  i: number,
  o: { vsv?: number; pupils?: number; reserves?: number; province?: string } = {},
): Swv {
  return {
    id: `vo${String(i).padStart(4, "0")}`,
    sector: "vo",
    provinces: [o.province ?? (i % 2 ? "Utrecht" : "Gelderland")],
    address: { street: `Straat ${i}`, postcode: "1234 AB", place: "Ergens" },
    website: `www.swv${i}.nl`,
    listDate: "stand ca. april 2018",
    series: [
      series("swv-leerlingen", [[2015, o.pupils ?? 10000 + i * 100]]),
      series("swv-so-vso-leerlingen", [[2013, 300 + i]]),
      series("swv-weerstandsvermogen", [[2016, o.reserves ?? 10 + i]]),
      series("swv-vsv", [[2015, o.vsv ?? 1 + i / 10]]),
    ],
  };
}
/** Fifteen alike SWVs with vsv 1,0 … 2,4 % (vo0000 has 1,0). */
const fifteen = (over: Record<number, Parameters<typeof swv>[1]> = {}) =>
  Array.from({ length: 15 }, (_, i) => swv(i, over[i]));
const sectorsUpTo = (year: number) => [{ year, n: 10 }];

describe("swvLearnMode", () => {
  it("directed SWV indicators get 'better', the debated ratios 'differ', descriptive ones nothing", () => {
    expect(swvLearnMode(vsv)).toBe("directed");
    expect(swvLearnMode(reserves)).toBe("debated");
    expect(swvLearnMode(indicator("swv-doorbetalingen-aandeel"))).toBe("debated");
    expect(swvLearnMode(pupils)).toBeUndefined();
    expect(swvLearnMode(indicator("swv-eigen-vermogen"))).toBeUndefined();
    // Board indicators belong to learnFrom.ts.
    expect(swvLearnMode(indicator("vsv"))).toBeUndefined();
  });
});

describe("swvFeatures", () => {
  it("pupils, the share in so/vso and reserves against baten, each with its own year; missing stays missing", () => {
    expect(swvFeatures(swv(0))).toEqual([
      { key: "swv-leerlingen", year: 2015, value: 10000 },
      { key: "aandeel-so-vso", year: 2013, value: 2.91 }, // 300 ÷ 10.300
      { key: "swv-weerstandsvermogen", year: 2016, value: 10 },
    ]);
    expect(swvFeatures({ series: [series("swv-so-vso-leerlingen", [[2013, 300]])] })).toEqual([]);
    // An implausible value is not a feature.
    expect(swvFeatures({ series: [series("swv-weerstandsvermogen", [[2016, 900, true]])] })).toEqual([]);
  });
  it("distances need pupils; a feature can be left out", () => {
    const p = new Map([
      ["a", [{ key: "swv-leerlingen", year: 2015, value: 1000 }]],
      ["b", [{ key: "swv-leerlingen", year: 2015, value: 10000 }]],
      ["c", [{ key: "swv-weerstandsvermogen", year: 2016, value: 10 }]],
    ]);
    const d = swvDistances(p);
    expect(d("a", "b")).toBeGreaterThan(0);
    expect(d("a", "c")).toBeUndefined();
    const r = new Map([
      [
        "a",
        [
          { key: "swv-leerlingen", year: 2015, value: 1000 },
          { key: "swv-weerstandsvermogen", year: 2016, value: 0 },
        ],
      ],
      [
        "b",
        [
          { key: "swv-leerlingen", year: 2015, value: 1000 },
          { key: "swv-weerstandsvermogen", year: 2016, value: 50 },
        ],
      ],
    ]);
    expect(swvDistances(r)("a", "b")).toBeGreaterThan(0);
    expect(swvDistances(r, "swv-weerstandsvermogen")("a", "b")).toBe(0);
  });
});

describe("learnFromSwvFile", () => {
  it("lower is better: only SWVs in the best quarter and more than the margin lower, most alike first", () => {
    const file = learnFromSwvFile(fifteen(), sectorsUpTo(2016));
    const e = file.swvs["vo0014"]!["swv-vsv|vo"]!;
    expect(e.kind).toBe("better");
    expect(e.n).toBe(15);
    // 15 values 1,0 … 2,4: q1 (R-7) = 1,35, margin a quarter of the IQR (0,7) = 0,175 (kept to 4 decimals).
    expect(e.threshold).toBe(1.35);
    expect(e.margin).toBe(0.175);
    expect(e.items!.every((i) => i.value <= 1.35 && i.value < 2.4 - 0.18)).toBe(true);
    expect(e.items).toHaveLength(LEARN_RULE.max);
    // The most alike (nearest in pupils, so/vso share and reserves) come first: vo0003, vo0002, vo0001.
    expect(e.items!.map((i) => i.id)).toEqual(["vo0003", "vo0002", "vo0001"]);
    // The lowest vsv has nobody to learn from on this figure.
    expect(file.swvs["vo0000"]!["swv-vsv|vo"]!.kind).toBe("none");
  });

  it("margin and ties: an equal value or one within the margin is never more favourable", () => {
    const all = fifteen(Object.fromEntries(Array.from({ length: 15 }, (_, i) => [i, { vsv: 2 }])));
    const file = learnFromSwvFile(all, sectorsUpTo(2016));
    const e = file.swvs["vo0005"]!["swv-vsv|vo"]!;
    expect(e).toMatchObject({ kind: "none", margin: 0.01 }); // no spread: one unit of the shown rounding
    const edge = learnFromSwvFile(
      fifteen({
        ...Object.fromEntries(Array.from({ length: 15 }, (_, i) => [i, { vsv: 2 }])),
        3: { vsv: 1.99 },
      }),
      sectorsUpTo(2016),
    );
    expect(edge.swvs["vo0005"]!["swv-vsv|vo"]!.kind).toBe("none"); // exactly the margin
    const past = learnFromSwvFile(
      fifteen({
        ...Object.fromEntries(Array.from({ length: 15 }, (_, i) => [i, { vsv: 2 }])),
        3: { vsv: 1.98 },
      }),
      sectorsUpTo(2016),
    );
    expect(past.swvs["vo0005"]!["swv-vsv|vo"]!.items!.map((i) => i.id)).toEqual(["vo0003"]);
  });

  it("reserves are debated: the SWVs that differ most, in both directions, never 'better'", () => {
    const file = learnFromSwvFile(fifteen(), sectorsUpTo(2016));
    const e = file.swvs["vo0007"]!["swv-weerstandsvermogen|vo"]!;
    expect(e.kind).toBe("differ");
    expect(e.threshold).toBeUndefined();
    // 10 … 24 %, vo0007 has 17: the largest differences are 24 and 10 (7 each), then 23 and 11 (6 each); ties
    // go to the most alike in pupils and so/vso share (reserves themselves left out): 24 (11.400 pupils) before
    // 10 (10.000), 23 (11.300) before 11 (10.100), on a log scale.
    expect(e.items!.map((i) => i.value)).toEqual([24, 10, 23]);
    expect(Object.values(file.swvs).every((x) => x["swv-leerlingen|vo"] === undefined)).toBe(true);
  });

  it("old figures never point elsewhere", () => {
    // vsv 2015 is current against 2018 (3 years), old against 2019.
    expect(learnFromSwvFile(fifteen(), sectorsUpTo(2018)).swvs["vo0014"]!["swv-vsv|vo"]!.kind).toBe("better");
    const old = learnFromSwvFile(fifteen(), sectorsUpTo(2019));
    expect(old.swvs["vo0014"]!["swv-vsv|vo"]).toEqual({ kind: "old", year: 2015 });
    expect(old.counts.find((c) => c.indicator === "swv-vsv")).toMatchObject({
      boards: 15,
      old: 15,
      better: 0,
    });
    // Reserves of 2016 are still current in 2019, not in 2020: then nobody is named and no contact is kept.
    expect(old.swvs["vo0014"]!["swv-weerstandsvermogen|vo"]!.kind).toBe("differ");
    const older = learnFromSwvFile(fifteen(), sectorsUpTo(2020));
    expect(older.swvs["vo0014"]!["swv-weerstandsvermogen|vo"]).toEqual({ kind: "old", year: 2016 });
    expect(older.contacts).toEqual({});
    expect(older.profiles).toEqual({});
  });

  it("small groups say so; an SWV without pupils has no comparable SWVs", () => {
    const few = fifteen().slice(0, LEARN_RULE.minGroup - 1);
    expect(learnFromSwvFile(few, sectorsUpTo(2016)).swvs["vo0004"]!["swv-vsv|vo"]).toEqual({
      kind: "few",
      year: 2015,
      n: LEARN_RULE.minGroup - 1,
    });
    const lone = fifteen();
    lone[4] = { ...lone[4]!, series: lone[4]!.series.filter((s) => s.indicator !== "swv-leerlingen") };
    expect(learnFromSwvFile(lone, sectorsUpTo(2016)).swvs["vo0004"]!["swv-vsv|vo"]).toEqual({
      kind: "few",
      year: 2015,
      n: 1,
    });
  });

  it(`the group is the SWV and its ${SWV_RULE.nearest} most alike; far bigger ones stay out`, () => {
    const many = Array.from({ length: 30 }, (_, i) => swv(i, i >= 25 ? { pupils: 900000, vsv: 0.1 } : {}));
    const file = learnFromSwvFile(many, sectorsUpTo(2016));
    const e = file.swvs["vo0010"]!["swv-vsv|vo"]!;
    expect(e.n).toBe(SWV_RULE.nearest + 1);
    // The five very large SWVs have the lowest vsv but are not alike: they never appear.
    expect(e.items!.every((i) => Number(i.id.slice(2)) < 25)).toBe(true);
  });

  it("implausible values are left out of the group", () => {
    const all = fifteen();
    all[0] = {
      ...all[0]!,
      series: all[0]!.series.map((s) =>
        s.indicator === "swv-vsv" ? series("swv-vsv", [[2015, 1, true]]) : s,
      ),
    };
    const file = learnFromSwvFile(all, sectorsUpTo(2016));
    const e = file.swvs["vo0014"]!["swv-vsv|vo"]!;
    expect(e.n).toBe(14);
    expect(e.items!.map((i) => i.id)).not.toContain("vo0000");
  });

  it("a second list in the same province, and contacts and profiles of the named SWVs only", () => {
    const file = learnFromSwvFile(fifteen(), sectorsUpTo(2016));
    const e = file.swvs["vo0014"]!["swv-vsv|vo"]!;
    // vo0014 is in Gelderland (even): vo0002 and vo0000 qualify there.
    expect(e.inProvince!.map((i) => i.id)).toEqual(["vo0002", "vo0000"]);
    expect(file.contacts["vo0003"]).toEqual({
      street: "Straat 3",
      postcode: "1234 AB",
      place: "Ergens",
      website: "www.swv3.nl",
      source: "swv-besturen-2018",
      list: "DUO-lijst ‘Besturen samenwerkingsverbanden passend onderwijs’, stand ca. april 2018",
    });
    expect(file.profiles["vo0014"]!.map((f) => f.key)).toEqual([
      "swv-leerlingen",
      "aandeel-so-vso",
      "swv-weerstandsvermogen",
    ]);
    const named = new Set(
      Object.values(file.swvs).flatMap((x) =>
        Object.values(x).flatMap((y) => [...(y.items ?? []), ...(y.inProvince ?? [])].map((i) => i.id)),
      ),
    );
    for (const id of Object.keys(file.contacts))
      expect(named.has(id) || Object.keys(file.swvs).includes(id)).toBe(true);
    const c = file.counts.find((x) => x.indicator === "swv-vsv")!;
    expect(c.boards).toBe(15);
    expect(c.better + c.none).toBe(15);
  });

  it("an SWV without address or website has no contact", () => {
    expect(swvContact({})).toBeUndefined();
  });
});

describe("learnFromSwv", () => {
  it("undefined without a value that year or for a descriptive indicator", () => {
    const args = {
      def: vsv,
      self: { id: "a", provinces: [] },
      year: 2015,
      values: new Map([["b", 1]]),
      newest: 2016,
      distance: () => 0,
      province: () => [],
    };
    expect(learnFromSwv(args)).toBeUndefined();
    expect(learnFromSwv({ ...args, def: pupils, values: new Map([["a", 1]]) })).toBeUndefined();
  });
});
