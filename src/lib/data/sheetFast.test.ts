import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { makeZip } from "../../../test/helpers/makeXlsx.ts";
import { odsWorkbook } from "./odsRows.ts";
import { readWorkbook } from "./sheet.ts";
import { xlsxWorkbook } from "./xlsxRows.ts";
import { zipEntries } from "./zip.ts";

/** Writes sheets (arrays of JS values, or ready SheetJS sheets) with SheetJS's writer. */
function book(
  bookType: "xlsx" | "ods",
  sheets: { name: string; rows: unknown[][] | XLSX.WorkSheet }[],
  bookSST = false,
) {
  const wb = XLSX.utils.book_new();
  for (const s of sheets)
    XLSX.utils.book_append_sheet(
      wb,
      Array.isArray(s.rows) ? XLSX.utils.aoa_to_sheet(s.rows as unknown[][]) : s.rows,
      s.name,
    );
  return new Uint8Array(XLSX.write(wb, { type: "buffer", bookType, bookSST }) as Buffer);
}

const fastOf = (format: "xlsx" | "ods", bytes: Uint8Array) =>
  format === "xlsx" ? xlsxWorkbook(bytes) : odsWorkbook(bytes);

/** Every sheet's rows by the fast reader (undefined where it declines) and by SheetJS. */
function both(format: "xlsx" | "ods", bytes: Uint8Array) {
  const fast = fastOf(format, bytes);
  const general = readWorkbook(bytes, `t.${format}`, true);
  return {
    names: [fast?.sheetNames, general.sheetNames],
    fast: general.sheetNames.map((n) => fast?.rows(n)),
    general: general.sheetNames.map((n) => general.rows(n)),
  };
}

const mixed: unknown[][] = [
  [null, null, "Titel met & en <tekens> en \"quotes\" en 'apostrof'"],
  [],
  ["Bevoegd gezag", "Naam", "Bedrag", "Aandeel", "Leeg", "Spaties"],
  ["00008", "Rijksuniversiteit Groningen", 1234567.89, 0.664073418256818, null, "  twee  spaties "],
  ["41646", "Stichting Één & Ander", -0.5, 0, null, " "],
  ["10249", 'BS "De Maasparel"', 1e21, 1e-7, null, "regel 1\nregel 2"],
  ["", "", "", "", "", ""],
  ["99999", "laatste", 42],
];

describe.each(["xlsx", "ods"] as const)("the fast %s reader", (format) => {
  it("gives SheetJS's rows cell for cell: text with entities, numbers, blanks, a title row, several sheets", () => {
    const r = both(
      format,
      book(format, [
        { name: "Tabel 1", rows: mixed },
        { name: "Tabel & 2", rows: [["a", 1], [], [null, null, "c"]] },
      ]),
    );
    expect(r.names[0]).toEqual(r.names[1]);
    expect(r.fast.every((rows) => rows !== undefined)).toBe(true);
    expect(r.fast).toEqual(r.general);
  });

  it("gives SheetJS's rows for a sheet that starts right of and below A1", () => {
    const ws = XLSX.utils.sheet_add_aoa(
      {},
      [
        ["x", 1],
        ["y", 2.5],
      ],
      { origin: "C4" },
    );
    const r = both(format, book(format, [{ name: "S", rows: ws }]));
    expect(r.fast[0]).toBeDefined();
    expect(r.fast).toEqual(r.general);
    expect(r.general[0]![0]).toEqual({ line: 4, cells: ["", "", "x", "1"] });
  });

  it("declines a sheet with a boolean, and readWorkbook then gives SheetJS's rows", () => {
    const bytes = book(format, [
      {
        name: "S",
        rows: [
          ["a", true],
          ["b", false],
        ],
      },
    ]);
    expect(fastOf(format, bytes)?.rows("S")).toBeUndefined();
    expect(readWorkbook(bytes, `t.${format}`).rows("S")).toEqual(
      readWorkbook(bytes, `t.${format}`, true).rows("S"),
    );
  });

  it("declines (or matches) a date cell, so readWorkbook shows it as SheetJS does (yyyy-mm-dd)", () => {
    const bytes = book(format, [{ name: "S", rows: [["peildatum", new Date(Date.UTC(2018, 3, 9))]] }]);
    const fast = fastOf(format, bytes)?.rows("S");
    const general = readWorkbook(bytes, `t.${format}`, true).rows("S");
    if (fast !== undefined) expect(fast).toEqual(general);
    expect(readWorkbook(bytes, `t.${format}`).rows("S")).toEqual(general);
    expect(general[0]!.cells[1]).toBe("2018-04-09");
  });
});

describe("the fast xlsx reader with a shared-string table (as DUO's files have)", () => {
  it("gives SheetJS's rows cell for cell", () => {
    const r = both("xlsx", book("xlsx", [{ name: "Tabel 1", rows: mixed }], true));
    expect(r.fast[0]).toBeDefined();
    expect(r.fast).toEqual(r.general);
  });
});

describe("fast readers and bad input", () => {
  it("a broken package is left to SheetJS, whose error names the file", () => {
    const bytes = book("xlsx", [{ name: "S", rows: [["a"]] }]).slice(0, 200);
    expect(xlsxWorkbook(bytes)).toBeUndefined();
    expect(() => readWorkbook(bytes, "kapot.xlsx").rows()).toThrow(/kapot\.xlsx: unreadable xlsx file/);
  });

  it("an xlsx cell outside the sheet's stated dimension is left to SheetJS (which leaves it out)", () => {
    const sheet =
      '<worksheet><dimension ref="A1:A1"/><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>' +
      '<c r="B1"><v>5</v></c></row></sheetData></worksheet>';
    const bytes = makeZip([
      {
        name: "xl/workbook.xml",
        data: '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
      },
      {
        name: "xl/_rels/workbook.xml.rels",
        data:
          '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
          "</Relationships>",
      },
      { name: "xl/worksheets/sheet1.xml", data: sheet },
      { name: "xl/sharedStrings.xml", data: "<sst><si><t>a</t></si></sst>" },
    ]);
    expect(xlsxWorkbook(bytes)?.sheetNames).toEqual(["S"]);
    expect(xlsxWorkbook(bytes)?.rows("S")).toBeUndefined();
  });

  it("zipEntries reads stored and deflated entries and gives up on a package without an end record", () => {
    const bytes = makeZip([
      { name: "a.txt", data: "stored", store: true },
      { name: "b.txt", data: "deflated ".repeat(50) },
    ]);
    const entries = zipEntries(bytes)!;
    expect(new TextDecoder().decode(entries.get("a.txt")!())).toBe("stored");
    expect(new TextDecoder().decode(entries.get("b.txt")!())).toBe("deflated ".repeat(50));
    expect(zipEntries(bytes.slice(0, bytes.length - 22))).toBeUndefined();
  });
});
