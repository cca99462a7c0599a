import { SourceError } from "./errors.ts";

/** The encodings DUO's open data files come in. */
export type Encoding = "utf-8-bom" | "utf-8" | "windows-1252";

const utf8 = new TextDecoder("utf-8", { fatal: true });
const utf8Loose = new TextDecoder("utf-8");
const cp1252 = new TextDecoder("windows-1252");

/**
 * Decodes a file's bytes, deciding the encoding once for the whole file and never garbling it:
 * BOM → UTF-8 (must be valid), valid UTF-8 → UTF-8, no valid UTF-8 multi-byte sequence at all →
 * Windows-1252. Valid UTF-8 multi-byte sequences *and* invalid bytes (UTF-8 but for a byte) is a
 * {@link SourceError} at the line and column of the first invalid byte; so are binary and UTF-16 files.
 */
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
    const { line, column } = position(bytes, nul);
    throw new SourceError(
      file,
      "unreadable encoding: the file holds NUL bytes (binary, not CSV text)",
      line,
      column,
    );
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), encoding: bom ? "utf-8-bom" : "utf-8" };
  } catch {
    // not valid UTF-8: decided below
  }
  const scan = scanUtf8(body);
  if (!bom && scan.multiByte === undefined) return { text: cp1252.decode(bytes), encoding: "windows-1252" };
  const at = scan.invalid!;
  const { line, column } = position(body, at);
  const why = bom
    ? "the file starts with a UTF-8 BOM but is not valid UTF-8"
    : (() => {
        const first = position(body, scan.multiByte!);
        return `the file is UTF-8 (a multi-byte character at line ${first.line}, column ${first.column}) but for invalid bytes, so neither UTF-8 nor Windows-1252 reads it truly`;
      })();
  throw new SourceError(
    file,
    `unreadable encoding: ${why}; first invalid byte 0x${body[at]!.toString(16).toUpperCase().padStart(2, "0")} at line ${line}, column ${column}`,
    line,
    column,
  );
}

/** The offsets of the first valid UTF-8 multi-byte sequence and of the first byte that is not valid UTF-8. */
export function scanUtf8(bytes: Uint8Array): { multiByte?: number; invalid?: number } {
  let multiByte: number | undefined;
  let invalid: number | undefined;
  let i = 0;
  while (i < bytes.length && (multiByte === undefined || invalid === undefined)) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = sequenceLength(bytes, i);
    if (n > 0) {
      multiByte ??= i;
      i += n;
    } else {
      invalid ??= i;
      i++;
    }
  }
  return { ...(multiByte !== undefined ? { multiByte } : {}), ...(invalid !== undefined ? { invalid } : {}) };
}

/** The length of the well-formed UTF-8 multi-byte sequence at `i` (RFC 3629), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * 1-based line and column of byte `at` (CRLF, LF and CR-only line ends; the column counts the characters
 * before it on its line, read as UTF-8 up to there).
 */
function position(bytes: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < at; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: [...utf8Loose.decode(bytes.subarray(start, at))].length + 1 };
}

/** Normalises CRLF and CR-only line ends to LF. */
export function normaliseLineEnds(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
