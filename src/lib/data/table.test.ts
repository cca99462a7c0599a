import { describe, expect, it } from "vitest";
import { z } from "zod";
import { encode, fixture, fixtureText, type EncodeOptions } from "../../../test/helpers/fixtures.ts";
import { SourceError } from "./errors.ts";
import { bronSpec, historicPupilsSpec, staffSpec, vestigingListSpec, voPupilsBoardSpec } from "./specs.ts";
import { normaliseHeader, readTable, type TableSpec } from "./table.ts";

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

/** The fixture text with its header line edited. */
const withHeader = (name: string, edit: (header: string) => string) => {
  const [header, ...rest] = fixtureText(name).split("\n");
  return [edit(header!), ...rest].join("\n");
};

describe("normaliseHeader", () => {
  it("normaliseHeader(h) folds underscores, runs of spaces, case and a BOM", () => {
    expect(normaliseHeader("BRIN_NUMMER")).toBe("BRIN NUMMER");
    expect(normaliseHeader("\uFEFFINSTELLINGSCODE")).toBe("INSTELLINGSCODE");
    expect(normaliseHeader(" bevoegd  gezag_nummer ")).toBe("BEVOEGD GEZAG NUMMER");
  });
});

describe("readTable: encodings and line ends", () => {
  const variants: [string, EncodeOptions, string][] = [
    ["UTF-8, LF", { encoding: "utf-8", eol: "lf" }, "utf-8"],
    ["UTF-8 with BOM, CRLF", { encoding: "utf-8-bom", eol: "crlf" }, "utf-8-bom"],
    ["Windows-1252, CR only", { encoding: "windows-1252", eol: "cr" }, "windows-1252"],
    ["Windows-1252, CRLF", { encoding: "windows-1252", eol: "crlf" }, "windows-1252"],
  ];
  const reference = readTable(fixture("po-leerlingen-historisch.csv"), "h.csv", historicPupilsSpec);

  it.each(variants)(
    "readTable(bytes, file, spec) reads the 06 fixture as %s to the same rows",
    (_label, options, encoding) => {
      const r = readTable(fixture("po-leerlingen-historisch.csv", options), "h.csv", historicPupilsSpec);
      expect(r.encoding).toBe(encoding);
      expect(r.rows).toEqual(reference.rows);
      expect(r.rejected).toEqual(reference.rejected);
      expect(r.rows[2]!.name).toBe("De Wâlden");
      expect(r.rows[2]!.municipality).toBe("SÚDWEST-FRYSLÂN");
    },
  );

  it("readTable(bytes, file, spec) reads a CR-only file as many rows, not one line", () => {
    const r = readTable(fixture("po-personeel.csv", { eol: "cr" }), "p.csv", staffSpec);
    expect(r.rows.map((x) => [x.brin, x.line])).toEqual([
      ["01AA", 2],
      ["01AB", 3],
      ["08HH", 4],
      ["02BB", 5],
    ]);
  });

  it("readTable(bytes, file, spec) throws a SourceError for a UTF-16 file", () => {
    const bytes = fixture("po-leerlingen-historisch.csv", { encoding: "utf-16le" });
    expect(sourceError(() => readTable(bytes, "u16.csv", historicPupilsSpec)).message).toBe(
      "u16.csv: unreadable encoding: UTF-16 is not supported (expected UTF-8 or Windows-1252)",
    );
  });

  it("readTable(bytes, file, spec) throws a SourceError for a file with NUL bytes", () => {
    const bytes = new Uint8Array([...fixture("po-personeel.csv"), 0, 0]);
    expect(sourceError(() => readTable(bytes, "bin.csv", staffSpec)).message).toBe(
      "bin.csv:6:1: unreadable encoding: the file holds NUL bytes (binary, not CSV text)",
    );
  });
});

