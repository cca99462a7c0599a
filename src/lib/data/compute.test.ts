import { describe, expect, it } from "vitest";
import { fixture } from "../../../test/helpers/fixtures.ts";
import {
  boardForYear,
  changeSeries,
  divideSeries,
  eindtoetsSeries,
  examSeries,
  financeSeries,
  poPupilSeries,
  staffSeries,
  voBoardLists,
  voPupilSeries,
  voRateSeries,
  weightedMeanSeries,
  weightSeries,
  type VestigingBoardLists,
} from "./compute.ts";
import type { Tables } from "./load.ts";
import type { Point, SeriesMap } from "./series.ts";
import { exam2014Spec, exam2019Spec, voPupilsBoardSpec } from "./specs.ts";
import { readTable } from "./table.ts";
import type { Cell } from "./values.ts";

type Row<K extends keyof Tables> =
  Tables[K] extends Map<number, (infer R)[]> ? R : Tables[K] extends (infer R)[] ? R : never;

const SMALL: Cell = { missing: "suppressed-small" };
const STAR: Cell = { missing: "suppressed" };
const BLANK: Cell = { missing: "not-reported" };

/** A series map as plain data: board → points sorted by year. */
const plain = (m: SeriesMap): Record<string, Point[]> =>
  Object.fromEntries(
    [...m].map(([board, years]) => [board, [...years.values()].sort((a, b) => a.year - b.year)]),
  );

const lists = (entries: Record<number, Record<string, string>>): VestigingBoardLists =>
  new Map(Object.entries(entries).map(([y, m]) => [Number(y), new Map(Object.entries(m))]));

describe("poPupilSeries", () => {
  const row = (
    vest: string,
    board: string,
    kind: Row<"historicPupils">["kind"],
    pupils: Record<string, Cell>,
  ): Row<"historicPupils"> => ({
    brin: vest.slice(0, 4),
    vest,
    name: `School ${vest}`,
    kind,
    denomination: "Openbaar",
    board,
    municipality: "ROTTERDAM",
    pupils,
    line: 2,
  });
  const rows = [
    row("01AA00", "41001", "BO", { "2020": 215, "2025": 240 }),
    row("01AA01", "41001", "BO", { "2020": 38, "2025": 0 }), // closed by 2025
    row("08HH00", "41001", "SBO", { "2020": 50, "2025": SMALL }),
    row("09II00", "41001", "SO/VSO", { "2020": BLANK, "2025": 10 }),
    row("02BB00", "00008", "BO", { "2020": 0, "2025": SMALL }),
  ];
  const out = poPupilSeries(rows);

  it("poPupilSeries(rows) sums pupils per board and year", () => {
    expect(out.pupils.get("41001")!.get(2020)).toEqual({ year: 2020, value: 303 });
  });

  it("poPupilSeries(rows) makes a total with a <5 vestiging a lower bound with a note", () => {
    expect(out.pupils.get("41001")!.get(2025)).toEqual({
      year: 2025,
      value: 250,
      lowerBound: true,
      note: "niet meegeteld: 1 vestiging(en) afgeschermd (<5)",
    });
  });

  it("poPupilSeries(rows) makes a year in which every vestiging is <5 missing, not 0", () => {
    expect(plain(out.pupils)["00008"]).toEqual([{ year: 2025, missing: "suppressed-small", n: 1 }]);
  });

  it("poPupilSeries(rows) does not count a closed vestiging (0) or a blank cell as a vestiging", () => {
    expect(plain(out.vestigingen)).toEqual({
      "41001": [
        { year: 2020, value: 3 },
        { year: 2025, value: 3 },
      ],
      "00008": [{ year: 2025, value: 1 }],
    });
  });

  it("poPupilSeries(rows) gives the sbo/so/vso share in %, and incomplete when a count is <5", () => {
    expect(plain(out.special)).toEqual({
      "41001": [
        { year: 2020, value: 16.5016501650165 },
        { year: 2025, missing: "incomplete", n: 3 },
      ],
      "00008": [{ year: 2025, missing: "incomplete", n: 1 }],
    });
  });
});

