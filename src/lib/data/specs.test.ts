// Each DUO file format, as a tiny fixture, read through its table spec.
import { describe, expect, it } from "vitest";
import { encode, fixture, fixtureText } from "../../../test/helpers/fixtures.ts";
import * as S from "./specs.ts";
import { readTable } from "./table.ts";

describe("balanceSpec and incomeSpec", () => {
  it("readTable(bytes, file, balanceSpec) reads the cp1252 balans with dot thousands and blanks as not-reported", () => {
    const r = readTable(fixture("po-balans.csv", { encoding: "windows-1252" }), "balans.csv", S.balanceSpec);
    expect(r.encoding).toBe("windows-1252");
    expect(r.headers[4]).toBe("1.1 - IMMATERIËLE VASTE ACTIVA");
    expect(r.rejected).toEqual([]);
    expect(r.rows[0]).toEqual({
      board: "41001",
      group: "PO4",
      name: "Stg Openbaar Onderwijs Maasstad",
      year: 2015,
      equity: 4_000_000,
      provisions: 500_000,
      longDebt: 1_000_000,
      shortDebt: 1_500_000,
      totalAssets: 7_000_000,
      totalLiabilities: 7_000_000,
      currentAssets: 3_496_207,
      line: 2,
    });
    expect(r.rows[1]!.provisions).toEqual({ missing: "not-reported" });
    expect(r.rows.map((x) => [x.board, x.group, x.year])).toEqual([
      ["41001", "PO4", 2015],
      ["41001", "PO4", 2014],
      ["50001", "SWV", 2015],
    ]);
  });

  it("readTable(bytes, file, incomeSpec) reads -118.284 as -118284", () => {
    const r = readTable(fixture("po-baten-lasten.csv", { encoding: "windows-1252" }), "bl.csv", S.incomeSpec);
    expect(r.rows[0]).toMatchObject({ result: -118_284, totalIncome: 10_000_000, totalCosts: 10_200_000 });
    expect(r.rows[1]).toMatchObject({ group: "SWV", staffCosts: { missing: "not-reported" } });
  });

  it("readTable(bytes, file, balanceSpec) counts an exact repeat of a board and year once", () => {
    const text = fixtureText("po-balans.csv");
    const dup = text + text.split("\n")[1] + "\n";
    expect(readTable(encode(dup), "b.csv", S.balanceSpec).rejected).toEqual([
      { file: "b.csv", line: 5, reason: "exact duplicate of line 2 (counted once)" },
    ]);
  });
});

describe("fundingPupilsSpec", () => {
  it("readTable(bytes, file, fundingPupilsSpec) reads a CR-only file with 148.099,21 amounts and rejects a blank board", () => {
    const r = readTable(
      fixture("po-personele-bekostiging.csv", { eol: "cr" }),
      "pb.csv",
      S.fundingPupilsSpec,
    );
    expect(r.rows).toEqual([
      { date: "20141001", brin: "01AA", board: "41001", pupils: 260, line: 2 },
      { date: "20141001", brin: "08HH", board: "41003", pupils: 88, line: 3 },
    ]);
    expect(r.rejected).toEqual([
      {
        file: "pb.csv",
        line: 4,
        column: 3,
        field: "BEVOEGD_GEZAG_NUMMER",
        reason: 'not a bevoegd-gezag number: " "',
      },
    ]);
  });
});

