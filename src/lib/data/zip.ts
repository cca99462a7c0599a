// The entries of a ZIP package (xlsx and ods are ZIP files), read through node:zlib. Only what spreadsheet
// packages use: stored or deflated entries, no ZIP64, no encryption. Anything else returns undefined, and the
// caller falls back to the general reader.
import { inflateRawSync } from "node:zlib";

/** The entries of a ZIP file by name, each decoded when asked for; undefined when the layout is unsupported. */
export function zipEntries(bytes: Uint8Array): Map<string, () => Uint8Array> | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes plus a comment of at most 65,535 bytes, at the end of the file.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff) return undefined; // ZIP64
  const entries = new Map<string, () => Uint8Array>();
  const names = new TextDecoder("utf-8");
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 1 || (method !== 0 && method !== 8) || size === 0xffffffff) return undefined;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return undefined;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + size > bytes.length) return undefined;
    const data = bytes.subarray(start, start + size);
    entries.set(name, () => (method === 0 ? data : new Uint8Array(inflateRawSync(data))));
  }
  return entries;
}