/** The VO fixtures: board lists 2017 and 2020 (11AB00 moves from 40001 to 40002) and both exam files. */
function voFixtures() {
  const board = (y: number, enc: "windows-1252" | "utf-8-bom") =>
    readTable(
      fixture(`vo-leerlingen-bestuur-${y}.csv`, { encoding: enc, eol: "crlf" }),
      `${y}.csv`,
      voPupilsBoardSpec,
    ).rows;
  const voPupilsBoard = new Map([
    [2017, board(2017, "windows-1252")],
    [2020, board(2020, "utf-8-bom")],
  ]);
  const exams = [
    ...readTable(fixture("vo-examens-2014-2019.csv", { encoding: "windows-1252" }), "e14.csv", exam2014Spec)
      .rows,
    ...readTable(fixture("vo-examens-2019-2024.csv", { eol: "crlf" }), "e19.csv", exam2019Spec).rows,
  ];
  return { voPupilsBoard, exams, lists: voBoardLists({ voPupilsBoard }) };
}

describe("voBoardLists and boardForYear", () => {
  const { lists: voLists } = voFixtures();

  it("voBoardLists(t) builds one vestiging → board list per pupil file", () => {
    expect(Object.fromEntries([...voLists.lists].map(([y, m]) => [y, Object.fromEntries(m)]))).toEqual({
      2017: { "11AB00": "40001", "12CD00": "40003", "12CD01": "40003" },
      2020: { "11AB00": "40002", "12CD00": "40003" },
    });
  });

  it("boardForYear(lists, vestiging, year) maps a 2014 exam to board A (2017 list) after a merger", () => {
    expect(boardForYear(voLists, "11AB00", 2014)).toEqual({ board: "40001", listYear: 2017 });
  });

  it("boardForYear(lists, vestiging, year) maps a 2023 exam to board B (2020 list) after a merger", () => {
    expect(boardForYear(voLists, "11AB00", 2023)).toEqual({ board: "40002", listYear: 2020 });
  });

  it("boardForYear(lists, vestiging, year) takes the later list on a tie", () => {
    const l = lists({ 2017: { X: "A" }, 2019: { X: "B" } });
    expect(boardForYear(l, "X", 2018)).toEqual({ board: "B", listYear: 2019 });
  });

  it("boardForYear(lists, vestiging, year) places a vestiging missing from the nearest list by its school's board there, else undefined", () => {
    expect(boardForYear(voLists, "12CD01", 2023)).toEqual({ board: "40003", listYear: 2020 });
    expect(boardForYear(voLists, "99ZZ00", 2018)).toBeUndefined();
  });
});

