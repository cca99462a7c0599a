import { describe, expect, it } from "vitest";
import type { LearnFromFile } from "../data/learnFrom.ts";
import { indicator } from "../data/registry.ts";
import type { LearnFromSwvFile } from "../data/learnFromSwv.ts";
import { amountText, learnFromView, learnPointerOf, profileText, swvLearnFromView } from "./learnFromView.ts";
import type { IndicatorView } from "./indicatorView.ts";
import { overview } from "./overviewView.ts";

const slaag = indicator("slaagpercentage");
const solv = indicator("solvabiliteit-1");
const file: LearnFromFile = {
  boards: {
    "1": {
      "slaagpercentage|vo": {
        kind: "better",
        year: 2023,
        n: 95,
        threshold: 93.93,
        margin: 1.19,
        items: [{ id: "2", value: 95.8 }],
        inProvince: [{ id: "3", value: 94.5, sameProvince: true }],
      },
      "solvabiliteit-1|vo": { kind: "old", year: 2019 },
    },
    "4": {
      "slaagpercentage|vo": { kind: "few", year: 2023, n: 6 },
      "solvabiliteit-1|vo": {
        kind: "differ",
        year: 2024,
        n: 20,
        margin: 0.05,
        items: [{ id: "2", value: 0.2 }],
      },
    },
    "5": {
      "slaagpercentage|vo": { kind: "none", year: 2023, n: 40, threshold: 95, margin: 1 },
      "vsv|vo": { kind: "old", year: 2015 },
    },
  },
  contacts: {
    "2": {
      street: "Vondelstraat 41",
      postcode: "1813 BA",
      place: "Alkmaar",
      website: "www.x.nl",
      source: "s",
      list: "L 2023",
    },
  },
  profiles: {
    "1": { vo: [{ key: "leerlingen|vo", year: 2025, value: 2197 }] },
    "2": {
      vo: [
        { key: "leerlingen|vo", year: 2025, value: 2320 },
        { key: "vestigingen|vo", year: 2025, value: 4 },
      ],
    },
  },
  counts: [],
};
const look = { name: (id: string) => `Stichting ${id}`, sizeLabel: "1.000 tot 2.500 leerlingen" };

describe("learnFromView", () => {
  it("names boards in factual words, with why and how to reach them", () => {
    const v = learnFromView(file, "1", slaag, "vo", look)!;
    expect(v.summary).toBe("Leer van: 1 vergelijkbaar bestuur met een gunstiger waarde in 2023-2024");
    expect(v.boards[0]).toEqual({
      id: "2",
      href: "/besturen/2/",
      name: "Stichting 2",
      after: " heeft op dit cijfer een gunstiger waarde in 2023-2024: 95,8%.",
      why: "2.320 leerlingen, 4 vestigingen (2025)",
      website: { href: "https://www.x.nl/", text: "www.x.nl" },
      address: "Vondelstraat 41, 1813 BA Alkmaar",
    });
    expect(v.nearby).toBeUndefined(); // the board's province was not given
    const near = learnFromView(file, "1", slaag, "vo", { ...look, provinces: ["Utrecht"] })!.nearby!;
    expect(near.summary).toBe("In de buurt: zelfde provincie (Utrecht), 1 bestuur");
    expect(near.boards.map((b) => [b.href, b.why])).toEqual([["/besturen/3/", ""]]); // headed by the province
    expect(near.note).toContain("Of gemeenten aan elkaar grenzen, staat niet in de open bestanden hier");
    expect(v.rule).toContain("93,9% of hoger");
    expect(v.rule).toContain("meer dan 1,2 procentpunt gunstiger");
    expect(v.rule).toContain("dit bestuur: 2.197 leerlingen in 2025");
    expect(v.rule).toContain("geen rangorde");
    expect(v.lists).toEqual(["L 2023"]);
  });
  it("says why there is no list: old, too few, none clearly more favourable", () => {
    expect(learnFromView(file, "5", indicator("vsv"), "vo", look)!.summary).toContain(
      "niet bij een verouderd cijfer",
    );
    expect(learnFromView(file, "4", slaag, "vo", look)!.summary).toContain(
      "te weinig vergelijkbare besturen",
    );
    expect(learnFromView(file, "5", slaag, "vo", look)!.summary).toContain("geen van de 40");
    expect(learnFromView(file, "9", slaag, "vo", look)).toBeUndefined();
  });
  it("neutral indicators: only the boards that differ most, in neutral words; silent otherwise", () => {
    expect(learnFromView(file, "1", solv, "vo", look)).toBeUndefined();
    const v = learnFromView(file, "4", solv, "vo", { ...look, own: 0.5 })!;
    expect(v.summary).not.toContain("Leer van");
    expect(v.boards[0]!.after).toBe(": 0,20 in 2024, lager dan dit bestuur.");
    expect(v.rule).toContain("punt van discussie");
  });
  it("formats amounts and profiles", () => {
    expect(amountText(1.25, slaag)).toBe("1,3 procentpunt");
    expect(amountText(0.05, solv)).toBe("0,05");
    expect(profileText([{ key: "achterstandsscore|po", year: 2019, value: 28.14 }], "in")).toBe(
      "achterstandsscore 28,1 in 2019",
    );
  });
});

