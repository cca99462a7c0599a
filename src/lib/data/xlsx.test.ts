import { describe, it, expect } from "vitest";
import { makeXlsx, makeZip } from "../../../test/helpers/makeXlsx.ts";
import { SourceError } from "./errors.ts";
import { readXlsxSheet } from "./xlsx.ts";

const sheet = {
  name: "Tabel 1",
  rows: [
    ["Titel & toelichting", null, { inline: "inline <tekst>" }],
    [],
    ["00AP00", 100, { n: "0.1234" }, { str: "formule" }, true, false],
    [{ rich: ["Vet", " en ", "gewoon"] }, null, null, 7],
    ["", "", ""],
  ],
};

describe("readXlsxSheet", () => {
  it("readXlsxSheet(bytes, name) reads shared, inline, formula, boolean and numeric cells as stored", () => {
    const { rows } = readXlsxSheet(makeXlsx([sheet]), "Tabel 1", "t.xlsx");
    expect(rows).toEqual([
      { line: 1, cells: ["Titel & toelichting", "", "inline <tekst>"] },
      { line: 3, cells: ["00AP00", "100", "0.1234", "formule", "TRUE", "FALSE"] },
      { line: 4, cells: ["Vet en gewoon", "", "", "7"] },
    ]);
  });

  it("readXlsxSheet(bytes, name) places cells by their column reference and fills gaps with empty strings", () => {
    const { rows } = readXlsxSheet(
      makeXlsx([{ name: "S", rows: [[null, null, "C1", null, 5]] }]),
      "S",
      "t.xlsx",
    );
    expect(rows).toEqual([{ line: 1, cells: ["", "", "C1", "", "5"] }]);
  });

  it("readXlsxSheet(bytes, name) reads stored (uncompressed) entries like deflated ones", () => {
    const deflated = readXlsxSheet(makeXlsx([sheet]), "Tabel 1", "t.xlsx");
    expect(readXlsxSheet(makeXlsx([sheet], { store: true }), "Tabel 1", "t.xlsx")).toEqual(deflated);
  });

  it("readXlsxSheet(bytes, name) finds a sheet by its (entity-escaped) name among several", () => {
    const bytes = makeXlsx([
      { name: "Voorblad", rows: [["voor"]] },
      { name: "R&D 'x'", rows: [["gevonden"]] },
    ]);
    expect(readXlsxSheet(bytes, "R&D 'x'", "t.xlsx").rows).toEqual([{ line: 1, cells: ["gevonden"] }]);
  });

  it("readXlsxSheet(bytes, name) throws when the sheet is missing, naming the sheets found", () => {
    const bytes = makeXlsx([{ name: "Voorblad", rows: [] }, sheet]);
    expect(() => readXlsxSheet(bytes, "Tabel 3", "t.xlsx")).toThrow(SourceError);
    expect(() => readXlsxSheet(bytes, "Tabel 3", "t.xlsx")).toThrow(
      't.xlsx: sheet "Tabel 3" not found; sheets found: "Voorblad", "Tabel 1"',
    );
  });

  it("readXlsxSheet(bytes, name) throws on a file that is not a ZIP", () => {
    const bytes = new TextEncoder().encode("BRIN;VESTIGING\n00AP;00\n");
    expect(() => readXlsxSheet(bytes, "Tabel 1", "t.csv")).toThrow(SourceError);
    expect(() => readXlsxSheet(bytes, "Tabel 1", "t.csv")).toThrow(/not an XLSX file/);
    expect(() => readXlsxSheet(new Uint8Array(0), "Tabel 1", "t.xlsx")).toThrow(/not an XLSX file/);
  });

  it("readXlsxSheet(bytes, name) throws on a ZIP without a workbook", () => {
    const bytes = makeZip([{ name: "readme.txt", data: "hallo" }]);
    expect(() => readXlsxSheet(bytes, "Tabel 1", "t.zip")).toThrow(/xl\/workbook.xml is missing/);
  });

  it("readXlsxSheet(bytes, name) throws on a corrupt entry (CRC-32 mismatch)", () => {
    const bytes = makeXlsx([{ name: "S", rows: [["MARKER"]] }], { store: true });
    const text = new TextDecoder("latin1").decode(bytes);
    bytes[text.indexOf("<sheetData>") + 1] = "X".charCodeAt(0);
    expect(() => readXlsxSheet(bytes, "S", "t.xlsx")).toThrow(SourceError);
    expect(() => readXlsxSheet(bytes, "S", "t.xlsx")).toThrow(/corrupt ZIP entry xl\/worksheets\/sheet1.xml/);
  });

  it("readXlsxSheet(bytes, name) throws on a corrupt deflate stream", () => {
    const bytes = makeZip([{ name: "xl/workbook.xml", data: "<workbook/>".repeat(50) }]);
    bytes.fill(0xff, 30 + "xl/workbook.xml".length, 30 + "xl/workbook.xml".length + 4);
    expect(() => readXlsxSheet(bytes, "S", "t.xlsx")).toThrow(/corrupt ZIP entry xl\/workbook.xml/);
  });
});