describe("voPupilSeries", () => {
  const { voPupilsBoard, lists: voLists } = voFixtures();
  const type = (brin: string, vest: string, counts: Record<string, Cell>): Row<"voPupils2016"> => ({
    brin,
    vest,
    counts,
    line: 2,
  });
  const out = voPupilSeries(
    {
      voPupilsBoard,
      voPupils2016: [
        type("11AB", "0", { "LEER- OF VERBLIJFSJAAR 1 - MAN": 100, "LEER- OF VERBLIJFSJAAR 1 - VROUW": 90 }),
        type("11AB", "0", { "LEER- OF VERBLIJFSJAAR 2 - MAN": 10, "LEER- OF VERBLIJFSJAAR 2 - VROUW": 0 }),
        type("12CD", "00", { "LEER- OF VERBLIJFSJAAR 1 - MAN": 300 }),
        type("77QQ", "0", { "LEER- OF VERBLIJFSJAAR 1 - MAN": 5 }),
      ],
    },
    voLists,
  );

  it("voPupilSeries(t, lists) sums TOTAAL AANTAL LEERLINGEN per board and year, 2016 via the nearest list, naming the file per year", () => {
    expect(plain(out.pupils)).toEqual({
      "40001": [
        { year: 2016, value: 200, source: "vo-leerlingen-onderwijstype-2016" },
        { year: 2017, value: 1200, source: "vo-leerlingen-bestuur-2017" },
      ],
      "40002": [{ year: 2020, value: 1255, source: "vo-leerlingen-bestuur-2020" }],
      "40003": [
        { year: 2016, value: 300, source: "vo-leerlingen-onderwijstype-2016" },
        { year: 2017, value: 640, source: "vo-leerlingen-bestuur-2017" },
        { year: 2020, value: 612, source: "vo-leerlingen-bestuur-2020" },
      ],
    });
  });

  it("voPupilSeries(t, lists) counts vestigingen with pupils only", () => {
    expect(plain(out.vestigingen)).toEqual({
      "40001": [
        { year: 2016, value: 1 },
        { year: 2017, value: 1 },
      ],
      "40002": [{ year: 2020, value: 1 }],
      "40003": [
        { year: 2016, value: 1 },
        { year: 2017, value: 1 },
        { year: 2020, value: 1 },
      ],
    });
  });

  it("voPupilSeries(t, lists) lists 2016 vestigingen that no board list holds", () => {
    expect(out.unmapped2016).toEqual(["77QQ00"]);
  });
});

describe("changeSeries", () => {
  const pupils: SeriesMap = new Map([
    [
      "X",
      new Map<number, Point>([
        [2015, { year: 2015, value: 100 }],
        [2016, { year: 2016, value: 80, lowerBound: true }],
        [2017, { year: 2017, missing: "suppressed-small" }],
        [2020, { year: 2020, value: 120 }],
        [2021, { year: 2021, value: 90 }],
        [2022, { year: 2022, value: 90 }],
      ]),
    ],
    [
      "Y",
      new Map<number, Point>([
        [2014, { year: 2014, value: 0 }],
        [2019, { year: 2019, value: 5 }],
      ]),
    ],
  ]);

  it("changeSeries(pupils) gives the 5-year change in %, incomplete for a lower bound or missing end", () => {
    expect(plain(changeSeries(pupils))).toEqual({
      X: [
        { year: 2020, value: 20 },
        { year: 2021, missing: "incomplete" },
        { year: 2022, missing: "incomplete" },
      ],
      Y: [{ year: 2019, missing: "division-by-zero" }],
    });
  });

  it("changeSeries(pupils, span) uses the given span", () => {
    expect(plain(changeSeries(pupils, 1)).X).toEqual([
      { year: 2016, missing: "incomplete" },
      { year: 2017, missing: "incomplete" },
      { year: 2021, value: -25 },
      { year: 2022, value: 0 },
    ]);
  });
});

describe("weightSeries", () => {
  const w = (board: string, weight: Row<"weights2016">["weight"], total: Cell): Row<"weights2016"> => ({
    brin: "01AA",
    vest: "00",
    board,
    weight,
    total,
    line: 2,
  });

  it("weightSeries(rows) gives the share of 0.30 and 1.20 pupils in %, with n", () => {
    const out = weightSeries([
      w("41001", "0.00", 80),
      w("41001", "0.30", 15),
      w("41001", "1.20", 5),
      w("41003", "0.00", 50),
      w("41003", "0.30", SMALL),
      w("41004", "0.00", 0),
    ]);
    expect(plain(out)).toEqual({
      "41001": [{ year: 2016, value: 20, n: 100 }],
      "41003": [{ year: 2016, missing: "incomplete" }],
      "41004": [{ year: 2016, missing: "division-by-zero", n: 0 }],
    });
  });
});

