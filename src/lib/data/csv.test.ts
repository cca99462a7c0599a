import { describe, expect, it } from "vitest";
import { fixtureText } from "../../../test/helpers/fixtures.ts";
import { parseDelimited } from "./csv.ts";

describe("parseDelimited", () => {
  it("parseDelimited(text) splits ;-separated lines into cells with 1-based line numbers", () => {
    expect(parseDelimited("BRIN;TOTAAL\n00AP;80\n00AR;141\n")).toEqual([
      { line: 1, cells: ["BRIN", "TOTAAL"] },
      { line: 2, cells: ["00AP", "80"] },
      { line: 3, cells: ["00AR", "141"] },
    ]);
  });

  it('parseDelimited(text) unescapes "" inside a quoted field and keeps a ; inside quotes', () => {
    expect(parseDelimited('"BS ""De Maasparel""";"Noord; Oost";x\n')).toEqual([
      { line: 1, cells: ['BS "De Maasparel"', "Noord; Oost", "x"] },
    ]);
  });

  it("parseDelimited(text) reads a fully quoted line like the 2019-2024 exam file", () => {
    expect(parseDelimited('"00AH";"00AH00";"<5";"90.9";""\n')).toEqual([
      { line: 1, cells: ["00AH", "00AH00", "<5", "90.9", ""] },
    ]);
  });

  it("parseDelimited(text) keeps a newline inside quotes and numbers the next row after it", () => {
    expect(parseDelimited('a;"two\nlines";c\nd;e;f\n')).toEqual([
      { line: 1, cells: ["a", "two\nlines", "c"] },
      { line: 3, cells: ["d", "e", "f"] },
    ]);
  });

  it("parseDelimited(text) skips empty lines but keeps their line numbers, and keeps blank ' ' cells", () => {
    expect(parseDelimited("A;B\n\n1; \n\n")).toEqual([
      { line: 1, cells: ["A", "B"] },
      { line: 3, cells: ["1", " "] },
    ]);
  });

  it("parseDelimited(text) reads a last line without a line end and a trailing empty cell", () => {
    expect(parseDelimited("A;B\n1;")).toEqual([
      { line: 1, cells: ["A", "B"] },
      { line: 2, cells: ["1", ""] },
    ]);
  });

  it("parseDelimited(text) keeps a quote in the middle of an unquoted cell as text", () => {
    expect(parseDelimited('Stg "OOM";2\n')).toEqual([{ line: 1, cells: ['Stg "OOM"', "2"] }]);
  });

  it('parseDelimited(text, ",") reads the comma-separated board-name list', () => {
    const rows = parseDelimited(fixtureText("duo-besturen.csv"), ",");
    expect(rows.map((r) => r.cells[1])).toEqual([
      "naam",
      "Stg. Openbaar Onderwijs Maasstad, Rotterdam",
      'Stg "OOM" Rotterdam',
      "Rijksuniversiteit Groningen",
    ]);
    expect(rows[3]).toEqual({
      line: 4,
      cells: ["01179037", "Rijksuniversiteit Groningen", "besturenlijst", "ho", "00008", "ja"],
    });
  });

  it("parseDelimited(text) returns no rows for empty text", () => {
    expect(parseDelimited("")).toEqual([]);
    expect(parseDelimited("\n\n")).toEqual([]);
  });
});
