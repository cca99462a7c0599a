import { quantile } from "d3";
import { describe, expect, it } from "vitest";
import type { PeerFile } from "../data/output.ts";
import {
  compareIndicator,
  distributionOf,
  emptyCriteria,
  latestByBoard,
  selectPeers,
  similarBoards,
  trendAgainstGroup,
  valueAt,
  type Criteria,
} from "./peers.ts";

// A hand-made peer file. Index: what the board is there to test.
//  0 Alfa     po, the board under comparison
//  1 Beta     po, large, other municipality and denomination
//  2 Gamma    po, small, other province; no pupils in the latest year (2023)
//  3 Delta    po, inactive
//  4 Epsilon  vo only
//  5 Zeta     po and vo, much like Alfa
//  6 Eta      po, no province, municipality or denomination; no aandeel-speciaal
//  7 Theta    po, no pupils at all
const FILE: PeerFile = {
  boards: [
    {
      id: "10001",
      n: "Stichting Alfa",
      s: ["po"],
      c: { po: "po-2" },
      p: "Utrecht",
      m: "Utrecht",
      d: "Openbaar",
      w: ["PO2601"],
      a: true,
    },
    {
      id: "10002",
      n: "Stichting Beta",
      s: ["po"],
      c: { po: "po-4" },
      p: "Utrecht",
      m: "Amersfoort",
      d: "Rooms-Katholiek",
      w: ["PO2602"],
      a: true,
    },
    {
      id: "10003",
      n: "Stichting Gamma",
      s: ["po"],
      c: { po: "po-1" },
      p: "Noord-Holland",
      m: "Amsterdam",
      d: "Protestants-Christelijk",
      w: ["PO2701"],
      a: true,
    },
    {
      id: "10004",
      n: "Stichting Delta",
      s: ["po"],
      c: { po: "po-2" },
      p: "Utrecht",
      m: "Utrecht",
      d: "Openbaar",
      w: ["PO2601", "PO2602"],
      a: false,
    },
    {
      id: "10005",
      n: "Stichting Epsilon",
      s: ["vo"],
      c: { vo: "vo-2" },
      p: "Utrecht",
      m: "Utrecht",
      d: "Openbaar",
      w: ["VO2601"],
      a: true,
    },
    {
      id: "10006",
      n: "Stichting Zeta",
      s: ["po", "vo"],
      c: { po: "po-2", vo: "vo-1" },
      p: "Utrecht",
      m: "Utrecht",
      d: "Openbaar",
      w: ["PO2601", "VO2601"],
      a: true,
    },
    { id: "10007", n: "Stichting Eta", s: ["po"], c: { po: "po-2" }, w: [], a: true },
    { id: "10008", n: "Stichting Theta", s: ["po"], c: {}, p: "Utrecht", w: [], a: true },
  ],
  indicators: {
    "leerlingen|po": {
      years: [2021, 2022, 2023],
      rows: [
        [0, 1000, 1100, 1200],
        [1, 5000, 5100, 5200],
        [2, 150, 140, null],
        [3, 900, null, null],
        [5, 1150, 1180, 1210],
        [6, null, 800, 810],
      ],
    },
    "leerlingen|vo": {
      years: [2022],
      rows: [
        [4, 2000],
        [5, 600],
      ],
    },
    "achterstandsscore|po": {
      years: [2022, 2023],
      rows: [
        [0, 30.1, 30.5],
        [1, 28, 29],
        [2, 34, null],
        [5, null, 30.2],
        [6, 31, 31],
        [7, 30.5, 30.5],
      ],
    },
    "aandeel-speciaal|po": {
      years: [2023],
      rows: [
        [0, 2],
        [1, 0],
        [2, 100],
        [3, 50],
        [5, 1.5],
        [7, 2],
      ],
    },
  },
};

const po = (c: Partial<Criteria> = {}): Criteria => ({ ...emptyCriteria("po"), ...c });

describe("latestByBoard", () => {
  it("latestByBoard(file, key) takes each board's last year with a value", () => {
    expect(latestByBoard(FILE, "leerlingen|po")).toEqual(
      new Map([
        [0, { year: 2023, value: 1200 }],
        [1, { year: 2023, value: 5200 }],
        [2, { year: 2022, value: 140 }],
        [3, { year: 2021, value: 900 }],
        [5, { year: 2023, value: 1210 }],
        [6, { year: 2023, value: 810 }],
      ]),
    );
  });

  it("latestByBoard(file, key) keeps a real 0", () => {
    expect(latestByBoard(FILE, "aandeel-speciaal|po").get(1)).toEqual({ year: 2023, value: 0 });
  });

  it("latestByBoard(file, key) of an unknown key is an empty map", () => {
    expect(latestByBoard(FILE, "onbekend|po").size).toBe(0);
  });
});