describe("weightedMeanSeries", () => {
  it("weightedMeanSeries(rows, year, scale) weights by pupils, notes gaps and skips weight 0", () => {
    const out = weightedMeanSeries(
      [
        { board: "A", value: 5754.2, weight: 118 },
        { board: "A", value: 1000, weight: 2 },
        { board: "A", value: BLANK, weight: 10 },
        { board: "A", value: 99999, weight: 0 },
        { board: "B", value: BLANK, weight: 40 },
        { board: "C", value: 500, weight: 0 },
      ],
      2016,
      1 / 1000,
    );
    expect(plain(out)).toEqual({
      A: [
        {
          year: 2016,
          value: 5.674963333333333,
          n: 120,
          note: "1 vestiging(en) zonder waarde niet meegeteld",
        },
      ],
      B: [{ year: 2016, missing: "incomplete" }],
      C: [{ year: 2016, missing: "not-in-source" }],
    });
  });
});

describe("eindtoetsSeries", () => {
  const e = (
    vest: string,
    board: string,
    s: Partial<Pick<Row<"eindscores">, "cetN" | "cetAvg" | "iepN" | "iepAvg" | "route8N" | "route8Avg">>,
  ): Row<"eindscores"> => ({
    brin: vest.slice(0, 4),
    vest: vest.slice(4),
    board,
    cetN: 0,
    cetAvg: BLANK,
    iepN: 0,
    iepAvg: BLANK,
    route8N: 0,
    route8Avg: BLANK,
    ...s,
    line: 2,
  });
  const out = eindtoetsSeries(
    new Map([
      [
        2018,
        [
          e("01AA00", "41001", { cetN: 30, cetAvg: 538.6 }),
          e("01AA01", "41001", { cetN: 10, cetAvg: 530 }),
          e("01AA02", "41001", { iepN: 20, iepAvg: 81 }),
          e("01AA03", "41001", { cetN: 5 }), // a count without an average
          e("02BB00", "41002", { route8N: 12, route8Avg: 200 }),
        ],
      ],
      [2015, [e("01AA00", "41001", { cetN: 25, cetAvg: 535 })]],
    ]),
  );

  it("eindtoetsSeries(byYear) weights each test's average by its number of pupils", () => {
    expect(plain(out.cet)).toEqual({
      "41001": [
        { year: 2015, value: 535, n: 25 },
        { year: 2018, value: 536.45, n: 40, note: "1 vestiging(en) zonder waarde niet meegeteld" },
      ],
    });
  });

  it("eindtoetsSeries(byYear) keeps CET, IEP and ROUTE 8 apart", () => {
    expect(plain(out.iep)).toEqual({ "41001": [{ year: 2018, value: 81, n: 20 }] });
    expect(plain(out.route8)).toEqual({ "41002": [{ year: 2018, value: 200, n: 12 }] });
  });
});

describe("examSeries", () => {
  const { exams, lists: voLists } = voFixtures();
  const out = examSeries(exams, voLists);
  const corona = "geen centrale examens (corona)";
  const small = "1 opleiding(en) met <5 kandidaten niet meegeteld";

  it("examSeries(rows, lists) weights pass rates by candidates and follows the merger A → B", () => {
    expect(plain(out.all)).toEqual({
      "40001": [
        { year: 2014, value: 89.28571428571429, n: 28 },
        { year: 2018, value: 90, n: 20 },
      ],
      "40002": [
        { year: 2019, value: 96, n: 25, note: `${corona}; ${small}` },
        { year: 2023, value: 90.9090909090909, n: 11, note: small },
      ],
      "40003": [
        { year: 2014, value: 90, n: 30 },
        { year: 2018, value: 96.66666666666667, n: 30 },
        { year: 2019, value: 97.5, n: 40, note: corona },
        { year: 2023, value: 90, n: 40 },
      ],
    });
  });

  it("examSeries(rows, lists) gives a per-type series; an all-<5 type is missing suppressed-small", () => {
    expect(plain(out.byType.VMBO)).toEqual({
      "40001": [{ year: 2014, value: 100, n: 6 }],
      "40002": [
        { year: 2019, missing: "suppressed-small", note: `${corona}; ${small}` },
        { year: 2023, missing: "suppressed-small", note: small },
      ],
    });
    expect(plain(out.byType.HAVO)).toEqual({
      "40001": [
        { year: 2014, value: 86.36363636363636, n: 22 },
        { year: 2018, value: 90, n: 20 },
      ],
      "40002": [
        { year: 2019, value: 96, n: 25, note: corona },
        { year: 2023, value: 90.9090909090909, n: 11 },
      ],
    });
    expect(plain(out.byType.VWO)["40003"]!.map((p) => p.value)).toEqual([90, 96.66666666666667, 97.5, 90]);
  });

  it("examSeries(rows, lists) reports vestigingen that no list holds", () => {
    expect(out.unmapped).toEqual(["99ZZ00"]);
  });
});

