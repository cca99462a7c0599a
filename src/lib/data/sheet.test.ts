import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { makeXlsx } from "../../../test/helpers/makeXlsx.ts";
import { SourceError } from "./errors.ts";
import { boardId, num, optionalText, text } from "./fields.ts";
import { cellText, readWorkbook, sheetFormat } from "./sheet.ts";
import { readTable, type TableSpec } from "./table.ts";

/** Writes rows (arrays of JS values) into a workbook of the given format with SheetJS's writer. */
function workbook(bookType: "xlsx" | "biff8" | "ods", sheets: { name: string; rows: unknown[][] }[]) {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(s.rows), s.name);
  return new Uint8Array(XLSX.write(wb, { type: "buffer", bookType }) as Buffer);
}

/** A DUO finance sheet as in the 2012-2016 series: a title row, a blank row, then the header (sheet row 3). */
const financeRows: unknown[][] = [
  [null, null, null, "Financiële kengetallen"],
  [],
  ["Bevoegd Gezag", "Sector", "Naam", "Jaar", "Solvabiliteit I", "Huisvestingsratio"],
  ["00008", "WO", "Rijksuniversiteit Groningen", 2012, 0.664073418256818, 0.0018194663812345808],
  ["41646", "PO", " ", 2016, 0.5, null],
  ["10249", "PO", "Gemeente Emmen", 2016, "x", 0.1],
];

const Row = z.object({
  board: boardId,
  sector: text,
  name: optionalText,
  year: z.string().transform(Number),
  solv: num("."),
  housing: num("."),
});
const spec: TableSpec<z.output<typeof Row>> = {
  columns: {
    board: { headers: ["Bevoegd Gezag", "Bevoegd_Gezag"] },
    sector: { headers: ["Sector"] },
    name: { headers: ["Naam"] },
    year: { headers: ["Jaar"] },
    solv: { headers: ["Solvabiliteit I"] },
    housing: { headers: ["Huisvestingsratio"] },
  },
  schema: Row,
  key: (r) => `${r.board}:${r.year}`,
};

describe("sheetFormat", () => {
  it("sheetFormat(bytes) tells xlsx, xls and ods apart by signature, whatever the file is called", () => {
    expect(sheetFormat(workbook("xlsx", [{ name: "A", rows: [[1]] }]))).toBe("xlsx");
    expect(sheetFormat(workbook("biff8", [{ name: "A", rows: [[1]] }]))).toBe("xls");
    expect(sheetFormat(workbook("ods", [{ name: "A", rows: [[1]] }]))).toBe("ods");
    expect(sheetFormat(new TextEncoder().encode("a;b\n1;2\n"))).toBeUndefined();
  });
});

describe("cellText", () => {
  it("cellText(v) writes numbers plainly, dates as yyyy-mm-dd, blanks as empty text", () => {
    expect(cellText(2012)).toBe("2012");
    expect(cellText(0.0018194663812345808)).toBe("0.0018194663812345808");
    expect(cellText(1.5e-7)).toBe("1.5e-7");
    expect(cellText(-0)).toBe("0");
    expect(cellText(null)).toBe("");
    expect(cellText("00819")).toBe("00819");
    expect(cellText(new Date(Date.UTC(2018, 3, 1)))).toBe("2018-04-01");
  });
});

describe.each([
  ["xlsx (SheetJS writer)", () => workbook("xlsx", [{ name: "Kengetallen", rows: financeRows }])],
  ["xls BIFF8", () => workbook("biff8", [{ name: "Kengetallen", rows: financeRows }])],
  ["ods", () => workbook("ods", [{ name: "Kengetallen", rows: financeRows }])],
])("readTable on a %s sheet", (_label, make) => {
  it("readTable(bytes, file, spec) finds the header below the title, keeps text leading zeros and reads fractions", () => {
    const t = readTable(make(), "k.xlsx", spec);
    expect(t.headerLine).toBe(3);
    expect(t.rowsRead).toBe(3);
    expect(t.rows[0]).toEqual({
      board: "00008",
      sector: "WO",
      name: "Rijksuniversiteit Groningen",
      year: 2012,
      solv: 0.664073418256818,
      housing: 0.0018194663812345808,
      line: 4,
    });
  });
  it("readTable(bytes, file, spec) reads a blank-as-space text cell as absent and an empty numeric cell as not reported, never 0", () => {
    const t = readTable(make(), "k.xlsx", spec);
    expect(t.rows[1]).toMatchObject({
      board: "41646",
      name: undefined,
      housing: { missing: "not-reported" },
    });
  });
  it("readTable(bytes, file, spec) rejects a text cell in a numeric column with its sheet row and column", () => {
    const t = readTable(make(), "k.xlsx", spec);
    expect(t.rejected).toEqual([
      {
        file: "k.xlsx",
        line: 6,
        column: 5,
        field: "Solvabiliteit I",
        reason: 'not a number with a decimal point: "x"',
      },
    ]);
  });
});