describe("SWVs and the overview pointer", () => {
  const vsv = indicator("swv-vsv");
  const swvFile: LearnFromSwvFile = {
    swvs: {
      vo2001: {
        "swv-vsv|vo": {
          kind: "better",
          year: 2015,
          n: 21,
          threshold: 1.2,
          margin: 0.15,
          items: [{ id: "vo2002", value: 1.05, sameProvince: true }],
          inProvince: [{ id: "vo2002", value: 1.05, sameProvince: true }],
        },
      },
      vo2003: { "swv-vsv|vo": { kind: "old", year: 2015 } },
    },
    contacts: {
      vo2002: {
        place: "Utrecht",
        website: "www.swv.nl",
        source: "swv-besturen-2018",
        list: "DUO-lijst SWV 2018",
      },
    },
    profiles: {
      vo2001: [{ key: "swv-leerlingen", year: 2015, value: 12000 }],
      vo2002: [
        { key: "swv-leerlingen", year: 2015, value: 11000 },
        { key: "aandeel-so-vso", year: 2013, value: 3.25 },
        { key: "swv-weerstandsvermogen", year: 2016, value: 21.4 },
      ],
    },
    counts: [],
  };
  const swvLook = { name: (id: string) => `SWV ${id}`, provinces: ["Utrecht"] };
  it("names SWVs in the same careful words, with why and how to reach them", () => {
    const v = swvLearnFromView(swvFile, "vo2001", vsv, "vo", swvLook)!;
    expect(v.summary).toBe("Leer van: 1 vergelijkbaar samenwerkingsverband met een gunstiger waarde in 2015");
    expect(v.boards[0]).toMatchObject({
      href: "/samenwerkingsverbanden/vo2002/",
      after: " heeft op dit cijfer een gunstiger waarde in 2015: 1,05%.",
      why: "11.000 leerlingen (2015); 3,3% in so/vso (2013); reserves 21,4% van de baten (2016); in dezelfde provincie",
      website: { href: "https://www.swv.nl/", text: "www.swv.nl" },
      address: "Utrecht",
    });
    expect(v.rule).toContain("de 20 die qua leerlingen, aandeel so/vso en reserves tegenover baten");
    expect(v.rule).toContain("1,20% of lager");
    expect(v.rule).not.toMatch(/\bbesturen\b/);
    expect(v.nearby!.summary).toBe("In de buurt: zelfde provincie (Utrecht), 1 samenwerkingsverband");
    expect(v.lists).toEqual(["DUO-lijst SWV 2018"]);
    expect(swvLearnFromView(swvFile, "vo2003", vsv, "vo", swvLook)!.summary).toBe(
      "Leer van: dit portaal verwijst alleen bij actuele cijfers naar andere samenwerkingsverbanden, niet bij een verouderd cijfer.",
    );
  });
  it("the overview row points to the list only where it names someone", () => {
    const v = (def: typeof vsv): IndicatorView =>
      ({
        def,
        sector: "vo",
        latest: { year: 2015, value: 1.4 },
        latestText: "1,40%",
        latestYear: "2015",
        positions: [],
        reference: [],
        points: [],
        rows: [],
        usedSources: [],
      }) as IndicatorView;
    const fields = [{ field: "swv" as const, label: "SWV", slug: "swv", views: [v(vsv)], absent: [] }];
    const with1 = overview(
      fields,
      () => undefined,
      undefined,
      "x",
      learnPointerOf(swvFile.swvs["vo2001"], "swv"),
    );
    expect(with1[0]!.rows[0]!.learn).toEqual({ href: "#swv-0-leer-van", text: "1 samenwerkingsverband" });
    const old = overview(
      fields,
      () => undefined,
      undefined,
      "x",
      learnPointerOf(swvFile.swvs["vo2003"], "swv"),
    );
    expect(old[0]!.rows[0]!.learn).toBeUndefined();
    const board = learnPointerOf(file.boards["1"], "board");
    expect(board({ ...v(slaag), def: slaag }, "onderwijs-0")).toEqual({
      href: "#onderwijs-0-leer-van",
      text: "1 bestuur",
    });
    expect(
      learnPointerOf(file.boards["5"], "board")({ ...v(slaag), def: slaag }, "onderwijs-0"),
    ).toBeUndefined();
    expect(learnPointerOf(undefined, "board")({ ...v(slaag), def: slaag }, "onderwijs-0")).toBeUndefined();
  });
});