describe("voRateSeries", () => {
  const l = lists({ 2017: { "11AB00": "40001", "12CD00": "40003", "12CD01": "40003", "13EF00": "40004" } });

  it("voRateSeries(rows, lists, year) gives Σnum ÷ Σden × 100 per board, incomplete when suppressed", () => {
    const out = voRateSeries(
      [
        { brin: "11AB", vest: "00", num: 6, den: 1200 },
        { brin: "12CD", vest: "00", num: 1, den: 640 },
        { brin: "12CD", vest: "01", num: 0, den: 0 },
        { brin: "13EF", vest: "00", num: STAR, den: 50 },
        { brin: "88XX", vest: "0", num: 1, den: 10 },
      ],
      l,
      2015,
    );
    expect(plain(out.series)).toEqual({
      "40001": [{ year: 2015, value: 0.5, n: 1200 }],
      "40003": [{ year: 2015, value: 0.15625, n: 640 }],
      "40004": [{ year: 2015, missing: "incomplete" }],
    });
    expect(out.unmapped).toEqual(["88XX00"]);
  });
});

describe("financeSeries", () => {
  const balance = (
    board: string,
    group: string,
    year: number,
    b: Partial<Row<"balance">>,
  ): Row<"balance"> => ({
    board,
    group,
    name: `Bestuur ${board}`,
    year,
    equity: BLANK,
    provisions: BLANK,
    longDebt: BLANK,
    shortDebt: BLANK,
    totalAssets: BLANK,
    totalLiabilities: BLANK,
    currentAssets: BLANK,
    ...b,
    line: 2,
  });
  const income = (board: string, group: string, year: number, i: Partial<Row<"income">>): Row<"income"> => ({
    board,
    group,
    name: `Bestuur ${board}`,
    year,
    govFunding: BLANK,
    staffCosts: BLANK,
    depreciation: BLANK,
    housingCosts: BLANK,
    result: BLANK,
    totalIncome: BLANK,
    totalCosts: BLANK,
    ...i,
    line: 2,
  });
  const pupils = (brin: string, board: string, n: Cell): Row<"fundingPupils2014"> => ({
    date: "20141001",
    brin,
    board,
    pupils: n,
    line: 2,
  });
  const f = financeSeries({
    balance: [
      balance("41001", "PO4", 2015, {
        equity: 4_000_000,
        provisions: 500_000,
        shortDebt: 1_500_000,
        totalLiabilities: 7_000_000,
        currentAssets: 3_496_207,
      }),
      balance("41001", "PO4", 2014, {
        equity: 3_900_000,
        shortDebt: 1_500_000,
        totalLiabilities: 6_500_000,
        currentAssets: 2_900_000,
      }),
      balance("41003", "PO1", 2015, { equity: 100_000, totalLiabilities: 1_000_000 }),
      balance("50001", "SWV", 2015, { equity: 900_000, totalLiabilities: 1_000_000 }),
    ],
    income: [
      income("41001", "PO4", 2015, {
        staffCosts: 8_000_000,
        housingCosts: 800_000,
        result: -118_284,
        totalIncome: 10_000_000,
        totalCosts: 10_200_000,
      }),
      income("41001", "PO4", 2014, {
        housingCosts: 700_000,
        result: 50_000,
        totalIncome: 9_750_000,
        totalCosts: 9_700_000,
      }),
      income("50001", "SWV", 2015, { result: 100_000, totalIncome: 1_800_000, totalCosts: 1_700_000 }),
    ],
    fundingPupils2014: [
      pupils("01AA", "41001", 260),
      pupils("01AB", "41001", 140),
      pupils("08HH", "41003", 88),
      pupils("08HI", "41003", STAR),
    ],
  });
  const at = (id: string, board: string) => plain(f[id]!)[board];

  it("financeSeries(t) solvabiliteit-1 = eigen vermogen ÷ totaal passiva", () => {
    expect(at("solvabiliteit-1", "41001")).toEqual([
      { year: 2014, value: 0.6 },
      { year: 2015, value: 0.5714285714285714 },
    ]);
  });

  it("financeSeries(t) solvabiliteit-2 = (eigen vermogen + voorzieningen) ÷ totaal passiva; a blank is not-reported, not 0", () => {
    expect(at("solvabiliteit-2", "41001")).toEqual([
      { year: 2014, missing: "not-reported" },
      { year: 2015, value: 0.6428571428571429 },
    ]);
  });

  it("financeSeries(t) liquiditeit = vlottende activa ÷ kortlopende schulden", () => {
    expect(at("liquiditeit", "41001")).toEqual([
      { year: 2014, value: 1.9333333333333333 },
      { year: 2015, value: 2.330804666666667 },
    ]);
  });

  it("financeSeries(t) rentabiliteit = resultaat ÷ totale baten × 100", () => {
    expect(at("rentabiliteit", "41001")).toEqual([
      { year: 2014, value: 0.5128205128205128 },
      { year: 2015, value: -1.18284 },
    ]);
  });

  it("financeSeries(t) weerstandsvermogen = eigen vermogen ÷ totale baten × 100; no income → not-in-source", () => {
    expect(at("weerstandsvermogen", "41001")).toEqual([
      { year: 2014, value: 40 },
      { year: 2015, value: 40 },
    ]);
    expect(at("weerstandsvermogen", "41003")).toEqual([{ year: 2015, missing: "not-in-source" }]);
  });

  it("financeSeries(t) personeels- and huisvestingslasten as % of totale lasten", () => {
    expect(at("personeelslasten-aandeel", "41001")).toEqual([
      { year: 2014, missing: "not-reported" },
      { year: 2015, value: 78.43137254901961 },
    ]);
    expect(at("huisvestingslasten-aandeel", "41001")).toEqual([
      { year: 2014, value: 7.216494845360824 },
      { year: 2015, value: 7.8431372549019605 },
    ]);
  });

  it("financeSeries(t) per-leerling figures exist for 2015 only, over the 1-10-2014 pupils", () => {
    expect(at("eigen-vermogen-per-leerling", "41001")).toEqual([{ year: 2015, value: 10_000, n: 400 }]);
    expect(at("baten-per-leerling", "41001")).toEqual([{ year: 2015, value: 25_000, n: 400 }]);
  });

  it("financeSeries(t) per-leerling is incomplete when a school's pupils are suppressed", () => {
    expect(at("eigen-vermogen-per-leerling", "41003")).toEqual([
      { year: 2015, missing: "incomplete", n: 88 },
    ]);
    expect(at("baten-per-leerling", "41003")).toEqual([{ year: 2015, missing: "not-in-source", n: 88 }]);
  });

  it("financeSeries(t) keeps SWV groepering rows apart from the board ratios", () => {
    expect(at("swv-eigen-vermogen", "50001")).toEqual([{ year: 2015, value: 900_000 }]);
    expect(at("swv-weerstandsvermogen", "50001")).toEqual([{ year: 2015, value: 50 }]);
    for (const id of ["solvabiliteit-1", "solvabiliteit-2", "weerstandsvermogen", "rentabiliteit"])
      expect(f[id]!.has("50001")).toBe(false);
    expect([...f["swv-eigen-vermogen"]!.keys()]).toEqual(["50001"]);
  });
});

