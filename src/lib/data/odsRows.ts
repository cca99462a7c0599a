// A fast reader for the plain OpenDocument spreadsheets DUO and the Inspectie publish: one pass over content.xml
// with indexOf instead of the general parser. It gives the rows the general reader (SheetJS, see sheet.ts) gives,
// cell for cell (checked on every ods file of the snapshot by scripts/check-sheet-readers.ts and in
// sheetFast.test.ts), and returns undefined for anything it does not handle exactly as that reader does
// (comments, merged or covered cells, annotations, links, errors, booleans, times, date-formatted numbers, ...):
// the caller then uses the general reader.
import { cellText, type SheetRow } from "./sheet.ts";
import { zipEntries } from "./zip.ts";

/** The sheets of a workbook in order, and the rows of one (as the general reader gives them; undefined when not handled). */
export interface FastWorkbook {
  sheetNames: string[];
  rows: (name: string) => SheetRow[] | undefined;
}

const utf8 = new TextDecoder("utf-8");
/** Larger sheets than this (rows × columns filled by repetition) are left to the general reader. */
const MAX_ROW = 1_100_000;
const MAX_COLUMN = 20_000;

const ENTITIES: Record<string, string> = {
  "&quot;": '"',
  "&apos;": "'",
  "&gt;": ">",
  "&lt;": "<",
  "&amp;": "&",
};
/** XML unescaping exactly as the general reader does it (including its `_xHHHH_` codes). */
export function unescapeXml(s: string): string {
  if (!s.includes("&") && !s.includes("_")) return s;
  return s
    .replace(
      /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi,
      (m: string, code: string | undefined) =>
        ENTITIES[m] || String.fromCharCode(parseInt(code!, m.indexOf("x") > -1 ? 16 : 10)) || m,
    )
    .replace(/_x([\da-fA-F]{4})_/gi, (_m, c: string) => String.fromCharCode(parseInt(c, 16)));
}

/** The text of one `<text:p>` (its raw XML), with the general reader's white-space rules. */
function paragraphText(raw: string): string {
  if (!/[<&_\t\r\n]| {2}|^ | $/.test(raw)) return raw;
  const fixed = raw
    .replace(/[\t\r\n]/g, " ")
    .trim()
    .replace(/ +/g, " ")
    .replace(/<text:s\/>/g, " ")
    .replace(/<text:s text:c="(\d+)"\/>/g, (_m, n: string) => Array(parseInt(n, 10) + 1).join(" "))
    .replace(/<text:tab[^<>]*\/>/g, "\t")
    .replace(/<text:line-break\/>/g, "\n");
  return unescapeXml(fixed.replace(/<[^<>]*>/g, ""));
}

/** The attributes of a tag by local name (prefix dropped); undefined when two of one name disagree. */
function attributes(tag: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  const re = /\s([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    // The general reader also drops "_…" from unprefixed names and reads names in lower case: left to it.
    if (m[1] !== m[1]!.toLowerCase() || (!m[1]!.includes(":") && m[1]!.includes("_"))) return undefined;
    const name = m[1]!.slice(m[1]!.lastIndexOf(":") + 1);
    const value = m[2] ?? m[3]!;
    if (name in out && out[name] !== value) return undefined;
    out[name] = value;
  }
  return out;
}

/**
 * Cell styles whose numbers the general reader would turn into dates (or might: any format other than a plain
 * number or percentage), from the number styles and cell styles of styles.xml and content.xml.
 */
function dateLikeStyles(xml: string): Set<string> {
  const plainFormats = new Set<string>();
  const formats = new Set<string>();
  const fmt = /<number:([\w-]+)-style\b([^>]*?)(\/?)>/g;
  for (let m = fmt.exec(xml); m; m = fmt.exec(xml)) {
    const name = attributes(m[2]!)?.name;
    if (name === undefined) continue;
    formats.add(name);
    const end = m[3] ? m.index : xml.indexOf(`</number:${m[1]}-style>`, m.index);
    const body = end < 0 ? "" : xml.slice(m.index, end);
    if ((m[1] === "number" || m[1] === "percentage") && end >= 0 && !body.includes("<number:text"))
      plainFormats.add(name);
  }
  const out = new Set<string>();
  const style = /<style:style\b[^>]*>/g;
  for (let m = style.exec(xml); m; m = style.exec(xml)) {
    const a = attributes(m[0]);
    const data = a?.["data-style-name"];
    if (!a?.name || data === undefined) continue;
    if (formats.has(data) && !plainFormats.has(data)) out.add(a.name);
  }
  return out;
}

/** An ODS date value as the general reader shows it (yyyy-mm-dd, read as UTC); undefined when not handled here. */
function dateText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let m = /^(\d+)-(\d+)-(\d+)$/.exec(value);
  let d: Date | undefined;
  if (m) d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, 0, 0, 0, 0));
  else if ((m = /^(\d+)-(\d+)-(\d+)[T ](\d+):(\d+)(:\d+)?(\.\d+)?$/.exec(value)))
    d = new Date(
      Date.UTC(
        +m[1]!,
        +m[2]! - 1,
        +m[3]!,
        +m[4]!,
        +m[5]!,
        (m[6] && parseInt(m[6].slice(1), 10)) || 0,
        (m[7] && parseInt((m[7] + "0000").slice(1, 4), 10)) || 0,
      ),
    );
  if (!d || Number.isNaN(d.getTime())) return undefined;
  return cellText(d);
}

