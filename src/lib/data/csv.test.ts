import { describe, expect, it } from "vitest";
import { fixtureText } from "../../../test/helpers/fixtures.ts";
import { MAX_QUOTED_LINES, parseDelimited } from "./csv.ts";
import { SourceError } from "./errors.ts";

/** Runs `f` and returns the SourceError it throws. */
function sourceError(f: () => unknown): SourceError {
  try {
    f();
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
  throw new Error("expected a SourceError");
}

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

  it("parseDelimited(text, delimiter, file) stops at a quote that is never closed, naming where it opened", () => {
    const e = sourceError(() => parseDelimited('A;B\n1;"open\n2;x\n3;y\n', ";", "q.csv"));
    expect([e.file, e.line, e.column]).toEqual(["q.csv", 2, 3]);
    expect(e.message).toBe(
      "q.csv:2:3: unterminated quote: the quote opened at line 2, column 3 (field 2) is never closed " +
        '(it runs to the end of the file); the cell would swallow "open↵2;x↵3;y↵"',
    );
  });

  it("parseDelimited(text, delimiter, file) stops when a cut quote swallows rows up to the next quoted cell", () => {
    // Line 2 lost its closing quote; the opening quote of line 4's name closes it, with text right after.
    const text = 'A;NAAM;N\n1;"BS Noord;5\n2;Oost;6\n3;"BS Zuid";7\n';
    const e = sourceError(() => parseDelimited(text, ";", "cut.csv"));
    expect([e.line, e.column]).toEqual([2, 3]);
    expect(e.message).toContain("is closed only at line 4, column 3, by a quote with text after it");
  });

  it("parseDelimited(text) stops at a quoted cell running over more than MAX_QUOTED_LINES lines", () => {
    const text = `A;B\n1;"${"x\n".repeat(MAX_QUOTED_LINES + 1)}";2\n`;
    expect(sourceError(() => parseDelimited(text, ";", "long.csv")).message).toContain(
      `long.csv:2:3: unterminated quote: the quote opened at line 2, column 3 (field 2) runs on over more than ${MAX_QUOTED_LINES} lines`,
    );
  });

  it("parseDelimited(text) marks only the row with text after a closing quote on the same line", () => {
    expect(parseDelimited('A;B\n1;"BS "De" Linde";2\n3;4\n')).toEqual([
      { line: 1, cells: ["A", "B"] },
      {
        line: 2,
        cells: ["1", 'BS De" Linde"', "2"],
        problem: {
          column: 2,
          message: 'text after the closing quote of "BS " (a quote inside a quoted cell must be doubled)',
        },
      },
      { line: 3, cells: ["3", "4"] },
    ]);
  });
});
