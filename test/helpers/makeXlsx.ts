import { crc32, deflateRawSync } from "node:zlib";

/** One ZIP entry: text is written as UTF-8; `store` writes it uncompressed (method 0) instead of deflated. */
export interface ZipFile {
  name: string;
  data: string | Uint8Array;
  store?: boolean;
}

/** Builds a ZIP archive (local headers, central directory, end record) from the given entries. */
export function makeZip(files: ZipFile[]): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const f of files) {
    const name = enc.encode(f.name);
    const data = typeof f.data === "string" ? enc.encode(f.data) : f.data;
    const body = f.store ? data : new Uint8Array(deflateRawSync(data));
    const crc = crc32(data);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true); // UTF-8 names
    lv.setUint16(8, f.store ? 0 : 8, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, f.store ? 0 : 8, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, body.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, body);
    centrals.push(central);
    offset += local.length + body.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, files.length, true);
  ev.setUint16(10, files.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, end];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let p = 0;
  for (const part of parts) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}

/**
 * A fixture cell: a string goes to the shared-string table, a number is written as `<v>` exactly as
 * `String(n)`, `{ n: "0.1234" }` writes that numeric text verbatim, `{ inline }` an inline string,
 * `{ str }` a formula's string result, `{ rich }` a shared string made of `<r><t>` runs, a boolean `t="b"`;
 * `null` leaves the cell out (a gap), `""` writes an empty `<c/>` element.
 */
export type FixtureCell =
  | string
  | number
  | boolean
  | null
  | { n: string }
  | { inline: string }
  | { str: string }
  | { rich: string[] };

/** A fixture sheet; row i of `rows` is spreadsheet row i+1, and an empty array leaves that row out. */
export interface FixtureSheet {
  name: string;
  rows: FixtureCell[][];
}

const esc = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

const colName = (i: number): string =>
  (i < 26 ? "" : colName(Math.floor(i / 26) - 1)) + String.fromCharCode(65 + (i % 26));

/** Builds a minimal valid XLSX workbook with the given sheets; `store` writes every part uncompressed. */
export function makeXlsx(sheets: FixtureSheet[], opts: { store?: boolean } = {}): Uint8Array {
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const share = (xml: string) => {
    let i = sharedIndex.get(xml);
    if (i === undefined) {
      i = shared.push(xml) - 1;
      sharedIndex.set(xml, i);
    }
    return i;
  };
  const cellXml = (c: FixtureCell, ref: string): string => {
    if (c === null) return "";
    if (c === "") return `<c r="${ref}"/>`;
    if (typeof c === "string") return `<c r="${ref}" t="s"><v>${share(`<t>${esc(c)}</t>`)}</v></c>`;
    if (typeof c === "number") return `<c r="${ref}"><v>${String(c)}</v></c>`;
    if (typeof c === "boolean") return `<c r="${ref}" t="b"><v>${c ? 1 : 0}</v></c>`;
    if ("n" in c) return `<c r="${ref}" t="n"><v>${c.n}</v></c>`;
    if ("inline" in c) return `<c r="${ref}" t="inlineStr"><is><t>${esc(c.inline)}</t></is></c>`;
    if ("str" in c) return `<c r="${ref}" t="str"><f>"x"</f><v>${esc(c.str)}</v></c>`;
    const runs = c.rich.map(
      (t, i) => `<r>${i % 2 ? "<rPr><b/></rPr>" : ""}<t xml:space="preserve">${esc(t)}</t></r>`,
    );
    return `<c r="${ref}" t="s"><v>${share(runs.join(""))}</v></c>`;
  };
  const sheetXml = sheets.map((sheet) => {
    const rows = sheet.rows
      .map((cells, r) =>
        cells.length === 0
          ? ""
          : `<row r="${r + 1}">${cells.map((c, i) => cellXml(c, `${colName(i)}${r + 1}`)).join("")}</row>`,
      )
      .join("");
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
  });
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${ns} xmlns:r="${rel}"><sheets>${sheets
    .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("")}</sheets></workbook>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join(
      "",
    )}<Relationship Id="rId${sheets.length + 1}" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${ns} count="${shared.length}" uniqueCount="${shared.length}">${shared
    .map((s) => `<si>${s}</si>`)
    .join("")}</sst>`;
  const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join(
      "",
    )}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
  const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const store = opts.store ?? false;
  return makeZip([
    { name: "[Content_Types].xml", data: contentTypes, store },
    { name: "_rels/.rels", data: rootRels, store },
    { name: "xl/workbook.xml", data: workbook, store },
    { name: "xl/_rels/workbook.xml.rels", data: rels, store },
    ...sheetXml.map((data, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data, store })),
    { name: "xl/sharedStrings.xml", data: sst, store },
  ]);
}
