import { describe, expect, it } from "vitest";
import type { SeriesOut } from "../data/build.ts";
import { indicator } from "../data/registry.ts";
import { CSV_HEADER, csvNumber, seriesCsv } from "./csv.ts";

const BOM = "\uFEFF";
const pupils = (points: SeriesOut["points"]): SeriesOut => ({
  indicator: "leerlingen",
  sector: "po",
  points,
});

/** The data lines of a CSV (BOM, header and final CRLF removed), split into cells on a plain `;`. */
const lines = (csv: string) => csv.slice(BOM.length).split("\r\n").slice(1, -1);
// A po row names the indicator's files without the vo ones (sourceView.ts, sectorSources).
const SOURCES = indicator("leerlingen")
  .sources.filter((id) => !id.startsWith("vo-"))
  .join(" ");

describe("csvNumber", () => {
  it("csvNumber(v) writes a decimal comma and no thousands separator", () => {
    expect(csvNumber(1234.5)).toBe("1234,5");
    expect(csvNumber(28_764_036)).toBe("28764036");
    expect(csvNumber(-118_284.21)).toBe("-118284,21");
    expect(csvNumber(0.3)).toBe("0,3");
    expect(csvNumber(0)).toBe("0");
  });
});

describe("seriesCsv", () => {
  it("seriesCsv(entities) starts with a BOM and the header, separated by ;", () => {
    const csv = seriesCsv([]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}${CSV_HEADER.join(";")}\r\n`);
    expect(CSV_HEADER).toEqual([
      "bestuur",
      "naam",
      "indicator",
      "omschrijving",
      "sector",
      "jaar",
      "periode",
      "waarde",
      "eenheid",
      "ondergrens",
      "ontbreekt_reden",
      "opmerking",
      "bronnen",
    ]);
  });

  it("seriesCsv(entities) writes one row per year with CRLF line ends", () => {
    const csv = seriesCsv([
      {
        id: "10001",
        name: "Stichting Alfa",
        series: [
          pupils([
            { year: 2016, value: 1234 },
            { year: 2017, value: 1250 },
          ]),
        ],
      },
    ]);
    expect(csv).toBe(
      `${BOM}${CSV_HEADER.join(";")}\r\n` +
        `10001;Stichting Alfa;leerlingen;Aantal leerlingen;po;2016;1 oktober 2016;1234;count;;;;${SOURCES}\r\n` +
        `10001;Stichting Alfa;leerlingen;Aantal leerlingen;po;2017;1 oktober 2017;1250;count;;;;${SOURCES}\r\n`,
    );
    expect(csv.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  });

  it("seriesCsv(entities) writes decimals with a comma and big numbers without a thousands separator", () => {
    const csv = seriesCsv([
      {
        id: "10001",
        name: "Alfa",
        series: [
          { indicator: "solvabiliteit-2", sector: "po", points: [{ year: 2015, value: 0.4567 }] },
          {
            indicator: "eigen-vermogen-per-leerling",
            sector: "po",
            points: [{ year: 2015, value: 1234567.5 }],
          },
        ],
      },
    ]);
    const [ratio, euro] = lines(csv).map((l) => l.split(";"));
    expect(ratio![7]).toBe("0,4567");
    expect(ratio![6]).toBe("2015");
    expect(euro![7]).toBe("1234567,5");
    expect(euro![8]).toBe("euro");
  });

  it('seriesCsv(entities) quotes a name with ; or " and doubles the quote', () => {
    const csv = seriesCsv([
      { id: "10001", name: "Stichting A; B", series: [pupils([{ year: 2016, value: 10 }])] },
      { id: "10002", name: 'Stichting "De Linde"', series: [pupils([{ year: 2016, value: 20 }])] },
    ]);
    const [a, b] = lines(csv);
    expect(a!.startsWith('10001;"Stichting A; B";leerlingen;')).toBe(true);
    expect(b!.startsWith('10002;"Stichting ""De Linde""";leerlingen;')).toBe(true);
  });

  it("seriesCsv(entities) quotes a note with a line break, so the row stays one record", () => {
    const csv = seriesCsv([
      {
        id: "10001",
        name: "Alfa",
        series: [pupils([{ year: 2016, value: 10, note: "eerste regel\ntweede regel" }])],
      },
    ]);
    expect(csv).toContain(';"eerste regel\ntweede regel";');
  });

  it("seriesCsv(entities) writes a missing value as an empty cell with the Dutch reason, never 0", () => {
    const csv = seriesCsv([
      {
        id: "10001",
        name: "Alfa",
        series: [
          pupils([
            { year: 2016, missing: "suppressed-small" },
            { year: 2017, missing: "not-in-source" },
          ]),
        ],
      },
    ]);
    const [a, b] = lines(csv).map((l) => l.split(";"));
    expect(a![7]).toBe("");
    expect(a![10]).toBe("afgeschermd: minder dan 5");
    expect(b![7]).toBe("");
    expect(b![10]).toBe("niet in de open data");
  });

  it("seriesCsv(entities) marks a lower bound with ja in the ondergrens column", () => {
    const csv = seriesCsv([
      {
        id: "10001",
        name: "Alfa",
        series: [
          pupils([
            { year: 2016, value: 96, lowerBound: true },
            { year: 2017, value: 101 },
          ]),
        ],
      },
    ]);
    const [a, b] = lines(csv).map((l) => l.split(";"));
    expect(a![CSV_HEADER.indexOf("ondergrens")]).toBe("ja");
    expect(a![CSV_HEADER.indexOf("waarde")]).toBe("96");
    expect(b![CSV_HEADER.indexOf("ondergrens")]).toBe("");
  });

  it("seriesCsv(entities) writes the period in the indicator's year kind", () => {
    const csv = seriesCsv([
      {
        id: "20001",
        name: "Beta",
        series: [{ indicator: "slaagpercentage", sector: "vo", points: [{ year: 2016, value: 93.1 }] }],
      },
    ]);
    const [row] = lines(csv).map((l) => l.split(";"));
    expect(row!.slice(4, 9)).toEqual(["vo", "2016", "2016-2017", "93,1", "percent"]);
  });

  it("seriesCsv(entities) keeps the order of entities, series and points", () => {
    const csv = seriesCsv([
      {
        id: "2",
        name: "B",
        series: [
          pupils([
            { year: 2017, value: 2 },
            { year: 2016, value: 1 },
          ]),
        ],
      },
      { id: "1", name: "A", series: [pupils([{ year: 2016, value: 3 }])] },
    ]);
    expect(lines(csv).map((l) => l.split(";").slice(0, 6).join(" "))).toEqual([
      "2 B leerlingen Aantal leerlingen po 2017",
      "2 B leerlingen Aantal leerlingen po 2016",
      "1 A leerlingen Aantal leerlingen po 2016",
    ]);
  });

  it("seriesCsv(entities) with an unknown indicator throws naming it", () => {
    expect(() =>
      seriesCsv([{ id: "1", name: "A", series: [{ indicator: "onbekend", sector: "po", points: [] }] }]),
    ).toThrow('unknown indicator id "onbekend"');
  });

  it("seriesCsv: the bronnen of a row are the point's own file, else the files of its sector only", () => {
    const csv = seriesCsv([
      {
        id: "10001",
        name: "Stichting Alfa",
        series: [
          pupils([{ year: 2016, value: 1234 }]),
          { indicator: "leerlingen", sector: "vo", points: [{ year: 2020, value: 900 }] },
          {
            indicator: "solvabiliteit-1",
            sector: "po",
            points: [{ year: 2012, value: 0.5, source: "fin-kengetallen-2012-2016" }],
          },
        ],
      },
    ]);
    const bronnen = lines(csv).map((l) => l.split(";").at(-1)!);
    expect(bronnen[0]).toBe(SOURCES);
    expect(bronnen[0]).not.toMatch(/\bvo-/);
    expect(bronnen[1]!.split(" ").every((id) => !id.startsWith("po-"))).toBe(true);
    expect(bronnen[1]).toMatch(/\bvo-leerlingen/);
    expect(bronnen[2]).toBe("fin-kengetallen-2012-2016");
  });
});
