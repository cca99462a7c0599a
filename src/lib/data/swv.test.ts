import { describe, expect, it } from "vitest";
import type { VestigingBoardLists } from "./compute.ts";
import type { Tables } from "./load.ts";
import type { Point } from "./series.ts";
import { buildSwvs, countSum, lastenTotal, SWV_SOURCE, type SwvTables } from "./swv.ts";
import type { Cell } from "./values.ts";

type Row<K extends keyof Tables> =
  Tables[K] extends Map<number, (infer R)[]> ? R : Tables[K] extends (infer R)[] ? R : never;

const SMALL: Cell = { missing: "suppressed-small" };
const BLANK: Cell = { missing: "not-reported" };

const bron = (vest: string, swv: string, board: string, total: Cell): Row<"bron2016"> => ({
  brin: vest.slice(0, 4),
  vest: vest.slice(4),
  name: `School ${vest}`,
  municipality: "AMSTELVEEN",
  province: "Noord-Holland",
  swv,
  board,
  total,
  line: 2,
});
const member = (code: string, vest: string, board: string): Row<"swvMembers2018"> => ({
  code,
  vest,
  name: `School ${vest}`,
  place: "AMSTELVEEN",
  brin: vest.slice(0, 4),
  board,
  line: 2,
});
const key = (board: string, year: number, group = "SWV", sector = "PO") => ({
  board,
  sector,
  group,
  name: `SWV ${board}`,
  year,
});
const balans = (board: string, year: number, equity: Cell, group = "SWV"): Row<"balans2015"> => ({
  ...key(board, year, group),
  equity,
  provisions: BLANK,
  longDebt: BLANK,
  shortDebt: BLANK,
  currentAssets: BLANK,
  totalAssets: BLANK,
  totalLiabilities: BLANK,
  line: 2,
});
const oldBalance = (board: string, year: number, equity: Cell, group = "SWV"): Row<"balance"> => ({
  board,
  group,
  name: `SWV ${board}`,
  year,
  equity,
  provisions: BLANK,
  longDebt: BLANK,
  shortDebt: BLANK,
  totalAssets: BLANK,
  totalLiabilities: BLANK,
  currentAssets: BLANK,
  line: 2,
});
const oldIncome = (
  board: string,
  year: number,
  totalIncome: Cell,
  totalCosts: Cell = BLANK,
): Row<"income"> => ({
  board,
  group: "SWV",
  name: `SWV ${board}`,
  year,
  govFunding: BLANK,
  staffCosts: BLANK,
  depreciation: BLANK,
  housingCosts: BLANK,
  result: BLANK,
  totalIncome,
  totalCosts,
  line: 2,
});
const batenLasten = (
  board: string,
  year: number,
  totalIncome: Cell,
  totalCosts: Cell,
): Row<"batenLasten2012"> => ({
  ...key(board, year),
  govFunding: BLANK,
  totalIncome,
  staffCosts: BLANK,
  depreciation: BLANK,
  housingCosts: BLANK,
  otherCosts: BLANK,
  totalCosts,
  result: BLANK,
  line: 2,
});
const lasten = (board: string, year: number, parts: Partial<Row<"lasten2014">>): Row<"lasten2014"> => ({
  ...key(board, year),
  staffCosts: BLANK,
  depreciation: BLANK,
  housingCosts: BLANK,
  otherCosts: BLANK,
  transfers: BLANK,
  ...parts,
  line: 2,
});
const kengetal = (board: string, year: number, weerstandsvermogen: Cell): Row<"kengetallen"> => ({
  ...key(board, year),
  solv1: BLANK,
  solv2: BLANK,
  rentabiliteit: BLANK,
  liquiditeit: BLANK,
  weerstandsvermogen,
  personeelRijks: BLANK,
  personeelLasten: BLANK,
  huisvestingsratio: BLANK,
  kapitalisatiefactor: BLANK,
  line: 2,
});