const REPEAT = /^\d+$/;
const NO_ATTRIBUTES: Record<string, string> = {};

/** A tag's attributes (see {@link attributes}); undefined for a tag with unbalanced or single quotes. */
function tagAttributes(tag: string, cache: Map<string, Record<string, string> | undefined>) {
  if (cache.has(tag)) return cache.get(tag);
  let quotes = 0;
  for (let i = tag.indexOf('"'); i !== -1; i = tag.indexOf('"', i + 1)) quotes++;
  const a = quotes % 2 === 0 && !tag.includes("'") ? attributes(tag) : undefined;
  if (cache.size > 100_000) cache.clear();
  cache.set(tag, a);
  return a;
}
const TABLE_PARTS = new Set([
  "table:table-column",
  "table:table-columns",
  "table:table-header-columns",
  "table:table-header-rows",
  "table:table-rows",
  "table:table-row-group",
]);
const CELL_PARTS = new Set(["text:s", "text:span", "text:tab", "text:line-break"]);

/** The sheets of an ods file, or undefined when the file uses anything this reader does not handle. */
export function odsWorkbook(bytes: Uint8Array): FastWorkbook | undefined {
  const zip = zipEntries(bytes);
  const content = zip?.get("content.xml");
  if (!zip || !content) return undefined;
  const styles = zip.get("styles.xml");
  const xml = utf8.decode(content());
  if (xml.includes("<![CDATA[") || xml.includes("<!--")) return undefined;
  const bodyAt = xml.indexOf("<office:body");
  if (bodyAt < 0) return undefined;
  const dateStyles = dateLikeStyles((styles ? utf8.decode(styles()) : "") + xml.slice(0, bodyAt));

  const sheetNames: string[] = [];
  const rows = new Map<string, SheetRow[]>();
  let grid: string[][] | undefined;
  let tableName = "";
  let R = -1;
  let C = -1;
  let rowpeat = 1;
  // The open cell: its text so far, whether a paragraph opened (else a string cell is empty), its repeat.
  let cell:
    { value?: string; string: boolean; text: string; paragraph: boolean; colpeat: number } | undefined;
  let pStart = -1;
  let pos = bodyAt;
  const cache = new Map<string, Record<string, string> | undefined>();
  for (;;) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0) break;
    const gt = xml.indexOf(">", lt);
    if (gt < 0) return undefined;
    pos = gt + 1;
    const closing = xml.charCodeAt(lt + 1) === 47; // "/"
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    let end = lt + (closing ? 2 : 1);
    while (end < gt) {
      const c = xml.charCodeAt(end);
      if (c === 32 || c === 47 || c === 9 || c === 10 || c === 13) break;
      end++;
    }
    const name = xml.slice(lt + (closing ? 2 : 1), end);
    // A tag with attributes: checked (a ">" inside a quoted value would end it early) and parsed, once per text.
    let quoted = false;
    for (let i = end; i < gt && !quoted; i++) {
      const c = xml.charCodeAt(i);
      quoted = c === 34 || c === 39;
    }
    const tag = quoted ? xml.slice(lt, gt + 1) : "";
    const a = tag === "" ? NO_ATTRIBUTES : tagAttributes(tag, cache);
    if (!a) return undefined;
    if (grid === undefined) {
      if (name !== "table:table") continue;
      if (closing || selfClosing || a.name === undefined) return undefined;
      tableName = a.name;
      grid = [];
      R = C = -1;
      continue;
    }
    if (cell) {
      if (name === "table:table-cell" && closing) {
        if (cell.value !== undefined || (cell.string && cell.paragraph)) {
          const text = cell.value ?? cell.text;
          if (R + rowpeat > MAX_ROW || C + cell.colpeat > MAX_COLUMN) return undefined;
          for (let r = R; r < R + rowpeat; r++) {
            const row = (grid[r] ??= []);
            for (let c = C; c < C + cell.colpeat; c++) row[c] = text;
          }
        }
        C += cell.colpeat - 1;
        cell = undefined;
      } else if (name === "text:p") {
        if (selfClosing) return undefined;
        if (!closing) {
          pStart = gt + 1;
          cell.paragraph = true;
        } else if (cell.string) {
          const p = paragraphText(xml.slice(pStart, lt));
          cell.text = (cell.text.length > 0 ? cell.text + "\n" : "") + p;
        }
      } else if (!CELL_PARTS.has(name)) return undefined;
      continue;
    }
    switch (name) {
      case "table:table":
        if (!closing) return undefined;
        sheetNames.push(tableName);
        rows.set(tableName, sheetRows(grid));
        grid = undefined;
        break;
      case "table:table-row":
        if (selfClosing) return undefined;
        if (closing) {
          R += rowpeat;
          rowpeat = 1;
        } else {
          const rep = a["number-rows-repeated"];
          if (rep !== undefined && !REPEAT.test(rep)) return undefined;
          if (R === -1) R = 0;
          rowpeat = Number(rep ?? 1) || 1;
          C = -1;
        }
        break;
      case "table:table-cell": {
        if (closing) return undefined;
        const rep = a["number-columns-repeated"];
        if (rep !== undefined && !REPEAT.test(rep)) return undefined;
        const colpeat = Number(rep ?? 1) || 1;
        ++C;
        if (selfClosing) {
          // The general reader keeps only a string-typed empty cell (in its first column): left to it.
          if (a["value-type"] === "string") return undefined;
          C += colpeat - 1;
          break;
        }
        if (a["number-columns-spanned"] || a["number-rows-spanned"]) return undefined;
        const type = a["value-type"];
        let value: string | undefined;
        let string = false;
        if (type === "float") {
          if (a["style-name"] !== undefined && dateStyles.has(a["style-name"])) return undefined;
          value = cellText(parseFloat(a.value!));
        } else if (type === "percentage" || type === "currency") value = cellText(parseFloat(a.value!));
        else if (type === "date") {
          value = dateText(a["date-value"]);
          if (value === undefined) return undefined;
        } else if (type === undefined || type === "string" || type === "text") {
          string = true;
          if (a["string-value"] !== undefined) return undefined;
        } else return undefined;
        cell = { ...(value !== undefined ? { value } : {}), string, text: "", paragraph: false, colpeat };
        break;
      }
      default:
        if (!TABLE_PARTS.has(name)) return undefined;
    }
  }
  if (grid !== undefined || cell) return undefined;
  return { sheetNames, rows: (name) => rows.get(name) };
}

/** Rows with at least one filled cell, each up to its last filled cell ("" for blanks), as sheet.ts gives them. */
export function sheetRows(grid: string[][]): SheetRow[] {
  const out: SheetRow[] = [];
  grid.forEach((row, r) => {
    let last = row.length - 1;
    while (last >= 0 && (row[last] ?? "").trim() === "") last--;
    if (last < 0) return;
    const cells = new Array<string>(last + 1);
    for (let c = 0; c <= last; c++) cells[c] = row[c] ?? "";
    out.push({ line: r + 1, cells });
  });
  return out;
}