describe("staffSeries", () => {
  const s = (board: string, brin: string, persons: Record<string, Cell>): Row<"staff"> => ({
    type: "BAO",
    board,
    brin,
    persons,
    line: 2,
  });
  const out = staffSeries([
    s("41001", "01AA", { "2019": 20, "2020": 21, "2021": 0, "2022": 22, "2023": 23 }),
    s("41001", "01AB", { "2019": STAR, "2020": 4, "2021": 0, "2022": 5, "2023": STAR }),
    s("41003", "08HH", { "2019": 0, "2020": 12, "2021": 13, "2022": 0, "2023": 0 }),
    s("41005", "09JJ", { "2019": 3, "2020": STAR, "2021": 4 }),
    s("41006", "10KK", { "2019": 0, "2020": 0 }),
  ]);

  it("staffSeries(rows) makes a whole-board-zero year between non-zero years board-level-staff", () => {
    expect(plain(out)["41001"]).toEqual([
      { year: 2019, value: 20, lowerBound: true, note: "niet meegeteld: 1 school/scholen afgeschermd" },
      { year: 2020, value: 25 },
      { year: 2021, missing: "board-level-staff" },
      { year: 2022, value: 27 },
      { year: 2023, value: 23, lowerBound: true, note: "niet meegeteld: 1 school/scholen afgeschermd" },
    ]);
  });

  it("staffSeries(rows) leaves out zero years before the first and after the last staffed year", () => {
    expect(plain(out)["41003"]).toEqual([
      { year: 2020, value: 12 },
      { year: 2021, value: 13 },
    ]);
    expect(out.has("41006")).toBe(false);
  });

  it("staffSeries(rows) makes a year with only * cells missing suppressed", () => {
    expect(plain(out)["41005"]).toEqual([
      { year: 2019, value: 3 },
      { year: 2020, missing: "suppressed" },
      { year: 2021, value: 4 },
    ]);
  });
});