// PO2708 (finance board 21428) is in the 2018 lists; PO3001 only in BRON 2016; VO2508 (board 00819) from the vsv file.
const tables: SwvTables = {
  swvBoards2018: [
    {
      board: "21428",
      code: "PO2708",
      name: "Stichting  Amstelronde passend onderwijs",
      address: "Bouwerij 102",
      postcode: "1185XX",
      place: "AMSTELVEEN",
      website: "www.amstelronde.nl",
      line: 4,
    },
    {
      board: "00819",
      code: "VO2508",
      name: "Stichting Samenwerkingsverband Rivierenland",
      address: undefined,
      postcode: undefined,
      place: undefined,
      website: undefined,
      line: 2,
    },
  ],
  swvMembers2018: [
    member("PO2708", "01AA00", "40020"),
    member("PO2708", "01AA01", "40020"),
    member("PO2708", "02BB00", "41580"),
    member("PO2708", "03CC00", "41580"), // an sbo school: not in the BRON bo file, so no count
    member("PO2708", "04DD00", "30000"), // likewise
  ],
  bron2016: [
    bron("01AA00", "PO2708", "40020", 100),
    bron("01AA01", "PO2708", "40020", 50),
    bron("02BB00", "PO2708", "41580", SMALL),
    bron("05EE00", "PO3001", "40020", 80),
  ],
  vsv2015: [{ swv: "VO2508", brin: "10AA", vest: "00", pupils: 1000, vsv: 5, line: 2 }],
  voPupilsBoard: new Map(),
  soVso2013: [
    { code: "PO2708", brin: "26MN", total: 66, line: 3 },
    { code: "PO2708", brin: "26MW", total: 94, line: 4 },
    { code: "VO2508", brin: "26MN", total: BLANK, line: 5 },
  ],
  balance: [
    oldBalance("21428", 2014, 272452),
    oldBalance("21428", 2015, 653797),
    oldBalance("41061", 2014, 101928, "WSNS"), // a pre-2014 entity with no SWV code
  ],
  income: [oldIncome("21428", 2014, 650983), oldIncome("21428", 2015, 982519, 591258)],
  kengetallen: [kengetal("21428", 2014, 0.41852398603342944)],
  balans2012: [balans("21428", 2014, 272452), balans("21428", 2015, 653797), balans("21428", 2016, 725000)],
  balans2015: [
    balans("21428", 2015, 653797),
    balans("21428", 2016, 725080),
    balans("21428", 2017, 690259),
    balans("41061", 2015, 0),
  ],
  batenLasten2012: [batenLasten("21428", 2014, 650983, 378543), batenLasten("21428", 2016, 1042135, 972917)],
  lasten2014: [
    lasten("21428", 2016, { staffCosts: 791838, otherCosts: 181079 }),
    lasten("21428", 2017, { staffCosts: 851887, otherCosts: 162499, transfers: 5775183 }),
    lasten("21428", 2018, {}),
  ],
};
const voLists: VestigingBoardLists = new Map([[2017, new Map([["10AA00", "40100"]])]]);
const names = new Map([
  ["40020", "Stichting Amstelland"],
  ["41580", "AmstelWijs"],
  ["40100", "Vo-bestuur"],
]);
const built = buildSwvs(tables, voLists, names);
const swv = (code: string) => built.swvs.find((s) => s.code === code)!;
const points = (code: string, id: string): Point[] | undefined =>
  swv(code).series.find((s) => s.indicator === id)?.points;

describe("buildSwvs: one record per SWV code", () => {
  it("makes a record for every code in the lists, membership files and so/vso file", () => {
    expect(built.swvs.map((s) => [s.id, s.sector])).toEqual([
      ["po2708", "po"],
      ["po3001", "po"],
      ["vo2508", "vo"],
    ]);
  });

  it("takes name, address and website from the 2018 list, with the list's date, and its board number", () => {
    expect(swv("PO2708")).toMatchObject({
      name: "Stichting Amstelronde passend onderwijs",
      address: { street: "Bouwerij 102", postcode: "1185 XX", place: "Amstelveen" },
      website: "www.amstelronde.nl",
      listDate: "stand ca. april 2018",
      financeBoardId: "21428",
      redirectFrom: ["bg-21428"],
    });
    expect(swv("PO2708").nameNote).toContain("ca. april 2018");
    expect(swv("VO2508")).toMatchObject({
      name: "Stichting Samenwerkingsverband Rivierenland",
      financeBoardId: "00819",
    });
    expect(swv("VO2508").address).toBeUndefined();
    expect(swv("VO2508").redirectFrom).toBeUndefined(); // no page under bg-00819 existed
  });

  it("keeps the 'no name' note for a code the list lacks", () => {
    expect(swv("PO3001").name).toBeUndefined();
    expect(swv("PO3001").financeBoardId).toBeUndefined();
    expect(swv("PO3001").nameNote).toContain("staat niet in de open data");
  });
});