describe("readTable: header detection", () => {
  it("readTable(bytes, file, spec) skips the BRON title line and reads the header on line 2", () => {
    const r = readTable(
      fixture("po-leerlingen-bron-2016.csv", { encoding: "windows-1252" }),
      "b.csv",
      bronSpec,
    );
    expect(r.headerLine).toBe(2);
    expect(r.headers.slice(0, 3)).toEqual(["BRIN_NUMMER", "VESTIGINGSNUMMER", "NAAM_INSTELLING"]);
    expect(r.rows.map((x) => [x.line, x.brin, x.vest, x.swv, x.total])).toEqual([
      [3, "01AA", "0", "PO2801", 230],
      [4, "01AA", "1", "PO2801", 30],
      [5, "08HH", "0", "PO2101", 95],
    ]);
    expect(r.rowsRead).toBe(4);
  });

  it("readTable(bytes, file, spec) gives up when the header is further down than headerSearchLines", () => {
    const text = "titel\n".repeat(3) + fixtureText("po-personeel.csv");
    expect(readTable(encode(text), "p.csv", { ...staffSpec, headerSearchLines: 3 }).headerLine).toBe(4);
    expect(
      sourceError(() => readTable(encode(text), "p.csv", { ...staffSpec, headerSearchLines: 2 })).line,
    ).toBe(1);
  });

  const boardPupils = (edit: (h: string) => string) =>
    readTable(
      encode(withHeader("vo-leerlingen-bestuur-2017.csv", edit)),
      "v.csv",
      voPupilsBoardSpec,
    ).rows.map((r) => [r.board, r.brin, r.vest, r.total]);
  const expected = [
    ["40001", "11AB", "11AB00", 1200],
    ["40003", "12CD", "12CD00", 640],
    ["40003", "12CD", "12CD01", 0],
  ];

  it.each(["BRIN NUMMER", "BRIN_NUMMER", "INSTELLINGSCODE", "BRINNUMMER"])(
    "readTable(bytes, file, spec) maps the BRIN header variant %s",
    (variant) => {
      expect(boardPupils((h) => h.replace("BRIN NUMMER", variant))).toEqual(expected);
    },
  );

  it.each(["BEVOEGD GEZAG NUMMER", "BEVOEGD_GEZAG_NUMMER", "BEVOEGD GEZAG", "bevoegd gezag nummer"])(
    "readTable(bytes, file, spec) maps the board header variant %s",
    (variant) => {
      expect(boardPupils((h) => h.replace("BEVOEGD GEZAG NUMMER", variant))).toEqual(expected);
    },
  );

  it.each(["VESTIGINGSNUMMER", "VESTIGINGSCODE", "vestigings_nummer"])(
    "readTable(bytes, file, spec) maps the vestiging header variant %s",
    (variant) => {
      expect(boardPupils((h) => h.replace("VESTIGINGSNUMMER", variant))).toEqual(expected);
    },
  );
});

describe("readTable: rejected rows", () => {
  const r = readTable(
    fixture("po-vestigingen.csv", { eol: "crlf" }),
    "po-vestigingen.csv",
    vestigingListSpec,
  );

  it("readTable(bytes, file, spec) keeps valid rows with their line numbers, quoted names intact", () => {
    expect(r.rows.map((x) => [x.line, x.board, x.vest, x.name])).toEqual([
      [3, "41001", "01AA01", "Dependance Noord; Oost"],
      [4, "00008", "02BB00", "Universiteitsschool"],
      [5, "00008", "03CC00", "School met een kort nummer"],
    ]);
    expect(r.rows[1]!.denomination).toBeUndefined();
    expect(r.rowsRead).toBe(8);
    expect(r.rejected.map((x) => x.line)).toEqual([2, 6, 7, 8, 9]);
  });

  it("readTable(bytes, file, spec) leaves out both rows of a key repeated with other cells, naming both lines", () => {
    expect(r.rejected.slice(0, 2)).toEqual([
      {
        file: "po-vestigingen.csv",
        line: 2,
        column: 5,
        field: "VESTIGINGSNAAM",
        reason:
          'conflicting duplicate key 01AA01AA00 (lines 2, 6): "BS "De Maasparel"" here, "Dezelfde vestiging nog eens" at line 6; the key is left out',
      },
      {
        file: "po-vestigingen.csv",
        line: 6,
        column: 5,
        field: "VESTIGINGSNAAM",
        reason:
          'conflicting duplicate key 01AA01AA00 (lines 2, 6): "Dezelfde vestiging nog eens" here, "BS "De Maasparel"" at line 2; the key is left out',
      },
    ]);
    expect(r.rows.some((x) => x.vest === "01AA00")).toBe(false);
  });

  it("readTable(bytes, file, spec) keeps one row of an exact repeat and reports the repeat once", () => {
    const text = fixtureText("po-vestigingen.csv").split("\n");
    const t = readTable(encode([...text.slice(0, 5), text[3], ""].join("\n")), "v.csv", vestigingListSpec);
    expect(t.rows.map((x) => [x.line, x.vest])).toEqual([
      [2, "01AA00"],
      [3, "01AA01"],
      [4, "02BB00"],
      [5, "03CC00"],
    ]);
    expect(t.rejected).toEqual([
      { file: "v.csv", line: 6, reason: "exact duplicate of line 4 (counted once)" },
    ]);
  });

  it("readTable(bytes, file, spec) rejects a row with too few fields", () => {
    expect(r.rejected[2]).toEqual({
      file: "po-vestigingen.csv",
      line: 7,
      reason: "expected 14 fields, found 6",
    });
  });

  it("readTable(bytes, file, spec) rejects a bad board number with file, line, column and header", () => {
    expect(r.rejected[3]).toEqual({
      file: "po-vestigingen.csv",
      line: 8,
      column: 2,
      field: "BEVOEGD GEZAG NUMMER",
      reason: 'not a bevoegd-gezag number: "4100X"',
    });
  });

  it("readTable(bytes, file, spec) rejects a vestiging code that belongs to another BRIN", () => {
    expect(r.rejected[4]).toEqual({
      file: "po-vestigingen.csv",
      line: 9,
      column: 4,
      field: "VESTIGINGSNUMMER",
      reason: 'vestiging code "05EE00" does not belong to BRIN "04DD"',
    });
    expect(r.rejected).toHaveLength(5);
  });

  it("readTable(bytes, file, spec) rejects a 12a cell in a wide year column with its line and column", () => {
    const h = readTable(
      fixture("po-leerlingen-historisch.csv", { encoding: "utf-8-bom" }),
      "06.csv",
      historicPupilsSpec,
    );
    expect(h.rejected).toEqual([
      { file: "06.csv", line: 6, column: 12, field: "LEERLINGEN_2022", reason: 'not a Dutch number: "12a"' },
    ]);
    expect(h.rows.map((x) => x.vest)).toEqual(["01AA00", "01AA01", "08HH00", "02BB00"]);
  });

  it("readTable(bytes, file, spec) counts line numbers from the file's first line under a title line", () => {
    const b = readTable(fixture("po-leerlingen-bron-2016.csv", { eol: "cr" }), "bron.csv", bronSpec);
    expect(b.rejected).toEqual([
      { file: "bron.csv", line: 6, column: 6, field: "SWV", reason: "not a PO-SWV code" },
    ]);
  });
});

