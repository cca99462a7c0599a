// A fast reader for plain xlsx workbooks (shared strings and numbers, as DUO and CBS publish them): one pass
// over each requested sheet's XML with indexOf. It gives the rows the general reader (SheetJS, see sheet.ts)
// gives, cell for cell (checked on every xlsx file of the snapshot by scripts/check-sheet-readers.ts and in
// sheetFast.test.ts), and gives up (undefined) on anything it does not handle exactly as that reader does:
// date-formatted numbers, booleans, errors, inline strings, formulas without a value, cells outside the
// sheet's stated dimension, ...; the caller then uses the general reader.
import * as XLSX from "@e965/xlsx";
import { sheetRows, unescapeXml, type FastWorkbook } from "./odsRows.ts";
import { cellText } from "./sheet.ts";
import { zipEntries } from "./zip.ts";

const utf8 = new TextDecoder("utf-8");
/** The built-in number formats (before any file adds its own). */
const BUILT_IN: Record<number, string> = { ...XLSX.SSF.get_table() };

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag);
  return m?.[1];
};

/** Shared strings as the general reader reads them (plain and rich text; phonetic runs make it give up). */
function sharedStrings(xml: string): (string | undefined)[] | undefined {
  const open = /<(?:\w+:)?sst\b[^<>]*>/.exec(xml);
  if (!open) return [];
  const close = xml.indexOf("</sst>", open.index);
  if (close < 0 || xml.includes("<rPh")) return undefined;
  const body = xml.slice(open.index + open[0].length, close);
  return body
    .replace(/<(?:\w+:)?(?:si|sstItem)>/g, "")
    .split(/<\/(?:\w+:)?(?:si|sstItem)>/)
    .map((piece) => {
      const x = piece.trim();
      if (!x) return "";
      if (/^\s*<(?:\w+:)?t[^>]*>/.test(x))
        return xlsxText(x.slice(x.indexOf(">") + 1).split(/<\/(?:\w+:)?t>/)[0] || "");
      if (/<(?:\w+:)?r\b[^<>]*>/.test(x))
        return xlsxText(
          (x.match(/<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g) || []).join("").replace(/<[^<>]*>/g, ""),
        );
      return undefined;
    });
}

const xlsxText = (s: string): string => unescapeXml(s).replace(/\r\n/g, "\n");

/**
 * A formula's text result as the general reader reads it: it reads the sheet as bytes, unescapes the value,
 * decodes that as UTF-8, then unescapes it again (so `&amp;lt;` reads as `<`).
 */
function formulaText(raw: string): string {
  const once = unescapeXml(Buffer.from(raw, "utf8").toString("latin1"));
  return xlsxText(Buffer.from(once, "latin1").toString("utf8"));
}

/** Cell style (xf) indexes whose numbers the general reader shows as dates, or whose format is unknown. */
function dateStyles(xml: string): Set<number> {
  const formats = new Map<number, string | undefined>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const id = parseInt(attr(m[0], "numFmtId") ?? "", 10);
    const code = attr(m[0], "formatCode");
    // (The general reader renumbers ids above 392 to a free one with the same code: the code decides.)
    formats.set(id, code === undefined ? undefined : unescapeXml(code));
  }
  const out = new Set<number>();
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml);
  if (!xfs) return out;
  let i = 0;
  for (const m of xfs[1]!.matchAll(/<(?:\w+:)?xf\b[^>]*>/g)) {
    const id = parseInt(attr(m[0], "numFmtId") ?? "0", 10) || 0;
    const code = formats.has(id) ? formats.get(id) : BUILT_IN[id];
    if (code === undefined || XLSX.SSF.is_date(code)) out.add(i);
    i++;
  }
  return out;
}

/** The sheet paths of a workbook by name, in order; undefined for anything but plain worksheets. */
function sheetPaths(workbook: string, rels: string): [string, string][] | undefined {
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target && /\/worksheet$/.test(attr(m[0], "Type") ?? ""))
      targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const out: [string, string][] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name");
    const path = targets.get(attr(m[0], "r:id") ?? "");
    if (name === undefined || path === undefined) return undefined;
    out.push([unescapeXml(name), path]);
  }
  return out;
}

/**
 * The attributes of a `<c …>` tag from `from` to its `>` at `gt`, written the usual way (` name="value"`);
 * undefined for any other layout (other white space, single quotes, a `>` inside a value).
 */
function cellAttributes(xml: string, from: number, gt: number): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  let i = from;
  for (;;) {
    const c = xml.charCodeAt(i);
    if (i === gt || (c === 47 && i === gt - 1)) return out;
    if (c !== 32) return undefined;
    const eq = xml.indexOf('="', i + 1);
    if (eq < 0 || eq > gt) return undefined;
    const name = xml.slice(i + 1, eq);
    if (!/^[\w:]+$/.test(name)) return undefined;
    const close = xml.indexOf('"', eq + 2);
    if (close < 0 || close > gt) return undefined;
    out[name] = xml.slice(eq + 2, close);
    i = close + 1;
  }
}

/** A cell reference ("AB12") as 0-based row and column; undefined for other forms. */
function cellRef(ref: string | undefined): [number, number] | undefined {
  const m = ref === undefined ? null : /^([A-Z]{1,3})(\d+)$/.exec(ref);
  if (!m) return undefined;
  let c = 0;
  for (let i = 0; i < m[1]!.length; i++) c = c * 26 + (m[1]!.charCodeAt(i) - 64);
  return [Number(m[2]) - 1, c - 1];
}

