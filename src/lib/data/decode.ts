import { SourceError } from "./errors.ts";

/** The encodings DUO's open data files come in. */
export type Encoding = "utf-8-bom" | "utf-8" | "windows-1252";

const utf8 = new TextDecoder("utf-8", { fatal: true });
const cp1252 = new TextDecoder("windows-1252");

/** Decodes a file's bytes: BOM → UTF-8, valid UTF-8 → UTF-8, else Windows-1252; throws on binary or UTF-16. */
export function decodeBytes(bytes: Uint8Array, file: string): { text: string; encoding: Encoding } {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    throw new SourceError(
      file,
      "unreadable encoding: UTF-16 is not supported (expected UTF-8 or Windows-1252)",
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const line = countLines(bytes, nul);
    throw new SourceError(file, "unreadable encoding: the file holds NUL bytes (binary, not CSV text)", line);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeStrict(bytes.subarray(3), file), encoding: "utf-8-bom" };
  }
  try {
    return { text: utf8.decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: cp1252.decode(bytes), encoding: "windows-1252" };
  }
}

function decodeStrict(bytes: Uint8Array, file: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new SourceError(
      file,
      "unreadable encoding: the file starts with a UTF-8 BOM but is not valid UTF-8",
    );
  }
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Normalises CRLF and CR-only line ends to LF. */
export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
