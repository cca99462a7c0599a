import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it, expect } from "vitest";
import { makeXlsx, type FixtureCell } from "../../../test/helpers/makeXlsx.ts";
import { readAchterstandsscores } from "./achterstand.ts";
import { SourceError } from "./errors.ts";

const HEADER = ["School (BRIN vestiging)", "Aantal bekostigde leerlingen", "Achterstandsscore", ""];

/** A Tabel 1 like the CBS file: two title rows, a blank row, the header, a gap, data, footnotes. */
function tabel1(data: FixtureCell[][], footnotes = true): Uint8Array {
  const rows: FixtureCell[][] = [
    ["Tabel 1", "", ""],
    ["Achterstandsscore per basisschoolvestiging, 1 oktober 2019"],
    ["", "", "", ""],
    HEADER,
    [],
    ...data,
  ];
  if (footnotes)
    rows.push([], ["Bron: CBS", "", "", ""], ["a De achterstandsscore ... (<= 40) leerlingen.", "", "", ""]);
  return makeXlsx([
    { name: "Voorblad", rows: [["Achterstandsscores basisscholen, 2019"]] },
    { name: "Tabel 1", rows },
  ]);
}

describe("readAchterstandsscores", () => {
  it("readAchterstandsscores(bytes, file) finds the header below title rows and skips trailing footnotes", () => {
    const bytes = tabel1([
      ["00AP00", 100, { n: "33.02" }, ""],
      ["00ar00", 142, 0, ""],
      [{ inline: "31MX00" }, { n: "5" }, { n: "18.32" }, "a"],
    ]);
    expect(readAchterstandsscores(bytes, "t.xlsx")).toEqual({
      rows: [
        { vestiging: "00AP00", pupils: 100, score: 33.02, line: 6 },
        { vestiging: "00AR00", pupils: 142, score: 0, line: 7 },
        { vestiging: "31MX00", pupils: 5, score: 18.32, line: 8 },
      ],
      rejected: [],
    });
  });

  it("readAchterstandsscores(bytes, file) rejects a bad score cell with its line and column", () => {
    const { rows, rejected } = readAchterstandsscores(
      tabel1([
        ["00AP00", 100, "33,02"],
        ["00AR00", 142, 1.5],
      ]),
      "t.xlsx",
    );
    expect(rows.map((r) => r.vestiging)).toEqual(["00AR00"]);
    expect(rejected).toEqual([
      {
        file: "t.xlsx",
        line: 6,
        column: 3,
        field: "Achterstandsscore",
        reason: 'not a finite number: "33,02"',
      },
    ]);
  });

  it("readAchterstandsscores(bytes, file) reads a blank or '.' value as undefined, never 0", () => {
    const { rows, rejected } = readAchterstandsscores(
      tabel1([
        ["00AP00", 100, ""],
        ["00AR00", 142, null],
        ["00AT00", ".", "."],
      ]),
      "t.xlsx",
    );
    expect(rejected).toEqual([]);
    expect(rows).toEqual([
      { vestiging: "00AP00", pupils: 100, score: undefined, line: 6 },
      { vestiging: "00AR00", pupils: 142, score: undefined, line: 7 },
      { vestiging: "00AT00", pupils: undefined, score: undefined, line: 8 },
    ]);
  });

  it("readAchterstandsscores(bytes, file) rejects bad vestiging codes, pupil counts and duplicates", () => {
    const { rows, rejected } = readAchterstandsscores(
      tabel1([
        ["00AP0", 100, 1],
        ["00APX0", 100, 1],
        ["00AR00", -1, 1],
        ["00AT00", { n: "12.5" }, 1],
        ["00AV00", "x", 1],
        ["00AX00", 10, 1],
        ["00ax00", 11, 2],
      ]),
      "t.xlsx",
    );
    // 00AX00 twice with other figures: which is true cannot be told, so both rows are left out.
    expect(rows.map((r) => r.vestiging)).toEqual([]);
    expect(rejected.map((r) => [r.line, r.column, r.reason])).toEqual([
      [6, 1, 'not a vestiging code (4 characters + 2 digits): "00AP0"'],
      [7, 1, 'not a vestiging code (4 characters + 2 digits): "00APX0"'],
      [8, 2, 'not a non-negative whole number: "-1"'],
      [9, 2, 'not a non-negative whole number: "12.5"'],
      [10, 2, 'not a non-negative whole number: "x"'],
      [
        11,
        2,
        'conflicting duplicate key 00AX00 (lines 11, 12): "10" here, "11" at line 12; the key is left out',
      ],
      [
        12,
        2,
        'conflicting duplicate key 00AX00 (lines 11, 12): "11" here, "10" at line 11; the key is left out',
      ],
    ]);
  });

  it("readAchterstandsscores(bytes, file) rejects a text row between data rows instead of skipping it", () => {
    const { rows, rejected } = readAchterstandsscores(
      tabel1([["00AP00", 100, 1], ["Subtotaal"], ["00AR00", 142, 0]], false),
      "t.xlsx",
    );
    expect(rows).toHaveLength(2);
    expect(rejected.map((r) => [r.line, r.column])).toEqual([[7, 1]]);
  });

  it("readAchterstandsscores(bytes, file) throws when the header or a required column is missing", () => {
    const bytes = makeXlsx([
      {
        name: "Tabel 1",
        rows: [["Tabel 1"], ["School (BRIN vestiging)", "Aantal bekostigde leerlingen", "Score"]],
      },
    ]);
    expect(() => readAchterstandsscores(bytes, "t.xlsx")).toThrow(SourceError);
    expect(() => readAchterstandsscores(bytes, "t.xlsx")).toThrow(
      't.xlsx:2: sheet "Tabel 1": missing required column(s): score (Achterstandsscore); ' +
        "headers found: School (BRIN vestiging);Aantal bekostigde leerlingen;Score",
    );
  });

  it("readAchterstandsscores(bytes, file) throws when the workbook has no Tabel 1", () => {
    const bytes = makeXlsx([{ name: "Tabel 2", rows: [HEADER] }]);
    expect(() => readAchterstandsscores(bytes, "t.xlsx")).toThrow(
      't.xlsx: no sheet "Tabel 1"; sheets: "Tabel 2"',
    );
  });

  const mirror = process.env.OPEN_DATA_MIRROR ?? "data/snapshot";
  it("readAchterstandsscores(bytes, file) reads the real CBS 2019 file", () => {
    const file = "duo-po-vo-2019/achterstandsscores-scholen-2019.xlsx";
    const { rows, rejected } = readAchterstandsscores(
      new Uint8Array(readFileSync(join(mirror!, file))),
      file,
    );
    // Verified with `unzip -p … xl/worksheets/sheet5.xml | grep`: 6295 data rows (lines 6–6300), 3740 scores of 0,
    // pupils summing to 1396457; row 6 = 00AP00 (sst 121), row 6285 = 31LM00 (sst 6401), row 1324 = 06OT00.
    expect(rejected).toEqual([]);
    expect(rows).toHaveLength(6295);
    expect(rows[0]).toEqual({ vestiging: "00AP00", pupils: 100, score: 33.02, line: 6 });
    expect(rows.at(-1)).toEqual({ vestiging: "31MX00", pupils: 5, score: 18.32, line: 6300 });
    expect(rows.find((r) => r.vestiging === "31LM00")).toEqual({
      vestiging: "31LM00",
      pupils: 197,
      score: 635.83,
      line: 6285,
    });
    expect(rows.find((r) => r.vestiging === "06OT00")).toEqual({
      vestiging: "06OT00",
      pupils: 107,
      score: 0,
      line: 1324,
    });
    expect(rows.filter((r) => r.score === 0)).toHaveLength(3740);
    expect(rows.reduce((n, r) => n + (r.pupils ?? 0), 0)).toBe(1396457);
    expect(rows.some((r) => r.pupils === undefined || r.score === undefined)).toBe(false);
  });
});