describe("buildSwvs: membership", () => {
  it("takes po members from the 2018 list (year 2018), with the 2016 counts of their vestigingen", () => {
    expect(swv("PO2708")).toMatchObject({
      year: 2018,
      membersSource: SWV_SOURCE.members2018,
      memberPupilsYear: 2016,
    });
    expect(points("PO2708", "swv-leden")).toEqual([{ year: 2018, value: 3, note: "stand ca. april 2018" }]);
    expect(swv("PO2708").members).toEqual([
      { board: "40020", name: "Stichting Amstelland", vestigingen: 2, pupils: 150 },
      // 02BB00 `<5` and 03CC00 without a count: no known count, so no number at all (never 0)
      { board: "41580", name: "AmstelWijs", vestigingen: 2, pupilsMissing: 2 },
      { board: "30000", name: "Bestuur 30000", vestigingen: 1, pupilsMissing: 1 },
    ]);
  });

  it("falls back to BRON 2016 only for a code the 2018 list lacks", () => {
    expect(swv("PO3001")).toMatchObject({ year: 2016, membersSource: SWV_SOURCE.bron2016 });
    expect(points("PO3001", "swv-leden")).toEqual([{ year: 2016, value: 1 }]);
    expect(swv("PO3001").members).toEqual([
      { board: "40020", name: "Stichting Amstelland", vestigingen: 1, pupils: 80 },
    ]);
  });

  it("does not add a missing pupil count as 0: the SWV total is a lower bound with a note", () => {
    expect(points("PO2708", "swv-leerlingen")).toEqual([
      { year: 2016, value: 150, lowerBound: true, note: "niet meegeteld: 1 vestiging(en) afgeschermd (<5)" },
    ]);
    expect(points("PO3001", "swv-leerlingen")).toEqual([{ year: 2016, value: 80 }]);
  });

  it("keeps vo members and vsv from the vsv file 2015", () => {
    expect(swv("VO2508").members).toEqual([
      { board: "40100", name: "Vo-bestuur", vestigingen: 1, pupils: 1000 },
    ]);
    expect(points("VO2508", "swv-vsv")).toEqual([{ year: 2015, value: 0.5, n: 1000 }]);
  });
});

describe("countSum", () => {
  it("sums known counts, marks a partial sum as a lower bound and an all-missing sum as missing", () => {
    expect(countSum(2016, [3, 4])).toEqual({ year: 2016, value: 7 });
    expect(countSum(2016, [3, SMALL, undefined])).toEqual({
      year: 2016,
      value: 3,
      lowerBound: true,
      note: "niet meegeteld: 2 vestiging(en) (1 niet in de bron, 1 afgeschermd (<5))",
    });
    expect(countSum(2016, [SMALL, SMALL])).toEqual({ year: 2016, missing: "suppressed-small" });
    expect(countSum(2016, [SMALL, BLANK])).toEqual({ year: 2016, missing: "incomplete" });
    expect(countSum(2016, [])).toEqual({ year: 2016, missing: "not-in-source" });
  });
});

describe("buildSwvs: so/vso 2013", () => {
  it("sums the (v)so schools per SWV code on 1 October 2013; a missing count stays missing", () => {
    expect(points("PO2708", "swv-so-vso-leerlingen")).toEqual([{ year: 2013, value: 160 }]);
    expect(points("VO2508", "swv-so-vso-leerlingen")).toEqual([{ year: 2013, missing: "not-reported" }]);
    expect(points("PO3001", "swv-so-vso-leerlingen")).toEqual([{ year: 2013, missing: "not-in-source" }]);
  });
});