describe("divideSeries", () => {
  it("divideSeries(a, b) divides exact values; lower bounds → incomplete; reasons carried over", () => {
    const a: SeriesMap = new Map([
      [
        "X",
        new Map<number, Point>([
          [2020, { year: 2020, value: 300 }],
          [2021, { year: 2021, value: 310, lowerBound: true }],
          [2022, { year: 2022, missing: "suppressed-small" }],
          [2023, { year: 2023, value: 100 }],
          [2024, { year: 2024, value: 100 }],
          [2025, { year: 2025, value: 100 }],
        ]),
      ],
      ["Y", new Map<number, Point>([[2020, { year: 2020, value: 1 }]])],
    ]);
    const b: SeriesMap = new Map([
      [
        "X",
        new Map<number, Point>([
          [2020, { year: 2020, value: 25 }],
          [2021, { year: 2021, value: 25 }],
          [2022, { year: 2022, value: 20 }],
          [2023, { year: 2023, missing: "board-level-staff" }],
          [2024, { year: 2024, value: 0 }],
        ]),
      ],
    ]);
    expect(plain(divideSeries(a, b))).toEqual({
      X: [
        { year: 2020, value: 12 },
        { year: 2021, missing: "incomplete" },
        { year: 2022, missing: "suppressed-small" },
        { year: 2023, missing: "board-level-staff" },
        { year: 2024, missing: "division-by-zero" },
      ],
    });
  });
});

