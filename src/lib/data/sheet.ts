// Spreadsheet reading (xlsx, BIFF8 xls, ods) through SheetJS. Cells come out as strings, so the same zod
// field schemas and missing-value rules apply as for CSV.
import * as XLSX from "@e965/xlsx";
import { SourceError } from "./errors.ts";
import { odsWorkbook, type FastWorkbook } from "./odsRows.ts";
import { xlsxWorkbook } from "./xlsxRows.ts";

/** One non-empty spreadsheet row: `line` is the 1-based sheet row, `cells[i]` is column i+1 ("" where blank). */
export interface SheetRow {
  line: number;
  cells: string[];
}

export type SheetFormat = "xlsx" | "xls" | "ods";

/** What the bytes are, from their signature (an `.xls` name may hold OOXML content). */
export function sheetFormat(bytes: Uint8Array): SheetFormat | undefined {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return "xls";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    // Both are ZIP packages; entry names are stored uncompressed: OOXML has xl/workbook.xml, ODF content.xml.
    const has = (name: string) =>
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name);
    if (has("xl/workbook")) return "xlsx";
    if (has("content.xml")) return "ods";
    return "xlsx";
  }
  return undefined;
}

/**
 * A stored cell as text: numbers in plain JavaScript notation (decimal point, maybe an exponent, never
 * grouped), dates as `yyyy-mm-dd`, blanks as "". Text cells stay exactly as stored (leading zeros kept).
 */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return Number.isFinite(v) ? String(v === 0 ? 0 : v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

export interface Workbook {
  format: SheetFormat;
  sheetNames: string[];
  /** The rows of one sheet (by name, or by a pattern over names; default: the first sheet). */
  rows(sheet?: string | RegExp): SheetRow[];
}

/**
 * Opens a workbook; unreadable bytes are a structural error naming the file. Plain xlsx and ods files are read
 * by the fast readers (xlsxRows.ts, odsRows.ts), which give the same rows; anything they do not handle exactly,
 * and xls, is read by SheetJS (also when `general` is set).
 */
export function readWorkbook(bytes: Uint8Array, file: string, general = false): Workbook {
  const format = sheetFormat(bytes);
  if (!format) throw new SourceError(file, "not a spreadsheet (no xlsx, xls or ods signature)");
  const fast = general ? undefined : fastWorkbook(format, bytes);
  let wb: XLSX.WorkBook | undefined;
  const sheetJs = (): XLSX.WorkBook => {
    if (wb) return wb;
    try {
      return (wb = XLSX.read(bytes, {
        type: "buffer",
        dense: true,
        cellDates: true,
        cellHTML: false,
        cellText: false,
      }));
    } catch (e) {
      throw new SourceError(file, `unreadable ${format} file: ${(e as Error).message}`);
    }
  };
  const generalRows = (name: string) => {
    const ws = sheetJs().Sheets[name];
    return ws && sheetJsRows(ws);
  };
  if (!fast) return workbook(format, file, sheetJs().SheetNames, generalRows);
  return workbook(format, file, fast.sheetNames, (name) => {
    let rows: SheetRow[] | undefined;
    try {
      rows = fast.rows(name);
    } catch {
      // left to the general reader
    }
    return rows ?? generalRows(name);
  });
}

/** The fast reader's sheets, or undefined when it does not handle this file (any failure included). */
function fastWorkbook(format: SheetFormat, bytes: Uint8Array): FastWorkbook | undefined {
  try {
    if (format === "ods") return odsWorkbook(bytes);
    if (format === "xlsx") return xlsxWorkbook(bytes);
  } catch {
    // the general reader reads it, or names the problem
  }
  return undefined;
}

function workbook(
  format: SheetFormat,
  file: string,
  sheetNames: string[],
  sheetRows: (name: string) => SheetRow[] | undefined,
): Workbook {
  return {
    format,
    sheetNames,
    rows(sheet) {
      const name =
        sheet === undefined
          ? sheetNames[0]
          : typeof sheet === "string"
            ? sheetNames.find((n) => n === sheet || n.trim() === sheet.trim())
            : sheetNames.find((n) => sheet.test(n));
      const rows = name === undefined ? undefined : sheetRows(name);
      if (!rows)
        throw new SourceError(
          file,
          `no sheet ${sheet === undefined ? "at all" : `"${String(sheet)}"`}; sheets: ${sheetNames.map((n) => `"${n}"`).join(", ")}`,
        );
      return rows;
    },
  };
}

/** A SheetJS sheet's non-empty rows. */
function sheetJsRows(ws: XLSX.WorkSheet): SheetRow[] {
  const ref = ws["!ref"];
  if (!ref) return [];
  const start = XLSX.utils.decode_range(ref).s;
  const grid = XLSX.utils.sheet_to_json<unknown[]>(ws, {
    header: 1,
    raw: true,
    defval: null,
    blankrows: true,
  });
  const out: SheetRow[] = [];
  grid.forEach((cells, i) => {
    const texts = [...Array<string>(start.c).fill(""), ...cells.map(cellText)];
    while (texts.length > 0 && texts[texts.length - 1]!.trim() === "") texts.pop();
    if (texts.length > 0) out.push({ line: start.r + i + 1, cells: texts });
  });
  return out;
}
