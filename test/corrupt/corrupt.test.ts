// Corrupted input: what the data step does with bad source files. Small fixtures are built here as bytes;
// real files are copied from data/snapshot/ and corrupted in a temporary raw folder, then read through the
// same sourceReader the data step uses (manifest mirrorPath in messages, manifest period, trust rules).
// Each case asserts a stop (SourceError with file, line, column) or that only the corrupted rows are
// rejected and reported while every other row reads as before.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDerived, REJECTIONS_CAP, type Derived } from "../../src/lib/data/build.ts";
import { SourceError, type Rejection } from "../../src/lib/data/errors.ts";
import { fetchSources } from "../../src/lib/data/fetch.ts";
import { sourceReader, type SourceStats } from "../../src/lib/data/load.ts";
import { loadTablesParallel } from "../../src/lib/data/loadParallel.ts";
import { loadManifest, rawFileName, type Source } from "../../src/lib/data/manifest.ts";
import * as F from "../../src/lib/data/specs-finance.ts";
import * as L from "../../src/lib/data/specs-lists.ts";
import * as S from "../../src/lib/data/specs.ts";
import { readTable, type TableSpec } from "../../src/lib/data/table.ts";
import { encode } from "../helpers/fixtures.ts";
import { makeXlsx } from "../helpers/makeXlsx.ts";

const manifest = loadManifest("data/sources.json");
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const source = (id: string): Source => manifest.sources.find((s) => s.id === id)!;
/** The committed snapshot bytes of a source. */
const snapshot = (id: string) => new Uint8Array(readFileSync(join("data/snapshot", source(id).mirrorPath)));

/** A file's lines as byte-preserving (latin1) strings, with its line end, so edits never re-encode it. */
function lines(bytes: Uint8Array): { lines: string[]; eol: string } {
  const text = Buffer.from(bytes).toString("latin1");
  const eol = text.includes("\r\n") ? "\r\n" : text.includes("\n") ? "\n" : "\r";
  return { lines: text.split(eol), eol };
}
const join_ = (l: { lines: string[]; eol: string }) =>
  new Uint8Array(Buffer.from(l.lines.join(l.eol), "latin1"));
/** The source's snapshot with `edit` applied to its lines (index 0 = line 1). */
function edited(id: string, edit: (lines: string[]) => void): Uint8Array {
  const l = lines(snapshot(id));
  edit(l.lines);
  return join_(l);
}

/** Reads `bytes` as source `id` through the data step's sourceReader on a temporary raw folder. */
function read<T>(id: string, spec: TableSpec<T>, bytes: Uint8Array) {
  const dir = mkdtempSync(join(tmpdir(), "corrupt-"));
  dirs.push(dir);
  writeFileSync(join(dir, rawFileName(source(id))), bytes);
  const stats: SourceStats[] = [];
  const rows = sourceReader(manifest, dir, stats)(id, spec);
  return { rows, stats: stats[0]!, rejected: stats[0]!.rejected, path: join(dir, rawFileName(source(id))) };
}