describe("readTable: structural errors", () => {
  it("readTable(bytes, file, spec) names the file, the missing column and the headers found", () => {
    const e = sourceError(() =>
      readTable(fixture("missing-column.csv"), "missing-column.csv", historicPupilsSpec),
    );
    expect(e.file).toBe("missing-column.csv");
    expect(e.line).toBe(1);
    expect(e.message).toBe(
      "missing-column.csv:1: missing required column(s): board (BEVOEGD GEZAG NUMMER / BEVOEGD_GEZAG_NUMMER / BEVOEGD GEZAG); " +
        "headers found: INSTELLINGSCODE;VESTIGINGSCODE;NAAM_VESTIGING;SOORT_VESTIGING;DENOMINATIE_VESTIGING;" +
        "GEMEENTECODE_VESTIGING;GEMEENTENAAM_VESTIGING;LEERLINGEN_2024;LEERLINGEN_2025",
    );
  });

  it("readTable(bytes, file, spec) shows the real header, not the title line, when a column is missing below a title", () => {
    const text = fixtureText("po-leerlingen-bron-2016.csv").replace(";SWV;", ";SAMENWERKINGSVERBAND;");
    const e = sourceError(() => readTable(encode(text), "bron.csv", bronSpec));
    expect(e.line).toBe(2);
    expect(e.message).toBe(
      "bron.csv:2: missing required column(s): swv (SWV); headers found: BRIN_NUMMER;VESTIGINGSNUMMER;" +
        "NAAM_INSTELLING;GEMEENTENAAM;PROVINCIE;SAMENWERKINGSVERBAND;BEVOEGD_GEZAG_NUMMER;TOTAAL;TOTAAL_JONGER_8;TOTAAL_8_EO",
    );
  });

  it("readTable(bytes, file, spec) lists every missing column, wide year columns included", () => {
    const e = sourceError(() =>
      readTable(encode("INSTELLINGSCODE;VESTIGINGSCODE\n01AA;01AA00\n"), "x.csv", historicPupilsSpec),
    );
    expect(e.message).toBe(
      "x.csv:1: missing required column(s): name (NAAM VESTIGING), kind (SOORT VESTIGING), " +
        "board (BEVOEGD GEZAG NUMMER / BEVOEGD_GEZAG_NUMMER / BEVOEGD GEZAG), " +
        "municipality (GEMEENTENAAM VESTIGING), pupils (columns matching /^LEERLINGEN (\\d{4})$/); " +
        "headers found: INSTELLINGSCODE;VESTIGINGSCODE",
    );
  });

  it("readTable(bytes, file, spec) throws for an empty file", () => {
    expect(sourceError(() => readTable(encode("\n\n"), "empty.csv", staffSpec)).message).toBe(
      "empty.csv: the file is empty",
    );
  });
});