describe("voPupilSeries with the 2024-2025 files (pupils and vavo apart)", () => {
  const row = (board: string, vest: string, pupils: Cell, vavo: Cell): Row<"voPupilsVavo"> => ({
    board,
    brin: vest.slice(0, 4),
    vest,
    name: "School",
    place: "PLAATS",
    municipality: "Plaats",
    province: "Utrecht",
    pupils,
    vavo,
    line: 2,
  });
  const out = voPupilSeries(
    {
      voPupilsBoard: new Map(),
      voPupils2016: [],
      voPupilsVavo: new Map([
        [
          2024,
          [
            row("42621", "11AB00", 500, 3),
            row("42621", "11AB01", 200, 0),
            row("41211", "22CD00", 900, SMALL),
          ],
        ],
      ]),
    },
    new Map(),
  );
  it("voPupilSeries(t, lists) adds the vavo count to the pupils, as the 2017-2022 TOTAAL column does", () => {
    expect(out.pupils.get("42621")!.get(2024)).toEqual({
      year: 2024,
      value: 703,
      source: "vo-leerlingen-bestuur-2024",
    });
    expect(out.vestigingen.get("42621")!.get(2024)).toEqual({ year: 2024, value: 2 });
  });
  it("voPupilSeries(t, lists) makes the total a lower bound when the vavo count is '<5', never counting it as 0 silently", () => {
    expect(out.pupils.get("41211")!.get(2024)).toEqual({
      year: 2024,
      value: 900,
      lowerBound: true,
      note: "niet meegeteld: 1 telling(en) afgeschermd (<5)",
      source: "vo-leerlingen-bestuur-2024",
    });
  });
});

describe("voPupilSeries: missing is never 0", () => {
  const vavo = (board: string, vest: string, pupils: Cell, vavoCount: Cell): Row<"voPupilsVavo"> => ({
    board,
    brin: vest.slice(0, 4),
    vest,
    name: "School",
    place: "PLAATS",
    municipality: "Plaats",
    province: "Utrecht",
    pupils,
    vavo: vavoCount,
    line: 2,
  });
  const total = (board: string, vest: string, cell: Cell) =>
    ({ board, brin: vest.slice(0, 4), vest, total: cell }) as unknown as Row<"voPupilsBoard">;
  const out = voPupilSeries(
    {
      voPupilsBoard: new Map([
        [
          2017,
          [total("40001", "11AB00", SMALL), total("40002", "22CD00", SMALL), total("40002", "22CD01", 40)],
        ],
      ]),
      voPupils2016: [
        { brin: "33EF", vest: "0", counts: { a: SMALL, b: SMALL }, line: 2 },
        { brin: "44GH", vest: "0", counts: { a: 12, b: SMALL }, line: 2 },
      ],
      voPupilsVavo: new Map([[2024, [vavo("40003", "55IJ00", SMALL, SMALL)]]]),
    },
    lists({ 2017: { "33EF00": "40004", "44GH00": "40005" } }),
  );

  it("voPupilSeries(t, lists) writes a board total with no known part as missing, not 0", () => {
    expect(out.pupils.get("40001")!.get(2017)).toEqual({
      year: 2017,
      missing: "suppressed-small",
      source: "vo-leerlingen-bestuur-2017",
    });
    expect(out.pupils.get("40003")!.get(2024)).toMatchObject({ year: 2024, missing: "suppressed-small" });
    expect(out.pupils.get("40004")!.get(2016)).toMatchObject({ year: 2016, missing: "suppressed-small" });
  });

  it("voPupilSeries(t, lists) writes a total with a suppressed part as at least the known sum, with the reason", () => {
    expect(out.pupils.get("40002")!.get(2017)).toEqual({
      year: 2017,
      value: 40,
      lowerBound: true,
      note: "niet meegeteld: 1 telling(en) afgeschermd (<5)",
      source: "vo-leerlingen-bestuur-2017",
    });
    expect(out.pupils.get("40005")!.get(2016)).toMatchObject({ value: 12, lowerBound: true });
  });
});