describe("readTable on spreadsheets: structure", () => {
  it("readTable(bytes, file, spec) reads an independently written xlsx (inline strings, shared strings, numbers)", () => {
    const bytes = makeXlsx([
      {
        name: "Balans",
        rows: [
          ["Bevoegd_Gezag", "Sector", "Naam", "Jaar", "Solvabiliteit I", "Huisvestingsratio"],
          [
            { inline: "00819" },
            "VO",
            "Samenwerkingsverband Rivierenland",
            2017,
            { n: "0.25" },
            { n: "1E-3" },
          ],
        ],
      },
    ]);
    const t = readTable(bytes, "b.xlsx", spec);
    expect(t.encoding).toBe("xlsx");
    expect(t.rows).toEqual([
      {
        board: "00819",
        sector: "VO",
        name: "Samenwerkingsverband Rivierenland",
        year: 2017,
        solv: 0.25,
        housing: 0.001,
        line: 2,
      },
    ]);
  });
  it("readTable(bytes, file, spec) stops on a missing column, naming the file, the sheet and the header row", () => {
    const rows = financeRows.map((r, i) => (i === 2 ? r.slice(0, 5) : r.slice(0, 5)));
    const bytes = workbook("biff8", [{ name: "Kengetallen", rows }]);
    expect(() => readTable(bytes, "k.xls", spec)).toThrow(SourceError);
    expect(() => readTable(bytes, "k.xls", spec)).toThrow(
      /^k\.xls:3: sheet "Kengetallen": missing required column\(s\): housing \(Huisvestingsratio\)/,
    );
  });
  it("readTable(bytes, file, spec) picks the sheet named in the spec, with a clear error when it is absent", () => {
    const bytes = workbook("ods", [
      { name: "Toelichting", rows: [["Zie tabel"]] },
      { name: "Tabel 1", rows: financeRows },
    ]);
    expect(readTable(bytes, "s.ods", { ...spec, sheet: "Tabel 1" }).rows).toHaveLength(2);
    expect(readTable(bytes, "s.ods", { ...spec, sheet: /^tabel 1$/i }).rows).toHaveLength(2);
    expect(() => readTable(bytes, "s.ods", { ...spec, sheet: "Tabel 2" })).toThrow(
      's.ods: no sheet "Tabel 2"; sheets: "Toelichting", "Tabel 1"',
    );
  });
  it("readTable(bytes, file, spec) skips trailing footnotes only when the spec says the sheet has them", () => {
    const rows = [...financeRows.slice(0, 5), [], ["Bron: DUO"]];
    const bytes = workbook("xlsx", [{ name: "K", rows }]);
    expect(readTable(bytes, "f.xlsx", { ...spec, footnotes: true }).rejected).toEqual([]);
    expect(readTable(bytes, "f.xlsx", spec).rejected.map((r) => r.line)).toEqual([7]);
  });
  it("readWorkbook(bytes, file) stops with the file name on bytes that are no spreadsheet", () => {
    expect(() => readWorkbook(new TextEncoder().encode("a;b"), "x.xls")).toThrow(
      "x.xls: not a spreadsheet (no xlsx, xls or ods signature)",
    );
    const broken = workbook("xlsx", [{ name: "A", rows: [[1]] }]).slice(0, 200);
    expect(() => readWorkbook(broken, "y.xlsx")).toThrow(/^y\.xlsx: unreadable xlsx file/);
  });
});