/**
 * The sheets of an xlsx file, each read when asked for (undefined for a sheet it does not handle), or
 * undefined for the whole file.
 */
export function xlsxWorkbook(bytes: Uint8Array): FastWorkbook | undefined {
  const zip = zipEntries(bytes);
  const wb = zip?.get("xl/workbook.xml");
  const rels = zip?.get("xl/_rels/workbook.xml.rels");
  if (!zip || !wb || !rels) return undefined;
  const paths = sheetPaths(utf8.decode(wb()), utf8.decode(rels()));
  if (!paths) return undefined;
  let strings: (string | undefined)[] | undefined | null = null;
  let dates: Set<number> | null = null;
  const read = (path: string) => {
    const entry = zip.get(path);
    if (!entry) return undefined;
    strings ??= sharedStrings(utf8.decode(zip.get("xl/sharedStrings.xml")?.() ?? new Uint8Array()));
    dates ??= dateStyles(utf8.decode(zip.get("xl/styles.xml")?.() ?? new Uint8Array()));
    if (!strings) return undefined;
    return sheetXmlRows(utf8.decode(entry()), strings, dates);
  };
  return { sheetNames: paths.map(([n]) => n), rows: (name) => read(paths.find(([n]) => n === name)![1]) };
}

function sheetXmlRows(xml: string, strings: (string | undefined)[], dates: Set<number>) {
  if (xml.includes("<![CDATA[") || xml.includes("<!--")) return undefined;
  // The range the general reader reads: the stated dimension when it is a valid "A1:B2" range.
  let range: { r0: number; c0: number; r1: number; c1: number } | undefined;
  const dim = /<(?:\w+:)?dimension\b[^<>]*>/.exec(xml);
  const ref = dim && /"(\w*:\w*)"/.exec(dim[0]);
  if (ref) {
    const [a, b] = ref[1]!.split(":");
    const s = cellRef(a);
    const e = cellRef(b);
    if (!s || !e) return undefined;
    if (s[0] <= e[0] && s[1] <= e[1]) range = { r0: s[0], c0: s[1], r1: e[0], c1: e[1] };
  }
  const start = xml.indexOf("<sheetData");
  if (start < 0) return undefined;
  const grid: string[][] = [];
  const first = xml.indexOf(">", start);
  if (xml.charCodeAt(first - 1) === 47) return []; // <sheetData/>
  const stop = xml.indexOf("</sheetData>", first);
  if (stop < 0) return undefined;
  let pos = first + 1;
  for (;;) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0 || lt >= stop) break;
    const gt = xml.indexOf(">", lt);
    pos = gt + 1;
    const c1 = xml.charCodeAt(lt + 1);
    const c2 = xml.charCodeAt(lt + 2);
    // <row …>, </row>
    if (c1 === 114 && xml.startsWith("row", lt + 1) && /[\s/>]/.test(xml[lt + 4]!)) continue;
    if (c1 === 47 && xml.startsWith("/row>", lt + 1)) continue;
    if (c1 !== 99 || (c2 !== 32 && c2 !== 47 && c2 !== 62)) return undefined; // only <c …> here
    const a = cellAttributes(xml, lt + 2, gt);
    if (!a) return undefined;
    const at = cellRef(a.r);
    if (!at) return undefined;
    const t = a.t;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    let raw: string | undefined;
    let formula = false;
    if (!selfClosing) {
      const end = xml.indexOf("</c>", gt);
      if (end < 0 || end > stop) return undefined;
      const inner = xml.slice(gt + 1, end);
      pos = end + 4;
      if (inner.startsWith("<v>") && inner.endsWith("</v>") && inner.indexOf("<", 3) === inner.length - 4)
        raw = inner.slice(3, -4);
      else {
        // Formulas (their value is the cell's) and values with attributes; anything else is left to SheetJS.
        const rest = inner.replace(/<(?:f|v)\b[^<>]*\/>|<(f|v)\b[^<>]*>[^<]*<\/\1>/g, (m) => {
          if (m.startsWith("<f")) formula = true;
          else raw ??= /<v\b[^<>]*>([^<]*)<\/v>/.exec(m)?.[1] ?? "";
          return "";
        });
        if (rest.trim() !== "") return undefined;
      }
    }
    const v = raw === undefined || raw === "" ? undefined : unescapeXml(raw);
    let text: string | undefined;
    if (t === undefined || t === "n") {
      if (v === undefined) {
        if (formula) return undefined; // the general reader gives such a cell the value 0
        continue;
      }
      const s = a.s;
      if (s !== undefined && dates.has(parseInt(s, 10))) return undefined;
      text = cellText(parseFloat(v));
    } else if (t === "s") {
      if (v === undefined) continue;
      const i = parseInt(v, 10);
      if (!(i >= 0 && i < strings.length)) return undefined;
      text = cellText(strings[i]);
    } else if (t === "str") text = raw === undefined || raw === "" ? "" : formulaText(raw);
    else return undefined;
    const [r, c] = at;
    if (range && (r < range.r0 || r > range.r1 || c < range.c0 || c > range.c1)) return undefined;
    (grid[r] ??= [])[c] = text;
  }
  return sheetRows(grid);
}