describe("valueAt", () => {
  it("valueAt(file, key, board, year) reads one cell", () => {
    expect(valueAt(FILE, "leerlingen|po", 2, 2021)).toBe(150);
    expect(valueAt(FILE, "aandeel-speciaal|po", 1, 2023)).toBe(0);
  });

  it("valueAt(file, key, board, year) is undefined for null, a missing row, year or key", () => {
    expect(valueAt(FILE, "leerlingen|po", 2, 2023)).toBeUndefined();
    expect(valueAt(FILE, "leerlingen|po", 7, 2023)).toBeUndefined();
    expect(valueAt(FILE, "leerlingen|po", 0, 2020)).toBeUndefined();
    expect(valueAt(FILE, "onbekend|po", 0, 2023)).toBeUndefined();
  });
});

describe("selectPeers", () => {
  it("selectPeers(file, board, emptyCriteria) is every active board of the sector but the board itself", () => {
    expect(selectPeers(FILE, 0, po())).toEqual([1, 2, 5, 6, 7]);
  });

  it("selectPeers(file, board, {activeOnly: false}) also takes inactive boards", () => {
    expect(selectPeers(FILE, 0, po({ activeOnly: false }))).toEqual([1, 2, 3, 5, 6, 7]);
  });

  it("selectPeers(file, board, c) never puts the board itself in its group", () => {
    for (let board = 0; board < FILE.boards.length; board++) {
      expect(selectPeers(FILE, board, po({ activeOnly: false }))).not.toContain(board);
      expect(selectPeers(FILE, board, po({ include: [FILE.boards[board]!.id] }))).not.toContain(board);
    }
  });

  it("selectPeers(file, board, c) leaves out boards of the other sector", () => {
    expect(selectPeers(FILE, 0, po({ activeOnly: false }))).not.toContain(4);
    expect(selectPeers(FILE, 4, emptyCriteria("vo"))).toEqual([5]);
    expect(selectPeers(FILE, 5, emptyCriteria("vo"))).toEqual([4]);
  });

  it("selectPeers(file, board, {sizeClasses}) matches the size class of the sector", () => {
    expect(selectPeers(FILE, 0, po({ sizeClasses: ["po-2"] }))).toEqual([5, 6]);
    expect(selectPeers(FILE, 0, po({ sizeClasses: ["po-1", "po-4"] }))).toEqual([1, 2]);
    expect(selectPeers(FILE, 4, { ...emptyCriteria("vo"), sizeClasses: ["vo-1"] })).toEqual([5]);
    expect(selectPeers(FILE, 4, { ...emptyCriteria("vo"), sizeClasses: ["vo-2"] })).toEqual([]);
  });

  it("selectPeers(file, board, {provinces}) leaves out boards without a province", () => {
    expect(selectPeers(FILE, 0, po({ provinces: ["Utrecht"] }))).toEqual([1, 5, 7]);
    expect(selectPeers(FILE, 0, po({ provinces: ["Noord-Holland"] }))).toEqual([2]);
  });

  it("selectPeers(file, board, {municipalities}) matches the municipality", () => {
    expect(selectPeers(FILE, 0, po({ municipalities: ["Utrecht"] }))).toEqual([5]);
    expect(selectPeers(FILE, 0, po({ municipalities: ["Utrecht", "Amersfoort"] }))).toEqual([1, 5]);
  });

  it("selectPeers(file, board, {denominations}) matches the denomination", () => {
    expect(selectPeers(FILE, 0, po({ denominations: ["Openbaar"] }))).toEqual([5]);
    expect(
      selectPeers(FILE, 0, po({ denominations: ["Rooms-Katholiek", "Protestants-Christelijk"] })),
    ).toEqual([1, 2]);
  });

  it("selectPeers(file, board, {swv}) takes boards in any of the samenwerkingsverbanden", () => {
    expect(selectPeers(FILE, 0, po({ swv: ["PO2602"] }))).toEqual([1]);
    expect(selectPeers(FILE, 0, po({ swv: ["PO2602"], activeOnly: false }))).toEqual([1, 3]);
    expect(selectPeers(FILE, 0, po({ swv: ["PO2601", "PO2701"] }))).toEqual([2, 5]);
  });

  it("selectPeers(file, board, {pupilsMin, pupilsMax}) uses the latest pupils; boards without are left out", () => {
    expect(selectPeers(FILE, 0, po({ pupilsMin: 1000 }))).toEqual([1, 5]);
    expect(selectPeers(FILE, 0, po({ pupilsMax: 1000 }))).toEqual([2, 6]);
    expect(selectPeers(FILE, 0, po({ pupilsMin: 500, pupilsMax: 2000 }))).toEqual([5, 6]);
    expect(selectPeers(FILE, 0, po({ pupilsMin: 810, pupilsMax: 810 }))).toEqual([6]);
    expect(selectPeers(FILE, 4, { ...emptyCriteria("vo"), pupilsMin: 1000 })).toEqual([]);
  });

  it("selectPeers(file, board, {achterstandMin, achterstandMax}) uses the latest score; boards without are left out", () => {
    expect(selectPeers(FILE, 0, po({ achterstandMin: 30.3 }))).toEqual([2, 6, 7]);
    expect(selectPeers(FILE, 0, po({ achterstandMax: 30.3 }))).toEqual([1, 5]);
    expect(selectPeers(FILE, 0, po({ achterstandMin: 30, achterstandMax: 31 }))).toEqual([5, 6, 7]);
  });

  it("selectPeers(file, board, c) combines criteria", () => {
    expect(selectPeers(FILE, 0, po({ provinces: ["Utrecht"], pupilsMin: 1000 }))).toEqual([1, 5]);
    expect(selectPeers(FILE, 0, po({ provinces: ["Utrecht"], sizeClasses: ["po-4"] }))).toEqual([1]);
  });

  it("selectPeers(file, board, {include}) takes picked boards even outside the criteria or inactive", () => {
    expect(selectPeers(FILE, 0, po({ provinces: ["Utrecht"], include: ["10003"] }))).toEqual([1, 2, 5, 7]);
    expect(selectPeers(FILE, 0, po({ sizeClasses: ["po-4"], include: ["10004"] }))).toEqual([1, 3]);
  });

  it("selectPeers(file, board, {include}) does not take a picked board of the other sector", () => {
    expect(selectPeers(FILE, 0, po({ onlyPicked: true, include: ["10005", "10002"] }))).toEqual([1]);
  });

  it("selectPeers(file, board, {onlyPicked}) takes the picks and nothing else", () => {
    expect(selectPeers(FILE, 0, po({ onlyPicked: true, include: ["10006", "10003"] }))).toEqual([2, 5]);
    expect(selectPeers(FILE, 0, po({ onlyPicked: true }))).toEqual([]);
  });
});

