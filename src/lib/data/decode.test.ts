import { describe, expect, it } from "vitest";
import { encode, fixture } from "../../../test/helpers/fixtures.ts";
import { decodeBytes, normaliseLineEnds, scanUtf8 } from "./decode.ts";
import { SourceError } from "./errors.ts";

const HEADER = "BEVOEGD GEZAG NUMMER;1.1 - IMMATERIËLE VASTE ACTIVA\n10249;3.403.793\n";

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

describe("decodeBytes", () => {
  it("decodeBytes(bytes, file) reads a Windows-1252 file with IMMATERIËLE in the header", () => {
    const bytes = encode(HEADER, { encoding: "windows-1252" });
    expect(bytes.length).toBe(HEADER.length); // Ë is one byte, 0xCB
    expect(bytes.includes(0xcb)).toBe(true);
    expect(decodeBytes(bytes, "balans.csv")).toEqual({ text: HEADER, encoding: "windows-1252" });
  });

  it("decodeBytes(bytes, file) reads the cp1252 balans fixture header with its diacritics", () => {
    const { text, encoding } = decodeBytes(fixture("po-balans.csv", { encoding: "windows-1252" }), "b.csv");
    expect(encoding).toBe("windows-1252");
    expect(text.split("\n")[0]!.split(";").slice(4, 7)).toEqual([
      "1.1 - IMMATERIËLE VASTE ACTIVA",
      "1.2 - MATERIËLE VASTE ACTIVA",
      "1.3 - FINANCIËLE VASTE ACTIVA",
    ]);
  });

  it("decodeBytes(bytes, file) reads valid UTF-8 as UTF-8", () => {
    expect(decodeBytes(encode("NAAM;PROVINCIE\nDe Wâlden;Fryslân\n"), "u.csv")).toEqual({
      text: "NAAM;PROVINCIE\nDe Wâlden;Fryslân\n",
      encoding: "utf-8",
    });
  });

  it("decodeBytes(bytes, file) drops a UTF-8 BOM and reports utf-8-bom", () => {
    const bytes = encode("INSTELLINGSCODE;NAAM\n08HH;De Wâlden\n", { encoding: "utf-8-bom" });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decodeBytes(bytes, "bom.csv")).toEqual({
      text: "INSTELLINGSCODE;NAAM\n08HH;De Wâlden\n",
      encoding: "utf-8-bom",
    });
  });

  it("decodeBytes(bytes, file) reads a pure-ASCII file as UTF-8 (the same text as cp1252)", () => {
    expect(decodeBytes(encode("BRIN;TOTAAL\n00AP;80\n", { encoding: "windows-1252" }), "a.csv")).toEqual({
      text: "BRIN;TOTAAL\n00AP;80\n",
      encoding: "utf-8",
    });
  });

  it("decodeBytes(bytes, file) throws a SourceError for a UTF-16 file", () => {
    const e = sourceError(() => decodeBytes(encode(HEADER, { encoding: "utf-16le" }), "utf16.csv"));
    expect(e.message).toBe(
      "utf16.csv: unreadable encoding: UTF-16 is not supported (expected UTF-8 or Windows-1252)",
    );
    expect(e.file).toBe("utf16.csv");
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x41]);
    expect(sourceError(() => decodeBytes(be, "be.csv")).message).toContain("UTF-16 is not supported");
  });

  it("decodeBytes(bytes, file) throws a SourceError with the line of the first NUL byte", () => {
    const bytes = new Uint8Array([...encode("A;B\n1;2\n3"), 0, ...encode(";4\n")]);
    const e = sourceError(() => decodeBytes(bytes, "nul.csv"));
    expect(e.message).toBe(
      "nul.csv:3:2: unreadable encoding: the file holds NUL bytes (binary, not CSV text)",
    );
    expect([e.line, e.column]).toEqual([3, 2]);
  });

  it("decodeBytes(bytes, file) treats UTF-16 without a BOM as binary (NUL bytes)", () => {
    const bytes = encode("AB\n", { encoding: "utf-16le" }).subarray(2);
    expect(sourceError(() => decodeBytes(bytes, "x.csv")).message).toBe(
      "x.csv:1:2: unreadable encoding: the file holds NUL bytes (binary, not CSV text)",
    );
  });

  it("decodeBytes(bytes, file) throws when a file with a UTF-8 BOM is not valid UTF-8", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode("IMMATERIËLE", { encoding: "windows-1252" })]);
    expect(sourceError(() => decodeBytes(bytes, "bad-bom.csv")).message).toBe(
      "bad-bom.csv:1:9: unreadable encoding: the file starts with a UTF-8 BOM but is not valid UTF-8; " +
        "first invalid byte 0xCB at line 1, column 9",
    );
  });
});