describe("buildSwvs: finance per SWV code", () => {
  it("eigen vermogen: balans 2015-2019 first, then balans 2012-2016, then the old po balans; source on each point", () => {
    expect(points("PO2708", "swv-eigen-vermogen")).toEqual([
      { year: 2014, value: 272452, source: SWV_SOURCE.balans2012 },
      { year: 2015, value: 653797, source: SWV_SOURCE.balans2015 },
      { year: 2016, value: 725080, source: SWV_SOURCE.balans2015 },
      { year: 2017, value: 690259, source: SWV_SOURCE.balans2015 },
    ]);
  });

  it("weerstandsvermogen: DUO's kengetal (fraction → percent), the old po files only where it lacks the year", () => {
    expect(points("PO2708", "swv-weerstandsvermogen")).toEqual([
      { year: 2014, value: 41.852, source: SWV_SOURCE.kengetallen },
      { year: 2015, value: 66.543, source: SWV_SOURCE.poBalans }, // 653797 / 982519 × 100
    ]);
  });

  it("baten 2014-2016 and lasten: staat van baten en lasten first, else the sum of the lasten file", () => {
    expect(points("PO2708", "swv-baten")).toEqual([
      { year: 2014, value: 650983, source: SWV_SOURCE.batenLasten2012 },
      { year: 2015, value: 982519, source: SWV_SOURCE.poBatenLasten },
      { year: 2016, value: 1042135, source: SWV_SOURCE.batenLasten2012 },
    ]);
    expect(points("PO2708", "swv-lasten")).toEqual([
      { year: 2014, value: 378543, source: SWV_SOURCE.batenLasten2012 },
      { year: 2015, value: 591258, source: SWV_SOURCE.poBatenLasten },
      { year: 2016, value: 972917, source: SWV_SOURCE.batenLasten2012 },
      {
        year: 2017,
        value: 851887 + 162499 + 5775183,
        source: SWV_SOURCE.lasten2014,
        note: "som van de lastengroepen; niet ingevuld: afschrijvingen, huisvestingslasten",
      },
      { year: 2018, missing: "not-reported", source: SWV_SOURCE.lasten2014 },
    ]);
  });

  it("doorbetalingen and their share of the lasten; an empty post is missing, never 0", () => {
    expect(points("PO2708", "swv-doorbetalingen")).toEqual([
      { year: 2016, missing: "not-reported" },
      { year: 2017, value: 5775183 },
      { year: 2018, missing: "not-reported" },
    ]);
    expect(points("PO2708", "swv-doorbetalingen-aandeel")).toEqual([
      { year: 2016, missing: "not-reported" },
      { year: 2017, value: 85.06 }, // 5775183 / 6789569 × 100 = 85.0598…
      { year: 2018, missing: "not-reported" },
    ]);
  });

  it("lastenTotal: no group reported is missing", () => {
    expect(lastenTotal(lasten("1", 2018, {})).cell).toEqual({ missing: "not-reported" });
    expect(lastenTotal(lasten("1", 2018, { staffCosts: 5, transfers: 0 }))).toEqual({
      cell: 5,
      note: "som van de lastengroepen; niet ingevuld: afschrijvingen, huisvestingslasten, overige lasten",
    });
  });
});

describe("buildSwvs: coverage lines", () => {
  const line = (start: string) => built.joins.find((j) => j.what.startsWith(start));

  it("counts how often two files disagree for the same SWV and year", () => {
    expect(
      line("swv-eigen-vermogen 2015-2016: fin-balans-2015-2019 (used) and fin-balans-2012-2016"),
    ).toEqual({
      what: "swv-eigen-vermogen 2015-2016: fin-balans-2015-2019 (used) and fin-balans-2012-2016 differ for the same SWV and year, of 2 SWV-years in both",
      count: 1,
      examples: ["PO2708 2016: 725080 vs 725000"],
    });
    expect(line("swv-eigen-vermogen 2015: fin-balans-2015-2019 (used) and po-balans")?.count).toBe(0);
    expect(line("swv-eigen-vermogen 2014: fin-balans-2012-2016 (used) and po-balans")?.count).toBe(0);
    expect(line("swv-lasten 2016: fin-baten-lasten-2012-2016 (used) and fin-lasten-2014-2018")?.count).toBe(
      0,
    );
  });

  it("lists finance entities without an SWV code", () => {
    expect(line("po-balans: SWV entities")).toMatchObject({ count: 1, examples: ["41061"] });
    expect(line("fin-balans-2015-2019: SWV entities")).toMatchObject({ count: 1, examples: ["41061"] });
  });
});
