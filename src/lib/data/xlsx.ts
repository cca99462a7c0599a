import { crc32, inflateRawSync } from "node:zlib";
import { SourceError } from "./errors.ts";

/** One non-empty spreadsheet row: `line` is the row number, `cells[i]` is column i+1 ("" where no value). */
export interface SheetRow {
  line: number;
  cells: string[];
}

interface ZipEntry {
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

const utf8 = new TextDecoder("utf-8");

/** Lists the entries of a ZIP archive from its central directory. */
function readCentralDirectory(bytes: Uint8Array, file: string): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new SourceError(file, "not an XLSX file: no ZIP central directory found");
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50)
      throw new SourceError(file, `corrupt ZIP central directory at byte ${p}`);
    const nameLength = view.getUint16(p + 28, true);
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.set(name, {
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

/** Extracts one entry (stored or deflated) and checks its size and CRC-32. */
function extract(bytes: Uint8Array, entry: ZipEntry, name: string, file: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50)
    throw new SourceError(file, `corrupt ZIP entry ${name}: no local header at byte ${at}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const raw = bytes.subarray(start, start + entry.compressedSize);
  let data: Uint8Array;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) {
    try {
      data = inflateRawSync(raw);
    } catch (e) {
      throw new SourceError(file, `corrupt ZIP entry ${name}: ${(e as Error).message}`);
    }
  } else throw new SourceError(file, `ZIP entry ${name} uses unsupported compression method ${entry.method}`);
  if (data.length !== entry.size || crc32(data) !== entry.crc)
    throw new SourceError(file, `corrupt ZIP entry ${name}: size or CRC-32 does not match`);
  return data;
}

/** Decodes XML entities and Excel's `_xHHHH_` escapes. */
function unescapeXml(s: string): string {
  return s
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
      if (e[0] === "#")
        return String.fromCodePoint(
          e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
        );
      return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e.toLowerCase()] ?? m;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The attributes of one XML start tag, keyed by local name (`r:id` → `id`). */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out[m[1]!.replace(/^.*:/, "")] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

/** The text of a string item (`<si>` or `<is>`): all `<t>` runs, without phonetic hints. */
function stringItem(xml: string): string {
  let text = "";
  for (const m of xml
    .replace(/<rPh\b[\s\S]*?<\/rPh>/g, "")
    .matchAll(/<t(?:\s[^>]*)?\/>|<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g))
    text += unescapeXml(m[1] ?? "");
  return text;
}

/** Resolves a relationship target against the `xl/` folder. */
function resolveTarget(target: string): string {
  const parts: string[] = target.startsWith("/") ? [] : ["xl"];
  for (const part of target.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "" && part !== ".") parts.push(part);
  }
  return parts.join("/");
}

/** Column number (A = 1) of a cell reference such as `C12`. */
function columnNumber(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/i.exec(ref)?.[0].toUpperCase() ?? "") n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** Reads one sheet of an XLSX workbook as rows of cell text (numbers as stored, e.g. "0.1234"; booleans TRUE/FALSE); rows without any value are left out. */
export function readXlsxSheet(bytes: Uint8Array, sheetName: string, file: string): { rows: SheetRow[] } {
  const entries = readCentralDirectory(bytes, file);
  const read = (name: string): string | undefined => {
    const entry = entries.get(name);
    return entry && utf8.decode(extract(bytes, entry, name, file));
  };
  const workbook = read("xl/workbook.xml");
  if (workbook === undefined) throw new SourceError(file, "not an XLSX file: xl/workbook.xml is missing");
  const rels = new Map<string, { type: string; target: string }>();
  for (const m of (read("xl/_rels/workbook.xml.rels") ?? "").matchAll(/<Relationship\b([^>]*)>/g)) {
    const a = attributes(m[1]!);
    if (a.Id && a.Target) rels.set(a.Id, { type: a.Type ?? "", target: resolveTarget(a.Target) });
  }
  const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)].map((m) => attributes(m[1]!));
  const sheet = sheets.find((s) => s.name === sheetName);
  if (!sheet)
    throw new SourceError(
      file,
      `sheet "${sheetName}" not found; sheets found: ${sheets.map((s) => `"${s.name}"`).join(", ")}`,
    );
  const sheetPath = rels.get(sheet.id ?? "")?.target;
  const sheetXml = sheetPath === undefined ? undefined : read(sheetPath);
  if (sheetXml === undefined)
    throw new SourceError(file, `sheet "${sheetName}": its worksheet part is missing`);

  const sstPath = [...rels.values()].find((r) => r.type.endsWith("/sharedStrings"))?.target;
  const sst = [
    ...(read(sstPath ?? "xl/sharedStrings.xml") ?? "").matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g),
  ].map((m) => stringItem(m[1] ?? ""));

  const rows: SheetRow[] = [];
  let line = 0;
  for (const rm of sheetXml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(attributes(rm[1]!).r);
    line = Number.isInteger(r) && r > 0 ? r : line + 1;
    const cells: string[] = [];
    let col = 0;
    for (const cm of (rm[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const a = attributes(cm[1]!);
      const at = a.r ? columnNumber(a.r) : 0;
      col = at > 0 ? at : col + 1;
      const inner = cm[2] ?? "";
      const v = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      let value = v === undefined ? "" : unescapeXml(v);
      if (a.t === "s" && v !== undefined) {
        const s = sst[Number(v)];
        if (s === undefined)
          throw new SourceError(file, `cell ${a.r ?? col}: shared string ${v} does not exist`, line);
        value = s;
      } else if (a.t === "inlineStr") value = stringItem(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? "");
      else if (a.t === "b" && v !== undefined) value = value.trim() === "1" ? "TRUE" : "FALSE";
      while (cells.length < col - 1) cells.push("");
      cells[col - 1] = value;
    }
    if (cells.some((c) => c !== "")) rows.push({ line, cells });
  }
  return { rows };
}