describe("exam specs", () => {
  it("readTable(bytes, file, exam2014Spec) reads TOTAAL candidates and passes per school year (83,3% and ,0% accepted)", () => {
    const r = readTable(
      fixture("vo-examens-2014-2019.csv", { encoding: "windows-1252" }),
      "e.csv",
      S.exam2014Spec,
    );
    expect(r.rejected).toEqual([]);
    expect(r.rows[0]).toEqual({
      brin: "11AB",
      vest: "11AB00",
      type: "HAVO",
      candidates: { "2014": 22, "2018": 20 },
      passed: { "2014": 19, "2018": 18 },
      line: 2,
    });
  });

  it("readTable(bytes, file, exam2014Spec) rejects a bad percentage with its column", () => {
    const text = fixtureText("vo-examens-2014-2019.csv").replace("86,4%", "86.4%");
    expect(readTable(encode(text), "e.csv", S.exam2014Spec).rejected).toEqual([
      {
        file: "e.csv",
        line: 2,
        column: 19,
        field: "SLAAGPERC SCHOOLJAAR 2014-2015 - TOTAAL",
        reason: 'not a Dutch number: "86.4%"',
      },
    ]);
  });

  it("readTable(bytes, file, exam2019Spec) reads the all-quoted file with 90.9 and <5", () => {
    const r = readTable(fixture("vo-examens-2019-2024.csv", { eol: "crlf" }), "e.csv", S.exam2019Spec);
    expect(r.rejected).toEqual([]);
    expect(r.rows.map(({ vest, type, candidates, passed }) => ({ vest, type, candidates, passed }))).toEqual([
      {
        vest: "11AB00",
        type: "HAVO",
        candidates: { "2019": 25, "2023": 11 },
        passed: { "2019": 24, "2023": 10 },
      },
      {
        vest: "11AB00",
        type: "VMBO",
        candidates: { "2019": { missing: "suppressed-small" }, "2023": { missing: "suppressed-small" } },
        passed: { "2019": { missing: "suppressed-small" }, "2023": { missing: "suppressed-small" } },
      },
      {
        vest: "12CD00",
        type: "VWO",
        candidates: { "2019": 40, "2023": 40 },
        passed: { "2019": 39, "2023": 36 },
      },
    ]);
  });

  it("readTable(bytes, file, exam2019Spec) rejects a decimal comma in the decimal-point file", () => {
    const text = fixtureText("vo-examens-2019-2024.csv").replace('"90.9"', '"90,9"');
    const rejected = readTable(encode(text), "e.csv", S.exam2019Spec).rejected;
    expect(rejected).toEqual([
      {
        file: "e.csv",
        line: 2,
        column: 25,
        field: "SLAAGPERC SCHOOLJAAR 2023-2024 - TOTAAL",
        reason: 'not a number with a decimal point: "90,9"',
      },
    ]);
  });
});

describe("staffSpec, vsvSpec, eindscoreSpec and boardNameSpec", () => {
  it("readTable(bytes, file, staffSpec) reads BEVOEGD GEZAG, * and ** and pads board 8", () => {
    const r = readTable(fixture("po-personeel.csv", { eol: "crlf" }), "p.csv", S.staffSpec);
    expect(r.rows[1]).toEqual({
      type: "BAO",
      board: "41001",
      brin: "01AB",
      persons: {
        "2019": { missing: "suppressed" },
        "2020": 4,
        "2021": 0,
        "2022": 5,
        "2023": { missing: "suppressed" },
      },
      line: 3,
    });
    expect(r.rows.map((x) => [x.type, x.board])).toEqual([
      ["BAO", "41001"],
      ["BAO", "41001"],
      ["SBAO", "41003"],
      ["WEC (so en vso)", "00008"],
    ]);
  });

  it("readTable(bytes, file, vsvSpec) reads lower-case headers and 2-digit vestiging numbers", () => {
    const r = readTable(fixture("vo-vsv-swv-2015.csv"), "v.csv", S.vsvSpec);
    expect(r.rows.map(({ swv, brin, vest, pupils, vsv }) => [swv, brin, vest, pupils, vsv])).toEqual([
      ["VO2301", "11AB", "00", 1200, 6],
      ["VO2301", "12CD", "00", 640, 1],
      ["VO2302", "12CD", "01", 0, 0],
    ]);
  });

  it("readTable(bytes, file, eindscoreSpec) keeps the three tests apart and a ' ' average as not-reported", () => {
    const r = readTable(fixture("po-eindscores-2018.csv"), "e.csv", S.eindscoreSpec);
    expect(r.rows[0]).toEqual({
      brin: "01AA",
      vest: "00",
      board: "41001",
      cetN: 30,
      cetAvg: 538.636363636364,
      iepN: 0,
      iepAvg: { missing: "not-reported" },
      route8N: 0,
      route8Avg: { missing: "not-reported" },
      line: 2,
    });
    expect(r.rows[1]).toMatchObject({ cetN: 0, iepN: 10, iepAvg: 81 });
  });

  it("readTable(bytes, file, boardNameSpec) reads the comma-separated list and keeps 00008", () => {
    const r = readTable(fixture("duo-besturen.csv", { eol: "crlf" }), "b.csv", S.boardNameSpec);
    expect(r.rows.map(({ board, origin, name }) => [board, origin, name])).toEqual([
      ["41001", "besturenlijst", "Stg. Openbaar Onderwijs Maasstad, Rotterdam"],
      ["41001", "rio", 'Stg "OOM" Rotterdam'],
      ["00008", "besturenlijst", "Rijksuniversiteit Groningen"],
    ]);
  });
});