describe("similarBoards", () => {
  it("similarBoards(file, board, 'po', k) lists active boards of the sector nearest first", () => {
    const similar = similarBoards(FILE, 0, "po", 10);
    // 3 is inactive, 4 is vo only, 7 has no pupils.
    expect(similar.map((s) => s.index)).toEqual([5, 6, 1, 2]);
    const d = similar.map((s) => s.distance);
    expect([...d].sort((a, b) => a - b)).toEqual(d);
    expect(similar[0]!.distance).toBeCloseTo(0.108, 3);
  });

  it("similarBoards(file, board, sector, k) returns at most k boards", () => {
    expect(similarBoards(FILE, 0, "po", 2).map((s) => s.index)).toEqual([5, 6]);
    expect(similarBoards(FILE, 0, "po", 0)).toEqual([]);
  });

  it("similarBoards(file, board, sector, k) names the features it could compare", () => {
    const [zeta, eta] = similarBoards(FILE, 0, "po", 2);
    expect(zeta!.used).toEqual([
      "aantal leerlingen (logaritmisch)",
      "CBS-achterstandsscore",
      "aandeel leerlingen in sbo/so/vso",
    ]);
    expect(eta!.used).toEqual(["aantal leerlingen (logaritmisch)", "CBS-achterstandsscore"]);
  });

  it("similarBoards(file, board, sector, k) of a board without any feature is empty", () => {
    expect(similarBoards(FILE, 4, "po", 10)).toEqual([]);
  });

  describe("with a missing feature", () => {
    // vo: pupils (weight 0.7) and vestigingen (0.3), both on a log scale.
    const board = (id: string) => ({ id, n: id, s: ["vo" as const], c: {}, w: [], a: true });
    const file: PeerFile = {
      boards: ["20000", "20001", "20002", "20003", "20004", "20005", "20006", "20007"].map(board),
      indicators: {
        "leerlingen|vo": {
          years: [2022],
          rows: [
            [0, 1000],
            [1, 1000],
            [2, 1000],
            [3, 100],
            [4, 100],
            [6, 0],
            [7, 50_000],
          ],
        },
        "vestigingen|vo": {
          years: [2022],
          // 7 spreads the values, so board 0's z-score is not 0 and a missing value taken as 0 would show.
          rows: [
            [0, 4],
            [2, 4],
            [3, 4],
            [5, 4],
            [6, 4],
            [7, 40],
          ],
        },
      },
    };

    it("similarBoards(file, board, sector, k) compares on the rest, never as 0, and breaks ties by index", () => {
      const similar = similarBoards(file, 0, "vo", 10);
      // 5 has no pupils and 6 has 0 (no logarithm): both left out.
      expect(similar.map((s) => s.index)).toEqual([1, 2, 3, 4, 7]);
      expect(similar[0]).toEqual({ index: 1, distance: 0, used: ["aantal leerlingen (logaritmisch)"] });
      expect(similar[1]).toEqual({
        index: 2,
        distance: 0,
        used: ["aantal leerlingen (logaritmisch)", "aantal vestigingen"],
      });
    });

    it("similarBoards(file, board, sector, k) rescales the weights of the features it could compare", () => {
      const [, , both, pupilsOnly] = similarBoards(file, 0, "vo", 10);
      // Same pupil gap; 3 also has an equal vestigingen (weight 0.3, gap 0): √(0.7·d² / 1) against √(0.7·d² / 0.7).
      expect(both!.index).toBe(3);
      expect(pupilsOnly!.index).toBe(4);
      expect(pupilsOnly!.distance / both!.distance).toBeCloseTo(1 / Math.sqrt(0.7), 12);
    });

    it("similarBoards(file, board, sector, k) of a board without pupils is empty", () => {
      expect(similarBoards(file, 5, "vo", 10)).toEqual([]);
    });

    it("similarBoards(file, board, sector, k) breaks equal distances by index whatever the order of the rows", () => {
      const tied: PeerFile = {
        boards: ["30000", "30001", "30002", "30003"].map(board),
        indicators: {
          "leerlingen|vo": {
            years: [2022],
            rows: [
              [3, 500],
              [0, 1000],
              [2, 500],
              [1, 500],
            ],
          },
        },
      };
      expect(similarBoards(tied, 0, "vo", 10).map((s) => s.index)).toEqual([1, 2, 3]);
    });
  });
});