describe("readTable: hardening", () => {
  const soVso = (cells: string) =>
    encode(`SAMENWERKINGSVERBAND;BRIN NUMMER (V)SO;${cells}\nPO0001;26MN;66;0;3\nPO0001;26MW;94;1;4\n`);
  const spec = (occurrence?: number): TableSpec<{ code: string; total: unknown }> => ({
    columns: {
      code: { headers: ["SAMENWERKINGSVERBAND"] },
      total: { headers: ["TOTAAL"], ...(occurrence ? { occurrence } : {}) },
    },
    schema: z.object({ code: z.string(), total: z.string() }),
  });

  it("readTable(bytes, file, spec) stops on a header naming a column it reads twice, naming both columns", () => {
    const e = sourceError(() => readTable(soVso("TOTAAL;INSTROOM;TOTAAL"), "groei.csv", spec()));
    expect([e.line, e.column]).toEqual([1, 5]);
    expect(e.message).toBe(
      'groei.csv:1:5: duplicate column name "TOTAAL" (total): column 3 and column 5; the spec must say which occurrence it means',
    );
  });

  it("readTable(bytes, file, spec) reads the occurrence the spec states of a repeated column name", () => {
    const first = readTable(soVso("TOTAAL;INSTROOM;TOTAAL"), "groei.csv", spec(1));
    expect(first.rows.map((r) => r.total)).toEqual(["66", "94"]);
    const second = readTable(soVso("TOTAAL;INSTROOM;TOTAAL"), "groei.csv", spec(2));
    expect(second.rows.map((r) => r.total)).toEqual(["3", "4"]);
    expect(sourceError(() => readTable(soVso("TOTAAL;INSTROOM;TOTAAL"), "g.csv", spec(3))).message).toContain(
      "missing required column(s): total (occurrence 3 of TOTAAL; found 2)",
    );
  });

  it("readTable(bytes, file, spec) ignores a repeated header the spec does not read", () => {
    const r = readTable(soVso("TOTAAL;CAT LAAG;CAT LAAG"), "groei.csv", spec());
    expect(r.rows.map((x) => x.total)).toEqual(["66", "94"]);
  });

  it("readTable(bytes, file, spec) stops on two wide columns for the same year", () => {
    const text = withHeader("po-personeel.csv", (h) => h.replace("PERSONEN 2020", "PERSONEN_2019"));
    const e = sourceError(() => readTable(encode(text), "p.csv", staffSpec));
    expect(e.message).toMatch(
      /^p\.csv:1:5: duplicate column name "PERSONEN 2019" \(persons 2019\): column 4 and column 5;/,
    );
  });

  it("readTable(bytes, file, spec) rejects a row with a stray quote and keeps the others", () => {
    const text = fixtureText("po-personeel.csv").split("\n");
    text[2] = text[2]!.replace(/^([^;]*);/, '"$1"x;');
    const r = readTable(encode(text.join("\n")), "p.csv", staffSpec);
    expect(r.rejected).toEqual([
      {
        file: "p.csv",
        line: 3,
        column: 1,
        field: "ONDERWIJSTYPE",
        reason: 'text after the closing quote of "BAO" (a quote inside a quoted cell must be doubled)',
      },
    ]);
    expect(r.rows.map((x) => x.line)).toEqual([2, 4, 5]);
  });

  it("readTable(bytes, file, spec) cuts a long quoted cell in a reason to 60 characters and …", () => {
    const long = "X".repeat(200);
    const text = fixtureText("po-personeel.csv").replace(/\n([^;]*;)(\d+);/, `\n$1${long};`);
    const r = readTable(encode(text), "p.csv", staffSpec);
    expect(r.rejected[0]!.reason).toBe(`not a bevoegd-gezag number: "${"X".repeat(60)}…"`);
  });

  it("readTable(bytes, file, spec, options) rejects a filled wide year column outside the stated period", () => {
    const r = readTable(fixture("po-personeel.csv"), "p.csv", staffSpec, { period: [2011, 2022] });
    expect(r.rows).toHaveLength(0);
    expect(r.rejected[0]).toEqual({
      file: "p.csv",
      line: 2,
      column: 8,
      field: "PERSONEN 2023",
      reason: `year 2023 lies outside the file's period 2011-2022: "23"`,
    });
    expect(
      readTable(fixture("po-personeel.csv"), "p.csv", staffSpec, { period: [2019, 2023] }).rejected,
    ).toEqual([]);
  });
});
