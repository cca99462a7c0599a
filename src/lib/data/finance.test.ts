import { describe, expect, it } from "vitest";
import { boardFinance, lastenTotal } from "./finance.ts";
import type { Tables } from "./load.ts";
import type { Cell } from "./values.ts";

type Row<K extends keyof Tables> = Tables[K] extends (infer R)[] ? R : never;
const BLANK: Cell = { missing: "not-reported" };

const key = (board: string, sector: string, year: number, group = sector === "VO" ? "SSG3" : "BO3") => ({
  board,
  sector,
  group,
  name: `Stichting ${board}`,
  year,
  line: 1,
});
const keng = (
  board: string,
  sector: string,
  year: number,
  v: Partial<Row<"kengetallen">> = {},
): Row<"kengetallen"> => ({
  ...key(board, sector, year),
  solv1: BLANK,
  solv2: BLANK,
  rentabiliteit: BLANK,
  liquiditeit: BLANK,
  weerstandsvermogen: BLANK,
  personeelRijks: BLANK,
  personeelLasten: BLANK,
  huisvestingsratio: BLANK,
  kapitalisatiefactor: BLANK,
  ...v,
});
const balans = (
  board: string,
  sector: string,
  year: number,
  v: Partial<Row<"balans2015">> = {},
): Row<"balans2015"> => ({
  ...key(board, sector, year),
  equity: BLANK,
  provisions: BLANK,
  longDebt: BLANK,
  shortDebt: BLANK,
  currentAssets: BLANK,
  totalAssets: BLANK,
  totalLiabilities: BLANK,
  ...v,
});
const lasten = (
  board: string,
  sector: string,
  year: number,
  v: Partial<Row<"lasten2014">> = {},
): Row<"lasten2014"> => ({
  ...key(board, sector, year),
  staffCosts: BLANK,
  depreciation: BLANK,
  housingCosts: BLANK,
  otherCosts: BLANK,
  transfers: BLANK,
  ...v,
});
const empty = {
  balance: [],
  income: [],
  fundingPupils2014: [],
  kengetallen: [],
  balans2012: [],
  batenLasten2012: [],
  balans2015: [],
  lasten2014: [],
} satisfies Parameters<typeof boardFinance>[0];

describe("boardFinance", () => {
  it("boardFinance(t) takes DUO's kengetal first and the balans 2015-2019 only for years the kengetallen lack, naming the source", () => {
    const f = boardFinance({
      ...empty,
      kengetallen: [keng("41211", "VO", 2016, { solv1: 0.4 })],
      balans2015: [
        balans("41211", "VO", 2016, { equity: 41, totalLiabilities: 100 }),
        balans("41211", "VO", 2017, { equity: 30, totalLiabilities: 100 }),
      ],
    });
    const pts = [...f.series["solvabiliteit-1"]!.vo.get("41211")!.values()];
    expect(pts).toEqual([
      { year: 2016, value: 0.4, source: "fin-kengetallen-2012-2016" },
      { year: 2017, value: 0.3, source: "fin-balans-2015-2019" },
    ]);
    expect(f.series["solvabiliteit-1"]!.po.size).toBe(0);
  });

  it("boardFinance(t) counts where two files disagree by more than 0.5%, and where they agree", () => {
    const f = boardFinance({
      ...empty,
      kengetallen: [keng("00001", "PO", 2016, { solv1: 0.5 }), keng("00002", "PO", 2016, { solv1: 0.5 })],
      balans2015: [
        balans("00001", "PO", 2016, { equity: 50, totalLiabilities: 100 }),
        balans("00002", "PO", 2016, { equity: 60, totalLiabilities: 100 }),
      ],
    });
    expect(f.differences).toEqual([
      {
        indicator: "solvabiliteit-1",
        chosen: "fin-kengetallen-2012-2016",
        other: "fin-balans-2015-2019",
        compared: 2,
        differ: 1,
        examples: [{ board: "00002", year: 2016, chosen: 0.5, other: 0.6 }],
      },
    ]);
  });

  it("boardFinance(t) falls back to a later source when the first has the row but not the value, and never writes 0 for a blank", () => {
    const f = boardFinance({
      ...empty,
      kengetallen: [keng("00001", "PO", 2016)],
      balans2015: [
        balans("00001", "PO", 2016, { equity: 5, totalLiabilities: 20 }),
        balans("00003", "PO", 2017),
      ],
    });
    expect(f.series["solvabiliteit-1"]!.po.get("00001")!.get(2016)).toEqual({
      year: 2016,
      value: 0.25,
      source: "fin-balans-2015-2019",
    });
    expect(f.series["eigen-vermogen"]!.po.get("00003")!.get(2017)).toEqual({
      year: 2017,
      missing: "not-reported",
      source: "fin-balans-2015-2019",
    });
  });

  it("boardFinance(t) leaves SWV rows and other sectors (mbo, ho) out", () => {
    const f = boardFinance({
      ...empty,
      balans2015: [
        { ...balans("00819", "VO", 2017, { equity: 1, totalLiabilities: 2 }), group: "SWV" },
        balans("00008", "WO", 2017, { equity: 1, totalLiabilities: 2 }),
      ],
    });
    expect(f.series["solvabiliteit-1"]!.vo.size + f.series["solvabiliteit-1"]!.po.size).toBe(0);
  });

  it("boardFinance(t) computes cost shares 2017-2018 over the sum of the lasten file's main items", () => {
    const f = boardFinance({
      ...empty,
      lasten2014: [
        lasten("00001", "PO", 2017, { staffCosts: 80, depreciation: 5, housingCosts: 10, otherCosts: 5 }),
        lasten("00002", "PO", 2017, { staffCosts: 80, housingCosts: 10, otherCosts: 5 }),
      ],
    });
    expect(f.series["personeelslasten-aandeel"]!.po.get("00001")!.get(2017)!.value).toBeCloseTo(80);
    // A blank main item makes the total unknown: the share is missing, not computed over a smaller total.
    expect(f.series["personeelslasten-aandeel"]!.po.get("00002")!.get(2017)).toMatchObject({
      missing: "not-reported",
    });
  });

  it("lastenTotal(r) adds doorbetalingen where reported and treats that item (SWVs only) as absent otherwise", () => {
    expect(
      lastenTotal(
        lasten("1", "PO", 2017, { staffCosts: 1, depreciation: 2, housingCosts: 3, otherCosts: 4 }),
      ),
    ).toBe(10);
    expect(
      lastenTotal(
        lasten("1", "PO", 2017, {
          staffCosts: 1,
          depreciation: 2,
          housingCosts: 3,
          otherCosts: 4,
          transfers: 90,
        }),
      ),
    ).toBe(100);
  });
});