describe("decodeBytes: one encoding per file, never garbled", () => {
  it("decodeBytes(bytes, file) stops at the first invalid byte of a UTF-8 file, with line and column", () => {
    // "Fryslân" in UTF-8 on line 2, then one Windows-1252 "ë" (0xEB) on line 3 after "Zuid-Holland;Re".
    const bytes = new Uint8Array([
      ...encode("NAAM;PROVINCIE\nDe Wâlden;Fryslân\nZuid-Holland;Re"),
      0xeb,
      ...encode("l\n"),
    ]);
    const e = sourceError(() => decodeBytes(bytes, "mixed.csv"));
    expect([e.file, e.line, e.column]).toEqual(["mixed.csv", 3, 16]);
    expect(e.message).toBe(
      "mixed.csv:3:16: unreadable encoding: the file is UTF-8 (a multi-byte character at line 2, column 5) " +
        "but for invalid bytes, so neither UTF-8 nor Windows-1252 reads it truly; first invalid byte 0xEB at line 3, column 16",
    );
  });

  it("decodeBytes(bytes, file) counts CRLF and CR-only line ends when it places the invalid byte", () => {
    const crlf = new Uint8Array([...encode("A;Fryslân\r\nB;"), 0xe9, ...encode("\r\n")]);
    expect(sourceError(() => decodeBytes(crlf, "crlf.csv")).line).toBe(2);
    const cr = new Uint8Array([...encode("A;B\rC;Fryslân\rD;"), 0xe9]);
    const e = sourceError(() => decodeBytes(cr, "cr.csv"));
    expect([e.line, e.column]).toEqual([3, 3]);
  });

  it("decodeBytes(bytes, file) reads a file without any valid UTF-8 multi-byte sequence as Windows-1252", () => {
    const bytes = encode("NAAM;GEMEENTE\nCoöperatie;Súdwest-Fryslân\n", { encoding: "windows-1252" });
    expect(decodeBytes(bytes, "c.csv")).toEqual({
      text: "NAAM;GEMEENTE\nCoöperatie;Súdwest-Fryslân\n",
      encoding: "windows-1252",
    });
  });

  it("scanUtf8(bytes) finds the first multi-byte sequence and the first invalid byte, overlongs and surrogates included", () => {
    expect(scanUtf8(encode("aé€😀"))).toEqual({ multiByte: 1 });
    expect(scanUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toEqual({ invalid: 1 }); // overlong NUL
    expect(scanUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toEqual({ invalid: 0 }); // a UTF-16 surrogate
    expect(scanUtf8(new Uint8Array([0xc3, 0xa9, 0xe9]))).toEqual({ multiByte: 0, invalid: 2 });
  });
});

describe("normaliseLineEnds", () => {
  it("normaliseLineEnds(text) turns CRLF, LF and CR-only line ends into LF", () => {
    expect(normaliseLineEnds("a;b\r\n1;2\r\n")).toBe("a;b\n1;2\n");
    expect(normaliseLineEnds("a;b\n1;2\n")).toBe("a;b\n1;2\n");
    expect(normaliseLineEnds("a;b\r1;2\r")).toBe("a;b\n1;2\n");
    expect(normaliseLineEnds("a\r\rb\r\n\nc")).toBe("a\n\nb\n\nc");
  });
});