describe("distributionOf", () => {
  it("distributionOf(values) has d3's R-7 quartiles of a known list", () => {
    const values = [7, 1, 10, 3, 5, 9, 2, 8, 4, 6];
    expect(distributionOf(values)).toEqual({ n: 10, q1: 3.25, median: 5.5, q3: 7.75, min: 1, max: 10 });
    const d = distributionOf(values)!;
    expect([d.q1, d.median, d.q3]).toEqual([
      quantile(values, 0.25),
      quantile(values, 0.5),
      quantile(values, 0.75),
    ]);
  });

  it("distributionOf(values) handles ties", () => {
    expect(distributionOf([2, 5, 2, 2])).toEqual({ n: 4, q1: 2, median: 2, q3: 2.75, min: 2, max: 5 });
  });

  it("distributionOf([v]) is v everywhere", () => {
    expect(distributionOf([0.42])).toEqual({ n: 1, q1: 0.42, median: 0.42, q3: 0.42, min: 0.42, max: 0.42 });
  });

  it("distributionOf([]) is undefined", () => {
    expect(distributionOf([])).toBeUndefined();
  });

  it("distributionOf(values) leaves its input in order", () => {
    const values = [3, 1, 2];
    distributionOf(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("compareIndicator", () => {
  it("compareIndicator(file, key, board, group) leaves out peers without a value in the board's year and counts them", () => {
    const r = compareIndicator(FILE, "leerlingen|po", 0, [1, 2, 3, 5, 7]);
    expect(r.year).toBe(2023);
    expect(r.value).toBe(1200);
    // 2 has a value in 2022 only, 3 in 2021 only, 7 none at all: not their latest year, but none.
    expect(r.result.values).toEqual([
      { index: 1, value: 5200 },
      { index: 5, value: 1210 },
    ]);
    expect(r.result.withoutValue).toBe(3);
    expect(r.result.distribution).toEqual(distributionOf([5200, 1210]));
    expect(r.result.position).toMatchObject({ others: 2, lower: 0, higher: 2, equal: 0, pctLower: 0 });
    expect(r.result.position?.median).toBe(1210);
  });

  it("compareIndicator(file, key, board, group) compares in the board's own latest year", () => {
    const r = compareIndicator(FILE, "leerlingen|po", 2, [0, 1, 5]);
    expect(r.year).toBe(2022);
    expect(r.result.values).toEqual([
      { index: 0, value: 1100 },
      { index: 1, value: 5100 },
      { index: 5, value: 1180 },
    ]);
  });

  it("compareIndicator(file, key, board, []) has no distribution and no position", () => {
    const r = compareIndicator(FILE, "leerlingen|po", 0, []);
    expect(r).toEqual({ year: 2023, value: 1200, result: { values: [], withoutValue: 0 } });
  });

  it("compareIndicator(file, key, board, [one]) has a distribution of one and a position among one", () => {
    const r = compareIndicator(FILE, "leerlingen|po", 0, [6]);
    expect(r.result.distribution).toEqual({ n: 1, q1: 810, median: 810, q3: 810, min: 810, max: 810 });
    expect(r.result.position).toMatchObject({ others: 1, lower: 1, higher: 0, equal: 0, pctLower: 100 });
  });

  it("compareIndicator(file, key, board, group) with only peers without a value has no distribution", () => {
    const r = compareIndicator(FILE, "leerlingen|po", 0, [2, 3]);
    expect(r.result).toEqual({ values: [], withoutValue: 2 });
  });

  it("compareIndicator(file, key, board, group) for a board without a value counts the whole group as without", () => {
    expect(compareIndicator(FILE, "leerlingen|po", 7, [0, 1])).toEqual({
      result: { values: [], withoutValue: 2 },
    });
    expect(compareIndicator(FILE, "onbekend|po", 0, [1])).toEqual({
      result: { values: [], withoutValue: 1 },
    });
  });
});

describe("trendAgainstGroup", () => {
  it("trendAgainstGroup(file, key, board, group) gives per year the board and the group's quartiles", () => {
    expect(trendAgainstGroup(FILE, "leerlingen|po", 0, [1, 2, 5])).toEqual([
      { year: 2021, board: 1000, ...quartiles([5000, 150, 1150]), n: 3 },
      { year: 2022, board: 1100, ...quartiles([5100, 140, 1180]), n: 3 },
      { year: 2023, board: 1200, ...quartiles([5200, 1210]), n: 2 },
    ]);
  });

  it("trendAgainstGroup(file, key, board, group) leaves out the board's missing years and empty groups", () => {
    expect(trendAgainstGroup(FILE, "leerlingen|po", 2, [3])).toEqual([
      { year: 2021, board: 150, median: 900, q1: 900, q3: 900, n: 1 },
      { year: 2022, board: 140, n: 0 },
      { year: 2023, n: 0 },
    ]);
  });

  it("trendAgainstGroup(file, key, board, group) of an unknown key is empty", () => {
    expect(trendAgainstGroup(FILE, "onbekend|po", 0, [1])).toEqual([]);
  });
});

function quartiles(values: number[]) {
  const d = distributionOf(values)!;
  return { median: d.median, q1: d.q1, q3: d.q3 };
}

describe("prototype keys as indicator keys", () => {
  it("latestByBoard(file, key) and compareIndicator(...) treat prototype keys as unknown indicators", () => {
    for (const key of ["__proto__", "constructor", "hasOwnProperty", "toString"]) {
      expect(latestByBoard(FILE, key).size).toBe(0);
      expect(valueAt(FILE, key, 0, 2023)).toBeUndefined();
      expect(compareIndicator(FILE, key, 0, [1, 2]).value).toBeUndefined();
      expect(trendAgainstGroup(FILE, key, 0, [1, 2])).toEqual([]);
    }
  });
});