/** Runs `f` and returns the SourceError it throws. */
function stop(f: () => unknown): SourceError {
  try {
    f();
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
  throw new Error("expected the data step to stop with a SourceError");
}

/** Rows without their line numbers, by line, for comparing "every other row unchanged". */
const byLine = <T extends { line: number }>(rows: T[]) => new Map(rows.map((r) => [r.line, r]));
function expectOthersUnchanged<T extends { line: number }>(before: T[], after: T[], affected: number[]) {
  const a = byLine(after);
  const expected = before.filter((r) => !affected.includes(r.line));
  expect(after.filter((r) => !affected.includes(r.line))).toEqual(expected);
  for (const l of affected) expect(a.has(l)).toBe(false);
}

// ---------------------------------------------------------------------------------------------------------
describe("duplicate header names", () => {
  it("a repeated JAAR header in the real po-balans stops, naming the DUO file and both columns", () => {
    const bytes = edited("po-balans", (l) => {
      l[0] = l[0]!.replace("1.4 - VOORRADEN", "JAAR");
    });
    const e = stop(() => read("po-balans", S.balanceSpec, bytes));
    expect(e.file).toBe("duo-po-financien-2011-2015/01.-po-(mab)-balans-2011-2015.csv");
    expect([e.line, e.column]).toEqual([1, 8]);
    expect(e.message).toContain('duplicate column name "JAAR" (year): column 4 and column 8');
    expect(e.message).toContain("(source po-balans, read from ");
  });

  it("the real so/vso xls (four TOTAAL columns under a 2-row header) stops without an occurrence", () => {
    const stated = L.soVsoSpec(/^PO groei/);
    const total = { headers: stated.columns.total!.headers }; // the spec without its occurrence
    const spec = { ...stated, columns: { ...stated.columns, total } };
    const e = stop(() => read("swv-so-vso-2013", spec, snapshot("swv-so-vso-2013")));
    expect([e.line, e.column]).toEqual([2, 16]);
    expect(e.message).toContain(
      'duplicate column name "TOTAAL" (total): column 9 (I) and column 16 (P) and column 23 (W) and column 30 (AD)',
    );
  });

  it("the so/vso spec states the first TOTAAL, so the real file reads (PO0001 26MN: 66 on 1-10-2013)", () => {
    const r = read("swv-so-vso-2013", L.soVsoSpec(/^PO groei/), snapshot("swv-so-vso-2013"));
    expect(r.rows[0]).toMatchObject({ code: "PO0001", brin: "26MN", total: 66, line: 3 });
    expect(r.rejected).toEqual([]);
  });

  it("a repeated header in an xlsx finance file stops with its sheet row and column letters", () => {
    const header = [
      "Bevoegd Gezag",
      "Sector",
      "Groepering",
      "Naam",
      "Jaar",
      "Eigen vermogen",
      "Eigen vermogen",
    ];
    const rest = ["Voorzieningen", "Langlopende schulden", "Kortlopende schulden"];
    const totals = ["Totaal van vlottende activa", "Totaal van activa", "Totaal van passiva"];
    const row = ["10000", "PO", "PO", "X", "2015", 1, 2, 3, 4, 5, 6, 7, 8];
    const bytes = makeXlsx([{ name: "Blad1", rows: [[...header, ...rest, ...totals], row] }]);
    const e = stop(() => readTable(bytes, "01-balans.xlsx", F.balansSpec));
    expect([e.line, e.column]).toEqual([1, 7]);
    expect(e.message).toContain(
      'duplicate column name "Eigen vermogen" (equity): column 6 (F) and column 7 (G)',
    );
  });

  it("a repeated header the spec does not read does not stop the file", () => {
    const bytes = edited("po-balans", (l) => {
      l[0] = l[0]!.replace("1.4 - VOORRADEN", "1.5 - VORDERINGEN");
    });
    expect(read("po-balans", S.balanceSpec, bytes).rows).toHaveLength(5434);
  });

  it("a dropped required column stops with the missing column and the header found", () => {
    const bytes = edited("vo-leerlingen-bestuur-2017", (l) => {
      for (let i = 0; i < l.length; i++) l[i] = l[i]!.replace(/;[^;]*$/, "");
    });
    const e = stop(() => read("vo-leerlingen-bestuur-2017", S.voPupilsBoardSpec, bytes));
    expect(e.line).toBe(1);
    expect(e.message).toContain("missing required column(s): total (TOTAAL AANTAL LEERLINGEN)");
  });
});

// ---------------------------------------------------------------------------------------------------------
describe("unterminated quotes", () => {
  it("a cut closing quote at a line end of the all-quoted exam file stops at the line where it opened", () => {
    const bytes = edited("vo-examens-2019-2024", (l) => {
      l[99] = l[99]!.replace(/"$/, "");
    });
    const line100 = lines(snapshot("vo-examens-2019-2024")).lines[99]!;
    const lastQuote = line100.lastIndexOf('"', line100.length - 2);
    const e = stop(() => read("vo-examens-2019-2024", S.exam2019Spec, bytes));
    expect(e.file).toBe("duo-vo-examens-2019-2024/examenkandidaten-en-geslaagden-2019-2024.csv");
    expect(e.line).toBe(100);
    expect(e.column).toBe(lastQuote + 1);
    expect(e.message).toContain("unterminated quote: the quote opened at line 100");
    expect(e.message).toContain("is closed only at line 101, column 1, by a quote with text after it");
  });

  it("a cut closing quote of a quoted school name swallows no rows: the file stops at that line", () => {
    // po-vestigingen-actueel quotes only names with quotes in them: "Basisschool ""De Maasparel""".
    const at = lines(snapshot("po-vestigingen-actueel")).lines.findIndex((x) =>
      x.includes('""De Maasparel"""'),
    );
    const bytes = edited("po-vestigingen-actueel", (l) => {
      l[at] = l[at]!.replace('""De Maasparel"""', '""De Maasparel""');
    });
    const e = stop(() => read("po-vestigingen-actueel", S.vestigingListSpec, bytes));
    expect(e.line).toBe(at + 1);
    expect(e.message).toMatch(/unterminated quote: the quote opened at line \d+, column \d+ \(field 5\)/);
    expect(e.message.length).toBeLessThan(400); // the swallowed text is quoted cut, not hundreds of rows
  });

  it("a quote never closed in a small file stops at the line and column where it opened", () => {
    const spec = S.boardNameSpec;
    const text =
      'kvk,naam,herkomst,soort,bevoegd_gezag\n1,"Stg Noord,besturenlijst,po,41001\n2,Zuid,rio,po,41002\n';
    const e = stop(() => readTable(encode(text), "duo_besturen.csv", spec));
    expect([e.file, e.line, e.column]).toEqual(["duo_besturen.csv", 2, 3]);
    expect(e.message).toContain("is never closed (it runs to the end of the file)");
  });

  it("a cut quote inside one line of the exam file rejects only that row", () => {
    const before = read("vo-examens-2019-2024", S.exam2019Spec, snapshot("vo-examens-2019-2024")).rows;
    const bytes = edited("vo-examens-2019-2024", (l) => {
      l[49] = l[49]!.replace(/^"([^"]*)";/, '"$1;');
    });
    const r = read("vo-examens-2019-2024", S.exam2019Spec, bytes);
    expect(r.rejected).toEqual([
      expect.objectContaining({
        line: 50,
        column: 1,
        reason: expect.stringContaining("text after the closing quote"),
      }),
    ]);
    expectOthersUnchanged(before, r.rows, [50]);
  });
});

// ---------------------------------------------------------------------------------------------------------
describe("share of rejected rows", () => {
  const afstand = () => read("po-afstand-2016", S.distanceSpec, snapshot("po-afstand-2016")).rows;

  it("one bad AFSTAND cell in the real file rejects that row only, with line, column and header", () => {
    const before = afstand();
    const bytes = edited("po-afstand-2016", (l) => {
      l[9] = l[9]!.replace(/;([^;]*);([^;]*)$/, ";12a;$2");
    });
    const r = read("po-afstand-2016", S.distanceSpec, bytes);
    expect(r.rejected).toMatchObject([
      {
        file: source("po-afstand-2016").mirrorPath,
        line: 10,
        column: 13,
        field: "AFSTAND",
        reason: 'not a Dutch number: "12a"',
      },
    ]);
    expectOthersUnchanged(before, r.rows, [10]);
  });

  it("bad cells in 6% of the rows stop the real file: it is not trusted as a whole", () => {
    const bytes = edited("po-afstand-2016", (l) => {
      for (let i = 1; i < l.length; i += 16) if (l[i]) l[i] = l[i]!.replace(/;([^;]*);([^;]*)$/, ";x;$2");
    });
    const e = stop(() => read("po-afstand-2016", S.distanceSpec, bytes));
    expect(e.message).toMatch(
      /\d+ of 7532 rows rejected \(6\.\d%, more than the 5% allowed\): the file as a whole is not trusted/,
    );
    expect([e.line, e.column]).toEqual([2, 13]);
  });

  it("a spec may allow a larger share, with its reason", () => {
    const bytes = edited("po-afstand-2016", (l) => {
      for (let i = 1; i < l.length; i += 16) if (l[i]) l[i] = l[i]!.replace(/;([^;]*);([^;]*)$/, ";x;$2");
    });
    const spec = { ...S.distanceSpec, maxRejected: { share: 0.1, reason: "a test says so" } };
    const r = read("po-afstand-2016", spec, bytes);
    expect(r.rejected.length).toBe(471);
    expect(r.rows.length).toBe(7532 - 471);
  });

  it("a file whose rows are all rejected stops: no row kept", () => {
    const bytes = encode(
      "BEVOEGD GEZAG NUMMER;BRIN NUMMER;VESTIGINGSNUMMER;INSTELLINGSNAAM VESTIGING;PLAATSNAAM;GEMEENTENAAM;PROVINCIE;TOTAAL AANTAL LEERLINGEN\n" +
        "X;11AB;11AB00;A;B;C;D;1\n",
    );
    const e = stop(() => read("vo-leerlingen-bestuur-2018", S.voPupilsBoardSpec, bytes));
    expect(e.message).toContain(
      "no row kept (1 read, 1 rejected); first at line 2: not a bevoegd-gezag number",
    );
  });

  it("a file with a header and no rows stops: no row kept", () => {
    const header = lines(snapshot("vo-leerlingen-bestuur-2017")).lines[0]!;
    const e = stop(() => read("vo-leerlingen-bestuur-2017", S.voPupilsBoardSpec, encode(header + "\n")));
    expect(e.message).toContain("no row kept (0 read, 0 rejected)");
    expect(e.line).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------------------
describe("encoding", () => {
  it("one byte flipped in a real UTF-8 file (with valid ë, ú elsewhere) stops at its line and column", () => {
    const l = lines(snapshot("po-eindscores-2015"));
    const col = l.lines[20]!.indexOf(";") + 2; // the first byte of the second field
    const bytes = edited("po-eindscores-2015", (x) => {
      x[20] = x[20]!.slice(0, col - 1) + "\xe9" + x[20]!.slice(col);
    });
    const e = stop(() => read("po-eindscores-2015", S.eindscoreSpec, bytes));
    expect([e.line, e.column]).toEqual([21, col]);
    expect(e.message).toContain("first invalid byte 0xE9 at line 21");
    expect(e.file).toBe(source("po-eindscores-2015").mirrorPath);
  });

  it("one byte flipped in the real UTF-8-with-BOM 06 file stops at its line and column", () => {
    const bytes = edited("po-leerlingen-historisch", (x) => {
      x[2] = "\xff" + x[2]!.slice(1);
    });
    const e = stop(() => read("po-leerlingen-historisch", S.historicPupilsSpec, bytes));
    expect([e.line, e.column]).toEqual([3, 1]);
    expect(e.message).toContain(
      "the file starts with a UTF-8 BOM but is not valid UTF-8; first invalid byte 0xFF",
    );
  });

  it("one UTF-8 character pasted into a real Windows-1252 file stops at its first Windows-1252 byte", () => {
    const l = lines(snapshot("po-vestigingen-actueel"));
    const first = l.lines.findIndex((x) => /[\x80-\xff]/.test(x));
    const bytes = edited("po-vestigingen-actueel", (x) => {
      x[1] = x[1]!.replace(";", ";\xc3\xa9");
    });
    const e = stop(() => read("po-vestigingen-actueel", S.vestigingListSpec, bytes));
    expect(e.line).toBe(first + 1);
    expect(e.message).toContain("the file is UTF-8 (a multi-byte character at line 2");
  });

  it("a real Windows-1252 file still reads as Windows-1252, its names intact", () => {
    const r = read("po-balans", S.balanceSpec, snapshot("po-balans"));
    expect(r.stats.encoding).toBe("windows-1252");
    expect(r.rejected).toEqual([]);
  });

  it("a real UTF-8 file with one character turned into its Windows-1252 byte does not become garbled text", () => {
    // vo-leerlingen-bestuur-2024 holds "Fryslân" in UTF-8 (C3 A2); turning one into cp1252 â (E2) must stop.
    const bytes = edited("vo-leerlingen-bestuur-2024", (x) => {
      const i = x.findIndex((s) => s.includes("Frysl\xc3\xa2n"));
      x[i] = x[i]!.replace("Frysl\xc3\xa2n", "Frysl\xe2n");
    });
    expect(stop(() => read("vo-leerlingen-bestuur-2024", L.voPupilsVavoSpec, bytes)).message).toContain(
      "unreadable encoding",
    );
  });

  it("a UTF-16 file stops", () => {
    const e = stop(() => readTable(encode("A;B\n1;2\n", { encoding: "utf-16le" }), "u.csv", S.staffSpec));
    expect(e.message).toContain("UTF-16 is not supported");
  });
});

// ---------------------------------------------------------------------------------------------------------
describe("years outside the stated period", () => {
  it("a JAAR of 2031 in the real po-balans (2011-2015) rejects that row only", () => {
    const before = read("po-balans", S.balanceSpec, snapshot("po-balans")).rows;
    const bytes = edited("po-balans", (l) => {
      l[4] = l[4]!.replace(/^([^;]*;[^;]*;[^;]*;)\d{4};/, "$12031;");
    });
    const r = read("po-balans", S.balanceSpec, bytes);
    expect(r.rejected).toMatchObject([
      {
        file: source("po-balans").mirrorPath,
        line: 5,
        column: 4,
        field: "JAAR",
        reason: "year 2031 lies outside the file's period 2011-2015",
      },
    ]);
    expectOthersUnchanged(before, r.rows, [5]);
  });

  it("a JAAR of 2005 in the real functiemix (2006-2017) rejects that row only", () => {
    const bytes = edited("functiemix-besturen-2006-2017", (l) => {
      l[7022] = l[7022]!.replace(/^3,2017,/, "3,2005,");
    });
    const r = read("functiemix-besturen-2006-2017", L.functiemixSpec, bytes);
    expect(r.rejected).toMatchObject([
      { line: 7023, reason: "year 2005 lies outside the file's period 2006-2017" },
    ]);
    expect(r.rows).toHaveLength(18589);
  });

  it("a wide year column renamed to 2026 in the 06 file (1996-2025) rejects the rows with a count there: the file stops", () => {
    const bytes = edited("po-leerlingen-historisch", (l) => {
      l[0] = l[0]!.replace("LEERLINGEN_2025", "LEERLINGEN_2026");
    });
    const e = stop(() => read("po-leerlingen-historisch", S.historicPupilsSpec, bytes));
    expect(e.message).toContain("no row kept (9737 read, 9737 rejected)");
    expect(e.message).toContain("first at line 2: year 2026 lies outside the file's period 1996-2025");
  });

  it("a wide year column outside the period with blank cells only rejects nothing", () => {
    const text =
      "ONDERWIJSTYPE;BEVOEGD GEZAG;INSTELLINGSCODE;PERSONEN 2011;PERSONEN 2030\nBAO;41001;01AA;20;\nBAO;41001;01AB;5; \n";
    const r = readTable(encode(text), "p.csv", S.staffSpec, { period: [2011, 2025] });
    expect(r.rejected).toEqual([]);
    expect(r.rows.map((x) => x.persons["2030"])).toEqual([
      { missing: "not-reported" },
      { missing: "not-reported" },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------
describe("duplicate keys and rows", () => {
  const voSpec = S.voPupilsBoardSpec;
  const vo2017 = () => read("vo-leerlingen-bestuur-2017", voSpec, snapshot("vo-leerlingen-bestuur-2017"));

  it("a row repeated with another count leaves the key out entirely and reports both lines", () => {
    const before = vo2017().rows;
    const bytes = edited("vo-leerlingen-bestuur-2017", (l) => {
      const n = l.length - 1; // the file ends with a line end
      l.splice(n, 0, l[1]!.replace(/;168$/, ";169"));
    });
    const r = read("vo-leerlingen-bestuur-2017", voSpec, bytes);
    const last = before.length + 2;
    expect(r.rejected.map((x) => [x.line, x.column, x.reason])).toEqual([
      [
        2,
        11,
        `conflicting duplicate key 19HY19HY00 (lines 2, ${last}): "168" here, "169" at line ${last}; the key is left out`,
      ],
      [
        last,
        11,
        `conflicting duplicate key 19HY19HY00 (lines 2, ${last}): "169" here, "168" at line 2; the key is left out`,
      ],
    ]);
    expect(r.rows.some((x) => x.vest === "19HY00")).toBe(false);
    expectOthersUnchanged(before, r.rows, [2]);
  });

  it("an exact duplicate row is reported once and counted once", () => {
    const before = vo2017().rows;
    const bytes = edited("vo-leerlingen-bestuur-2017", (l) => {
      l.splice(l.length - 1, 0, l[1]!);
    });
    const r = read("vo-leerlingen-bestuur-2017", voSpec, bytes);
    expect(r.rejected).toMatchObject([
      {
        file: source("vo-leerlingen-bestuur-2017").mirrorPath,
        line: before.length + 2,
        reason: "exact duplicate of line 2 (counted once)",
      },
    ]);
    expect(r.rows).toEqual(before);
  });

  it("a key three times, twice the same and once different, is left out with all three lines reported", () => {
    const bytes = edited("vo-leerlingen-bestuur-2017", (l) => {
      l.splice(l.length - 1, 0, l[1]!, l[1]!.replace(/;168$/, ";1"));
    });
    const r = read("vo-leerlingen-bestuur-2017", voSpec, bytes);
    expect(r.rejected.map((x) => x.line)).toEqual([2, 1466, 1467]);
    expect(r.rejected.every((x) => x.reason.includes("(lines 2, 1466, 1467)"))).toBe(true);
  });

  it("an exact duplicate row in a file without a key (vo onderwijstype 2016) is reported and dropped", () => {
    const spec = S.voPupilsTypeSpec;
    const before = read(
      "vo-leerlingen-onderwijstype-2016",
      spec,
      snapshot("vo-leerlingen-onderwijstype-2016"),
    ).rows;
    const bytes = edited("vo-leerlingen-onderwijstype-2016", (l) => {
      l.splice(l.length - 1, 0, l[5]!);
    });
    const r = read("vo-leerlingen-onderwijstype-2016", spec, bytes);
    expect(r.rejected).toMatchObject([
      { line: before.length + 2, reason: "exact duplicate of line 6 (counted once)" },
    ]);
    expect(r.rows).toEqual(before);
  });

  it("two rows differing in one cell in a file without a key are both kept (nothing says they are one)", () => {
    const spec = S.voPupilsTypeSpec;
    const bytes = edited("vo-leerlingen-onderwijstype-2016", (l) => {
      l.splice(l.length - 1, 0, l[5]!.replace(/;(\d+)$/, ";99$1"));
    });
    expect(read("vo-leerlingen-onderwijstype-2016", spec, bytes).rejected).toEqual([]);
  });

  it("a conflicting board and year in the finance xlsx leaves that board-year out", () => {
    const header = [
      "Bevoegd Gezag",
      "Sector",
      "Groepering",
      "Naam",
      "Jaar",
      "Eigen vermogen",
      "Voorzieningen",
    ];
    const rest = [
      "Langlopende schulden",
      "Kortlopende schulden",
      "Totaal van vlottende activa",
      "Totaal van activa",
      "Totaal van passiva",
    ];
    const row = (board: string, equity: number) => [board, "PO", "PO", "X", "2015", equity, 1, 2, 3, 4, 5, 6];
    const bytes = makeXlsx([
      {
        name: "Blad1",
        rows: [
          [...header, ...rest],
          row("10000", 7),
          row("10001", 8),
          row("10000", 9),
          ...Array.from({ length: 40 }, (_, i) => row(String(20000 + i), i)),
        ],
      },
    ]);
    const r = readTable(bytes, "01-balans.xlsx", F.balansSpec);
    expect(r.rows.some((x) => x.board === "10000")).toBe(false);
    expect(r.rows.find((x) => x.board === "10001")!.equity).toBe(8);
    expect(r.rejected.map((x) => [x.line, x.field])).toEqual([
      [2, "Eigen vermogen"],
      [4, "Eigen vermogen"],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------
describe("vestiging codes against their BRIN", () => {
  it("a vestiging code of another BRIN in the real vo 2017 file rejects that row with the reason", () => {
    const before = read(
      "vo-leerlingen-bestuur-2017",
      S.voPupilsBoardSpec,
      snapshot("vo-leerlingen-bestuur-2017"),
    ).rows;
    const bytes = edited("vo-leerlingen-bestuur-2017", (l) => {
      l[2] = l[2]!.replace(";18BR00;", ";19HY07;");
    });
    const r = read("vo-leerlingen-bestuur-2017", S.voPupilsBoardSpec, bytes);
    expect(r.rejected).toMatchObject([
      {
        file: source("vo-leerlingen-bestuur-2017").mirrorPath,
        line: 3,
        column: 3,
        field: "VESTIGINGSNUMMER",
        reason: 'vestiging code "19HY07" does not belong to BRIN "18BR"',
      },
    ]);
    expectOthersUnchanged(before, r.rows, [3]);
  });

  it("a 2-digit vestiging number is combined with its BRIN, never rejected for it", () => {
    const r = read("po-afstand-2016", S.distanceSpec, snapshot("po-afstand-2016"));
    expect(r.rows[0]).toMatchObject({ brin: "00AO", vest: "00" });
  });
});

// ---------------------------------------------------------------------------------------------------------
describe("messages", () => {
  it("a 300-character cell is quoted cut to 60 characters and …", () => {
    const bytes = edited("vo-leerlingen-bestuur-2017", (l) => {
      l[3] = l[3]!.replace(/^\d+;/, `${"9".repeat(300)};`);
    });
    const r = read("vo-leerlingen-bestuur-2017", S.voPupilsBoardSpec, bytes);
    expect(r.rejected[0]!.reason).toBe(`not a bevoegd-gezag number: "${"9".repeat(60)}…"`);
  });

  it("a stopped file names its path in the source folder and the local copy it was read from", () => {
    const bytes = edited("vo-leerlingen-bestuur-2017", (l) => {
      l[5] = l[5]! + ';"open';
    });
    const r = stop(() => read("vo-leerlingen-bestuur-2017", S.voPupilsBoardSpec, bytes));
    expect(r.message).toMatch(
      /^duo-vo-besturen-2017-2023\/03-leerlingen-vo-per-vestiging-en-bestuur-vavo-apart-2017\.csv:6:\d+: unterminated quote/,
    );
    expect(r.message).toContain("(source vo-leerlingen-bestuur-2017, read from ");
  });
});

// ---------------------------------------------------------------------------------------------------------
describe("the whole pipeline on a corrupted raw folder", () => {
  let derived: Derived;
  const extra: Rejection[] = Array.from({ length: REJECTIONS_CAP + 20 }, (_, i) => ({
    file: "x.csv",
    line: i + 2,
    reason: "test",
  }));

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "corrupt-pipeline-"));
    dirs.push(dir);
    fetchSources(manifest, { rawDir: dir });
    // functiemix: 41211 (vo) 2017 repeated with another FTE total → that board-year's FTE is left out.
    const fm = lines(new Uint8Array(readFileSync(join(dir, "functiemix-besturen-2006-2017.csv"))));
    const at = fm.lines.findIndex((x) => x.startsWith("3,2017,41211,"));
    fm.lines.splice(fm.lines.length - 1, 0, fm.lines[at]!.replace(",5506.8,", ",5606.8,"));
    writeFileSync(join(dir, "functiemix-besturen-2006-2017.csv"), join_(fm));
    // 06 historisch: one vestiging of 41646 repeated exactly → counted once.
    const h = lines(new Uint8Array(readFileSync(join(dir, "po-leerlingen-historisch.csv"))));
    const v = h.lines.findIndex((x) => x.split(";")[5] === "41646");
    h.lines.splice(h.lines.length - 1, 0, h.lines[v]!);
    writeFileSync(join(dir, "po-leerlingen-historisch.csv"), join_(h));
    // vo pupils 2022: one vestiging of 41211 with a text total → that row is rejected, the board's 2022 sum is "≥".
    const vo = lines(new Uint8Array(readFileSync(join(dir, "vo-leerlingen-bestuur-2022.csv"))));
    const w = vo.lines.findIndex((x) => x.startsWith("41211;"));
    vo.lines[w] = vo.lines[w]!.replace(/;[^;]*$/, ";x");
    writeFileSync(join(dir, "vo-leerlingen-bestuur-2022.csv"), join_(vo));
    const stats: SourceStats[] = [];
    // The data step's reader (2 threads): the other tests of this file use one thread, the real-data test too;
    // this file often runs last in the unit project, when the second core is free.
    const tables = await loadTablesParallel(manifest, dir, stats, 2);
    stats.push({
      id: "zz-test",
      file: "x.csv",
      encoding: "utf-8",
      rowsRead: 600,
      rowsKept: 80,
      rejected: extra,
    });
    derived = buildDerived(tables, stats);
  }, 120_000);

  const point = (board: string, indicator: string, sector: string, year: number) =>
    derived.boards
      .find((b) => b.id === board)
      ?.series.find((s) => s.indicator === indicator && s.sector === sector)
      ?.points.find((p) => p.year === year);

  it("a conflicting functiemix row makes 41211's 2017 FTE missing, never 0, and leaves 2016 and other boards as they were", () => {
    const p = point("41211", "fte-totaal", "vo", 2017);
    expect(p?.value).toBeUndefined();
    expect(point("41211", "fte-totaal", "vo", 2016)?.value).toBeGreaterThan(0);
    expect(point("41646", "fte-totaal", "po", 2017)).toMatchObject({ year: 2017, value: 254 });
    const fm = derived.coverage.sources.find((s) => s.id === "functiemix-besturen-2006-2017")!;
    expect(fm.rejected).toBe(2);
    expect(fm.examples.every((e) => e.reason.startsWith("conflicting duplicate key 3:41211:2017"))).toBe(
      true,
    );
  });

  it("a rejected vestiging row of 41211 makes its 2022 pupil total a lower bound with a note, not a silent total", () => {
    const p = point("41211", "leerlingen", "vo", 2022);
    expect(p?.lowerBound).toBe(true);
    expect(p?.note).toContain("1 rij(en) van dit bestuur afgekeurd in het bronbestand");
    expect(point("41211", "leerlingen", "vo", 2021)?.lowerBound).toBeUndefined();
    const r = derived.coverage.sources.find((s) => s.id === "vo-leerlingen-bestuur-2022")!;
    expect(r.examples).toMatchObject([{ column: 11 }]);
  });

  it("an exactly repeated 06 row leaves 41646's 2025 pupils at 4,181 over 26 vestigingen", () => {
    expect(point("41646", "leerlingen", "po", 2025)).toEqual({ year: 2025, value: 4181 });
    expect(point("41646", "vestigingen", "po", 2025)).toEqual({ year: 2025, value: 26 });
    const h = derived.coverage.sources.find((s) => s.id === "po-leerlingen-historisch")!;
    expect(h.rejected).toBe(6);
    expect(h.examples.at(-1)!.reason).toMatch(/^exact duplicate of line \d+ \(counted once\)$/);
  });

  it("the coverage report keeps rejections up to its cap and counts them all", () => {
    const z_ = derived.coverage.sources.find((s) => s.id === "zz-test")!;
    expect(z_.rejected).toBe(REJECTIONS_CAP + 20);
    expect(z_.examples).toHaveLength(REJECTIONS_CAP);
  });
});
