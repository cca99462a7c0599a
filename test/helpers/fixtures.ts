// Fixture bytes in DUO's encodings and line ends. The files in test/fixtures/ are stored as UTF-8 text with
// LF line ends, so git and editors cannot change them; the bytes the pipeline reads are made here.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Absolute path of test/fixtures/ (with a trailing slash). */
export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));

export type FixtureEncoding = "utf-8" | "utf-8-bom" | "windows-1252" | "utf-16le";
export type LineEnd = "lf" | "crlf" | "cr";
export interface EncodeOptions {
  encoding?: FixtureEncoding;
  eol?: LineEnd;
}

// Windows-1252 byte for every character it can encode, built from the platform decoder (0x81, 0x8D, 0x8F,
// 0x90 and 0x9D decode to their C1 control code points, which is how WHATWG maps them too).
const CP1252 = (() => {
  const dec = new TextDecoder("windows-1252");
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) map.set(dec.decode(new Uint8Array([b])), b);
  return map;
})();

/** Encodes text as Windows-1252; throws on a character that code page lacks. */
export function cp1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = CP1252.get(text[i]!);
    if (b === undefined) throw new Error(`cannot encode ${JSON.stringify(text[i])} in Windows-1252`);
    out[i] = b;
  }
  return out;
}

/** The text with LF line ends replaced by the chosen line end. */
export function withLineEnds(text: string, eol: LineEnd): string {
  const lf = text.replace(/\r\n?/g, "\n");
  return eol === "lf" ? lf : lf.replaceAll("\n", eol === "crlf" ? "\r\n" : "\r");
}

/** Text as the bytes of a DUO file: encoding (default UTF-8) and line ends (default LF). */
export function encode(text: string, { encoding = "utf-8", eol = "lf" }: EncodeOptions = {}): Uint8Array {
  const t = withLineEnds(text, eol);
  switch (encoding) {
    case "utf-8":
      return new TextEncoder().encode(t);
    case "utf-8-bom":
      return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(t)]);
    case "windows-1252":
      return cp1252(t);
    case "utf-16le": {
      const out = new Uint8Array(2 + t.length * 2);
      out[0] = 0xff;
      out[1] = 0xfe;
      for (let i = 0; i < t.length; i++) {
        out[2 + i * 2] = t.charCodeAt(i) & 0xff;
        out[3 + i * 2] = t.charCodeAt(i) >> 8;
      }
      return out;
    }
  }
}

/** The text of a fixture file, with LF line ends. */
export function fixtureText(name: string): string {
  return readFileSync(FIXTURES + name, "utf8").replace(/\r\n?/g, "\n");
}

/** A fixture as file bytes: `fixture("po-balans.csv", { encoding: "windows-1252" })`. */
export function fixture(name: string, options: EncodeOptions = {}): Uint8Array {
  return encode(fixtureText(name), options);
}
